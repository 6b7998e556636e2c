"""The audit trail: written inside the caller's transaction, read and exported here.

One entry per changed field: who, when, which record, field, old and new value,
reason. Passwords and keys never reach it (SECRET_FIELDS are masked whatever the
caller passes). The trail is read-only: nothing here updates or deletes an entry, and
every entry is written as the next link of the keyed hash chain (seal.py), so one edited
or removed behind the program's back shows in `jamsostek check`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from jamsostek_desktop import fileio
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import AuditEntry, Participant, utc_now
from jamsostek_desktop.errors import translate
from jamsostek_desktop.services.accounts import seal
from jamsostek_desktop.services.accounts.session import current_username, require

# Never written to the trail, whatever table they belong to.
SECRET_FIELDS = frozenset({"password", "password_hash", "secret", "private_key"})

TABLE_LABELS = {
    "participant": translate("audit", "Peserta"),
    "profile": translate("audit", "Profil kelurahan"),
    "category": translate("audit", "Kategori"),
    "contribution_rate": translate("audit", "Tarif iuran"),
    "user_account": translate("audit", "Pengguna"),
    "backup": translate("audit", "Cadangan"),
    "sync": translate("audit", "Sinkronisasi"),
    "sync_issue": translate("audit", "Konflik sinkronisasi"),
    "setting": translate("audit", "Pengaturan"),
    "resident": translate("audit", "Data penduduk"),
    "post": translate("audit", "Jabatan"),
    "term": translate("audit", "Masa jabatan"),
    "coverage": translate("audit", "Bulan cakupan"),
    "replacement": translate("audit", "Penggantian pejabat"),
    "life_event": translate("audit", "Peristiwa"),
    "claim": translate("audit", "Klaim"),
}
ACTION_LABELS = {
    "create": translate("audit", "Tambah"),
    "update": translate("audit", "Ubah"),
    "archive": translate("audit", "Arsipkan"),
    "restore": translate("audit", "Pulihkan dari arsip"),
    "status": translate("audit", "Ubah status"),
    "login": translate("audit", "Masuk"),
    "lock": translate("audit", "Akun terkunci"),
    "unlock": translate("audit", "Buka kunci akun"),
    "password_reset": translate("audit", "Atur ulang kata sandi"),
    "password_change": translate("audit", "Ganti kata sandi"),
    "restore_backup": translate("audit", "Pulihkan cadangan"),
    "import": translate("audit", "Impor"),
    "merge": translate("audit", "Gabung sinkronisasi"),
    "export": translate("audit", "Kirim data"),
    "resend": translate("audit", "Kirim ulang"),
    "resolve": translate("audit", "Keputusan konflik"),
    "accept-key": translate("audit", "Terima kunci baru"),
    "keygen": translate("audit", "Buat kunci kota"),
    "seal-key": translate("audit", "Segel baru"),
}
# Field names of the trail as the clerk knows them (participant fields come from the form).
FIELD_LABELS = {
    "archived": translate("audit", "Diarsipkan"), "status": translate("audit", "Status"), "category": translate("audit", "Kategori"), "fields": translate("audit", "Data tambahan"),
    "role": translate("audit", "Peran"), "full_name": translate("audit", "Nama lengkap"), "active": translate("audit", "Aktif"), "password": translate("audit", "Kata sandi"),
    "locked_until": translate("audit", "Terkunci sampai"), "potential": translate("audit", "Potensi"),
    # terms of office, posts and coverage months (services/tenure)
    "sk_kind": translate("audit", "Jenis SK"), "sk_number": translate("audit", "Nomor SK"),
    "sk_date": translate("audit", "Tanggal SK"), "start": translate("audit", "TMT mulai"),
    "end": translate("audit", "TMT berakhir"), "post": translate("audit", "Jabatan"),
    "closed_on": translate("audit", "Tanggal berhenti"), "first_month": translate("audit", "Bulan pertama dibayar"),
    "last_month": translate("audit", "Bulan terakhir dibayar"), "seats": translate("audit", "Jumlah pemegang"),
    "incoming": translate("audit", "Pemegang baru"),
}
# Texts the program itself writes into the trail (values, reasons, a status reason). They are
# stored in Indonesian like every entry; the ui shows them in the interface language by
# matching these templates (ui.common.labels.recorded_text).
SYNC_SENT = translate("audit", "{records} rekaman, {tombstones} tombstone")
SYNC_MERGED = translate("audit", "baru {added}, diperbarui {updated}, diarsipkan {archived}, konflik {conflicts}, "
                        "NIK ganda {duplicates}")
EXCEL_IMPORT = translate("audit", "Impor Excel: {file}")
KEPT_AS = translate("audit", "sebelumnya disimpan sebagai {name}")
FROM_SYNC_FILE = translate("audit", "dari berkas sinkronisasi")
CONFLICT_RESOLVED = translate("audit", "penyelesaian konflik sinkronisasi")
DUPLICATE_KEPT = translate("audit", "NIK ganda; dipertahankan pendaftaran {where}")
DUPLICATE_KEPT_NOTE = translate("audit", "NIK ganda; dipertahankan pendaftaran {where}. {note}")
BACK_TO_DRAFT = translate("audit", "Data wajib verifikasi berubah")
RESIDENTS_IMPORTED = translate("audit", "baru {added}, diperbarui {updated}, tetap {unchanged}, keluar {left}, "
                               "kembali {returned}")
TERM_SK = translate("audit", "SK masa jabatan")
FIRST_TERMS = translate("audit", "{terms} masa jabatan pertama, {posts} jabatan baru")
RECORDED_TEXTS = (SYNC_SENT, SYNC_MERGED, EXCEL_IMPORT, KEPT_AS, FROM_SYNC_FILE, CONFLICT_RESOLVED,
                  DUPLICATE_KEPT_NOTE, DUPLICATE_KEPT, BACK_TO_DRAFT, RESIDENTS_IMPORTED, FIRST_TERMS, TERM_SK,
                  seal.SEAL_STARTED, seal.KEY_MISSING)
EXPORT_COLUMNS = ("waktu_utc", "pengguna", "aksi", "tabel", "rekaman", "kolom", "nilai_lama",
                  "nilai_baru", "alasan")


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def record(action: str, table: str, record_key: str, *, field: str = "", old=None, new=None,
           reason: str = "", actor: str | None = None) -> None:
    """One entry; `actor` overrides the session user (a login is by the person logging in)."""
    if field in SECRET_FIELDS:
        old = new = "***" if (old is not None or new is not None) else None
    append_entries([dict(
        at=utc_now(), actor=actor or current_username(), action=action, table=table, record=record_key,
        field=field, old_value=_text(old), new_value=_text(new), reason=reason or "",
    )])


def append_entries(entries: list[dict]) -> None:
    """Write entries (AuditEntry fields, values already text) as the next links of the chain."""
    with db.atomic():
        seal.append(entries)


def record_changes(action: str, table: str, record_key: str, before: dict, after: dict,
                   reason: str = "", actor: str | None = None) -> int:
    """One entry per field whose value differs; returns how many were written."""
    rows = []
    now, who = utc_now(), actor or current_username()
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if _text(old) == _text(new):
            continue
        if key in SECRET_FIELDS:
            old = new = "***"
        rows.append(dict(at=now, actor=who, action=action, table=table, record=record_key,
                         field=key, old_value=_text(old), new_value=_text(new), reason=reason or ""))
    if rows:
        append_entries(rows)
    return len(rows)


# ---- reading ---------------------------------------------------------------------------

@dataclass(frozen=True)
class AuditFilter:
    """What the global log shows; empty fields do not filter."""

    actor: str = ""
    table: str = ""
    action: str = ""
    record: str = ""
    text: str = ""                      # matched against field, old/new value and reason
    date_from: dt.date | None = None    # inclusive, the clerk's local date
    date_to: dt.date | None = None      # inclusive, the clerk's local date


def _office_hours() -> int:
    """The office's offset from UTC (WIB, WITA or WIT from the profile's region)."""
    from jamsostek_desktop.domain import region
    from jamsostek_desktop.services.participants import profile

    office = profile.get()
    return region.time_zone(office.region_code if office else None)[1]


def _utc_start_of(day: dt.date) -> dt.datetime:
    """Midnight of `day` in the office's time zone (WIB, WITA, WIT) as the naive UTC the trail
    is stored in: the log shows its times in that zone, so its dates mean the same days."""
    return dt.datetime.combine(day, dt.time()) - dt.timedelta(hours=_office_hours())


def office_today() -> dt.date:
    """Today in the office's time zone: the day the log's date filter means by "today", whatever
    zone the computer's clock is set to (after 17:00 UTC it is already tomorrow in WIB)."""
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=_office_hours())).date()


