"""Flags: open questions about one participant (ASN, another budget, deceased, a wage earner
elsewhere, the register's Mati/Pindah, a birth date the NIK disagrees with), and their resolution.

`screen()` matches every live participant against the current reference lists (by NIK, one
indexed join), the resident register (residents.lookup.status_of) and the NIK's own date part,
and keeps one row per participant and code. A flag a person resolved ("keep" with a reason,
or "archive") stays resolved; an open flag whose cause went away (a newer list without the
NIK, a corrected birth date) is closed as "cleared", and opens again if the cause returns.
An open flag stops verification (gate.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from jamsostek_desktop.db.bulk import insert_tuples, update_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant, utc_now
from jamsostek_desktop.db.screening_models import (
    ARCHIVE,
    AUTO_CLEARED,
    KEEP,
    ReferenceEntry,
    ReferenceList,
    ScreeningFlag,
)
from jamsostek_desktop.domain import eligibility
from jamsostek_desktop.domain.residents import DEAD, MOVED
from jamsostek_desktop.errors import NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.backup.integrity import storage_guard

F = ScreeningFlag
P = Participant
CLEARED_REASON = translate("screening", "penyebab tidak ada lagi")
ARCHIVED_FOR_FLAG = translate("screening", "{flag}: {reason}")


@dataclass(frozen=True)
class FlagRun:
    people: int
    opened: int
    cleared: int
    open: int




def _raw(query):
    """The rows of a peewee query as the driver gives them: no per-value conversion at 150,000 rows
    (dates stay ISO text), the SQL still written by peewee for either backend."""
    return db.execute_sql(*query.sql())


def _reference_query():
    return (P.select(P.uuid, ReferenceList.kind, ReferenceEntry.nama, ReferenceEntry.detail, ReferenceList.source)
            .join(ReferenceEntry, on=(ReferenceEntry.nik == P.nik))
            .join(ReferenceList, on=(ReferenceEntry.list == ReferenceList.id))
            .where(ReferenceList.current == True, P.archived == False))  # noqa: E712


def _reference_matches() -> dict[tuple[str, str], str]:
    """(uuid, flag code) -> detail for every live participant a current list names (one join)."""
    out: dict[tuple[str, str], str] = {}
    codes = eligibility.FLAG_OF_KIND
    for uuid, kind, nama, detail, source in _raw(_reference_query()):
        # What the list said, stored as data (the office that sent it last): no program words in it.
        out[(uuid, codes[kind])] = "; ".join(t for t in (nama, detail, source) if t)
    return out


def _register_and_nik_matches() -> tuple[int, dict[tuple[str, str], str]]:
    from jamsostek_desktop.services.residents import lookup

    rows = _raw(P.select(P.uuid, P.nik, P.tanggal_lahir).where(P.archived == False)).fetchall()  # noqa: E712
    out: dict[tuple[str, str], str] = {}
    if lookup.exists():
        register = lookup.status_of(nik for _, nik, _ in rows)
        for uuid, nik, _ in rows:
            entry = register.get(nik)
            if entry is None or entry.left:
                continue
            if entry.status == DEAD:
                out[(uuid, eligibility.FLAG_RESIDENT_DEAD)] = translate(
                    "screening", "data penduduk kelurahan {code}").format(code=entry.kelurahan_code)
            elif entry.status == MOVED:
                out[(uuid, eligibility.FLAG_RESIDENT_MOVED)] = translate(
                    "screening", "data penduduk kelurahan {code}").format(code=entry.kelurahan_code)
    agrees = eligibility.nik_agrees_with_text
    for uuid, nik, born in rows:
        if not agrees(nik, born):
            mismatch = eligibility.birth_date_mismatch(nik, born)
            if mismatch:
                out[(uuid, eligibility.FLAG_BIRTH_DATE)] = mismatch
    return len(rows), out


def screen() -> FlagRun:
    """Raise, keep, clear and reopen flags for every live participant."""
    wanted = _reference_matches()
    people, more = _register_and_nik_matches()
    wanted.update(more)
    with db.atomic():
        held = {(u, c): (fid, resolution) for fid, u, c, resolution in
                _raw(F.select(F.id, F.participant_uuid, F.code, F.resolution))}
        now = utc_now().isoformat(" ")
        new_rows, reopen, clear = [], [], []
        for key, detail in wanted.items():
            flag = held.get(key)
            if flag is None:
                new_rows.append((key[0], key[1], detail, now))
            elif flag[1] == AUTO_CLEARED:
                reopen.append((flag[0], detail, "", "", "", None))
        for key, (fid, resolution) in held.items():
            if not resolution and key not in wanted:
                clear.append((fid, AUTO_CLEARED, str(CLEARED_REASON), "sistem", now))
        if new_rows:
            insert_tuples(F, ["participant_uuid", "code", "detail", "opened_at"], new_rows)
        if reopen:
            update_rows(F, ["detail", "resolution", "reason", "resolved_by", "resolved_at"], reopen)
        if clear:
            update_rows(F, ["resolution", "reason", "resolved_by", "resolved_at"], clear)
    return FlagRun(people, len(new_rows) + len(reopen), len(clear), F.open().count())


@dataclass(frozen=True)
class FlagView:
    id: int
    participant_id: int
    uuid: str
    nik: str
    nama: str
    kelurahan_code: str
    category: str
    rt: int
    rw: int
    code: str
    detail: str
    resolution: str
    reason: str

    @property
    def label(self):
        """The flag's meaning, a translatable text (the ui shows it in the interface language)."""
        return eligibility.FLAG_LABELS.get(self.code, self.code)