def _filtered(flt: AuditFilter | None):
    query = AuditEntry.select()
    flt = flt or AuditFilter()
    if flt.actor:
        query = query.where(AuditEntry.actor == flt.actor)
    if flt.table:
        query = query.where(AuditEntry.table == flt.table)
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.record:
        query = query.where(AuditEntry.record == flt.record)
    if flt.text:
        like = f"%{flt.text}%"
        query = query.where(AuditEntry.field ** like | AuditEntry.old_value ** like
                            | AuditEntry.new_value ** like | AuditEntry.reason ** like
                            | AuditEntry.record ** like)
    if flt.date_from:
        query = query.where(AuditEntry.at >= _utc_start_of(flt.date_from))
    if flt.date_to:
        query = query.where(AuditEntry.at < _utc_start_of(flt.date_to + dt.timedelta(days=1)))
    return query


def count(flt: AuditFilter | None = None) -> int:
    return _filtered(flt).count()


def entries(flt: AuditFilter | None = None, *, limit: int | None = 500, offset: int = 0) -> list[AuditEntry]:
    """Newest first."""
    query = _filtered(flt).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(query)


def entry_ids(flt: AuditFilter | None = None) -> list[int]:
    """Ids of every matching entry, newest first (the log view fetches rows lazily)."""
    query = _filtered(flt).select(AuditEntry.id).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    return [row[0] for row in query.tuples()]


def by_ids(ids: list[int]) -> dict[int, AuditEntry]:
    return {e.id: e for e in AuditEntry.select().where(AuditEntry.id.in_(ids))}


def history(participant_id: int) -> list[AuditEntry]:
    """The trail of one participant, oldest first ("Riwayat")."""
    p = Participant.get_or_none(Participant.id == participant_id)
    if p is None:
        return []
    return list(AuditEntry.select().where(AuditEntry.table == "participant", AuditEntry.record == p.uuid)
                .order_by(AuditEntry.at, AuditEntry.id))


def participant_filter(participant_id: int) -> tuple[AuditFilter, str]:
    """The filter of one participant's trail and their name, for the "Riwayat" view."""
    p = Participant.get_or_none(Participant.id == participant_id)
    if p is None:
        from jamsostek_desktop.errors import NotFoundError

        raise NotFoundError(translate("audit", "Peserta tidak ditemukan."))
    return AuditFilter(table="participant", record=p.uuid), p.nama


def distinct_values(column: str) -> list[str]:
    """Values present in `actor`, `table` or `action`, for the filter lists."""
    field = {"actor": AuditEntry.actor, "table": AuditEntry.table, "action": AuditEntry.action}[column]
    return [row[0] for row in AuditEntry.select(fn.DISTINCT(field)).order_by(field).tuples()]


def record_labels(keys: list[str]) -> dict[str, str]:
    """Participant uuids -> their names, so the log says who a record is."""
    wanted = [k for k in set(keys) if k]
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for uuid, nama in Participant.select(Participant.uuid, Participant.nama).where(
                Participant.uuid.in_(chunk)).tuples():
            out[uuid] = nama
    return out


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def field_label(field: str) -> str:
    from jamsostek_desktop.domain.participant import LABELS

    return FIELD_LABELS.get(field) or LABELS.get(field) or field


def _export_rows(flt: AuditFilter | None) -> Iterator[tuple]:
    query = _filtered(flt).order_by(AuditEntry.at, AuditEntry.id).tuples().select(
        AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.table, AuditEntry.record,
        AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value, AuditEntry.reason)
    yield from query.iterator()


@dataclass(frozen=True)
class CsvExport:
    path: Path
    rows: int


def export_csv(path: str | Path, flt: AuditFilter | None = None) -> CsvExport:
    """Write the matching entries, oldest first, to a CSV Excel opens (UTF-8 with BOM).

    Written through fileio (`.csv` added): a failure never leaves a partial file under the
    chosen name, and the database is never the target.
    """
    require("audit.view")
    path = fileio.output_path(path, ".csv")
    rows = 0
    with fileio.Staged(path, what=translate("audit", "Log audit")) as staged, \
            staged.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(EXPORT_COLUMNS)
        for at, *rest in _export_rows(flt):
            at_text = at.isoformat(sep=" ") if isinstance(at, dt.datetime) else str(at)
            writer.writerow([at_text, *("" if v is None else v for v in rest)])
            rows += 1
    return CsvExport(path, rows)