def _views(condition, limit: int | None = None) -> list[FlagView]:
    query = (F.select(F.id, P.id, P.uuid, P.nik, P.nama, P.kelurahan_code, Category.name, P.rt, P.rw, F.code,
                      F.detail, F.resolution, F.reason)
             .join(P, on=(P.uuid == F.participant_uuid)).join(Category, on=(P.category == Category.id))
             .where(condition).order_by(P.nama.collate("NOCASE"), F.code))
    if limit:
        query = query.limit(limit)
    return [FlagView(*row) for row in query.tuples()]


def open_flags(limit: int | None = None) -> list[FlagView]:
    """Open flags of live participants, by name."""
    return _views((F.resolution == "") & (P.archived == False), limit)  # noqa: E712


def flags_of(uuid: str) -> list[FlagView]:
    return _views(F.participant_uuid == uuid)


def open_count() -> int:
    return (F.select().join(P, on=(P.uuid == F.participant_uuid))
            .where(F.resolution == "", P.archived == False).count())  # noqa: E712


def counts_by_code() -> dict[str, int]:
    """Open flags per code (the dashboard and the summary PDF)."""
    from peewee import fn

    query = (F.select(F.code, fn.COUNT(F.id)).join(P, on=(P.uuid == F.participant_uuid))
             .where(F.resolution == "", P.archived == False).group_by(F.code).tuples())  # noqa: E712
    return dict(query)


@storage_guard(translate("screening", "menyimpan keputusan pemeriksaan"))
def resolve(flag_id: int, resolution: str, reason: str) -> FlagView:
    """Resolve an open flag: KEEP (the participant stays, the reason says why) or ARCHIVE."""
    from jamsostek_desktop.services.participants import enrolment

    require("participant.verify")
    reason = (reason or "").strip()
    if resolution not in (KEEP, ARCHIVE):
        raise ValidationError(translate("screening", "Keputusan tidak dikenal: {decision}.").format(
            decision=resolution))
    if not reason:
        raise ValidationError(translate("screening", "Alasan keputusan wajib diisi."))
    flag = F.get_or_none(F.id == flag_id)
    if flag is None:
        raise NotFoundError(translate("screening", "Tanda pemeriksaan tidak ditemukan."))
    if flag.resolution:
        raise ValidationError(translate("screening", "Tanda ini sudah diselesaikan."))
    participant = P.by_uuid(flag.participant_uuid)
    with db.atomic():
        if resolution == ARCHIVE and participant is not None and not participant.archived:
            enrolment.archive([participant.id], ARCHIVED_FOR_FLAG.format(
                flag=eligibility.FLAG_LABELS.get(flag.code, flag.code), reason=reason))
        F.update(resolution=resolution, reason=reason, resolved_by=current_username(),
                 resolved_at=utc_now()).where(F.id == flag.id).execute()
        audit.record("resolve-flag", "screening_flag", flag.participant_uuid, field=flag.code, new=resolution,
                     reason=reason)
    return next(v for v in flags_of(flag.participant_uuid) if v.id == flag.id)
