"""Importing BPJS's answer to a registration: KPJ numbers, registration dates, rejections.

Every row read lands in one of three piles, so the counts add up (read = matched +
unmatched + refused) and nothing is dropped silently:

- matched: a participant with that NIK; a registration makes them Aktif with the KPJ and
  pays for them from the registration month, a rejection records its reason;
- unmatched: a readable row whose NIK is not on the list;
- refused: a row that cannot be used, with the reason (bad NIK, a KPJ Excel rounded, a
  second row for the same NIK, an unknown status, a KPJ another participant holds ...).

The whole file is applied in one transaction; `apply=False` only reports (the GUI's preview).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant, utc_now
from jamsostek_desktop.db.money_models import BpjsRegistration
from jamsostek_desktop.domain import bpjs_cells as cells
from jamsostek_desktop.domain.parsing import ParseError, parse_date
from jamsostek_desktop.domain.spreadsheet_cells import date_cell
from jamsostek_desktop.errors import Message, ValidationError, translate
from jamsostek_desktop.services.accounts import audit, seal
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.money import sheets
from jamsostek_desktop.services.participants import profile
from jamsostek_desktop.services.tenure import clock

log = logging.getLogger(__name__)

# A registration may make Aktif anyone on the way there (or back, after a gap); a rejection
# only someone not yet registered.
MAY_REGISTER = frozenset({"draft", "verified", "submitted", "inactive", "rejected", "active"})
MAY_REJECT = frozenset({"draft", "verified", "submitted", "rejected"})


@dataclass(frozen=True)
class AnswerRow:
    row: int
    nik: str
    nama: str
    outcome: str                # registered / rejected
    kpj: str
    registered_on: dt.date | None
    reason: str


@dataclass(frozen=True)
class RefusedRow:
    row: int
    nik: str
    reason: Message


@dataclass
class AnswerReport:
    file_name: str
    read: int = 0
    registered: list[AnswerRow] = field(default_factory=list)
    rejected: list[AnswerRow] = field(default_factory=list)
    unmatched: list[AnswerRow] = field(default_factory=list)
    refused: list[RefusedRow] = field(default_factory=list)
    applied: bool = False

    @property
    def matched(self) -> int:
        return len(self.registered) + len(self.rejected)

    @property
    def adds_up(self) -> bool:
        return self.read == self.matched + len(self.unmatched) + len(self.refused)

    def as_json(self) -> dict:
        return {"berkas": self.file_name, "dibaca": self.read, "cocok": self.matched,
                "terdaftar": len(self.registered), "ditolak": len(self.rejected),
                "tidak_cocok": len(self.unmatched), "tidak_dipakai": len(self.refused), "diterapkan": self.applied,
                "baris_tidak_cocok": [{"baris": r.row, "nik": r.nik, "nama": r.nama} for r in self.unmatched],
                "baris_tidak_dipakai": [{"baris": r.row, "nik": r.nik, "alasan": str(r.reason)} for r in self.refused]}


def _date(value: object) -> tuple[dt.date | None, Message | None]:
    value = date_cell(value)
    if value in (None, ""):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    try:
        parsed = parse_date(value)
    except ParseError:
        parsed = None
    if not isinstance(parsed, dt.date):
        return None, translate("answers", "tanggal daftar '{value}' tidak terbaca").format(value=str(value)[:20])
    return parsed, None


def _row(table: sheets.Table, number: int, cells_: list[object]) -> AnswerRow | RefusedRow:
    nik, problem = cells.nik_of(table.cell(cells_, "nik"))
    if problem:
        return RefusedRow(number, str(table.cell(cells_, "nik") or "")[:16], problem)
    kpj, problem = cells.kpj_cell(table.cell(cells_, "kpj"))
    if problem:
        return RefusedRow(number, nik, problem)
    status_cell = table.cell(cells_, "status")
    outcome = cells.answer_status(status_cell) if status_cell not in (None, "") else (
        cells.REGISTERED if kpj else None)
    if outcome is None:
        return RefusedRow(number, nik, translate("answers", "status '{status}' tidak dikenal (AKTIF/BERHASIL atau "
                                                 "DITOLAK/GAGAL)").format(status=str(status_cell or "")[:30]))
    if outcome == cells.REGISTERED and not kpj:
        return RefusedRow(number, nik, translate("answers", "terdaftar tetapi tanpa nomor KPJ"))
    day, problem = _date(table.cell(cells_, "tanggal"))
    if problem:
        return RefusedRow(number, nik, problem)
    reason = str(table.cell(cells_, "alasan") or "").strip()
    return AnswerRow(number, nik, str(table.cell(cells_, "nama") or "").strip(), outcome, kpj, day, reason)


def read(path: str | Path, *, apply: bool = True, today: dt.date | None = None) -> AnswerReport:
    """Read BPJS's answer file and (with `apply`) record it, all rows or none."""
    require("participant.verify")
    if apply and profile.is_city():
        # The kelurahan owns its participants; a city-side change would come back as a sync conflict.
        raise ValidationError(translate("answers", "Jawaban BPJS dicatat di kelurahan (peserta milik kelurahan); "
                                        "kantor kota dapat memeriksanya tanpa mengubah data."))
    table = sheets.read(path, cells.ANSWER_ALIASES, ("nik",))
    if "kpj" not in table.columns and "status" not in table.columns:
        raise ValidationError(translate("answers", "{name}: tidak ada kolom KPJ maupun STATUS; ini bukan berkas "
                                        "jawaban BPJS.").format(name=table.path.name))
    report = AnswerReport(table.path.name, read=len(table.rows))
    rows: list[AnswerRow] = []
    first_row: dict[str, int] = {}
    kpj_row: dict[str, int] = {}
    for number, values in table.rows:
        row = _row(table, number, values)
        if isinstance(row, AnswerRow) and row.nik in first_row:
            row = RefusedRow(number, row.nik, translate("answers", "NIK sama dengan baris {row}").format(
                row=first_row[row.nik]))
        elif isinstance(row, AnswerRow) and row.kpj and row.kpj in kpj_row:
            row = RefusedRow(number, row.nik, translate("answers", "KPJ {kpj} sudah dipakai baris {row}").format(
                kpj=row.kpj, row=kpj_row[row.kpj]))
        if isinstance(row, RefusedRow):
            report.refused.append(row)
        else:
            first_row[row.nik] = number
            if row.kpj:
                kpj_row[row.kpj] = number
            rows.append(row)
    people = _participants([r.nik for r in rows])
    holders = _kpj_holders([r.kpj for r in rows if r.kpj])
    changes: list[tuple[AnswerRow, Participant]] = []
    for row in rows:
        p = people.get(row.nik)
        if p is None:
            report.unmatched.append(row)
            continue
        problem = _problem(row, p, holders)
        if problem:
            report.refused.append(RefusedRow(row.row, row.nik, problem))
            continue
        (report.registered if row.outcome == cells.REGISTERED else report.rejected).append(row)
        changes.append((row, p))
    report.refused.sort(key=lambda r: r.row)
    if apply and changes:
        _apply(changes, table.path.name, today or clock.today())
        report.applied = True
    log.info("BPJS answer read: %d rows, %d registered, %d rejected, %d unmatched, %d refused", report.read,
             len(report.registered), len(report.rejected), len(report.unmatched), len(report.refused))
    return report


def _participants(niks: list[str]) -> dict[str, Participant]:
    found: dict[str, Participant] = {}
    for start in range(0, len(niks), 20_000):
        for p in Participant.live().where(Participant.nik.in_(niks[start:start + 20_000])):
            found[p.nik] = p
    return found


def _kpj_holders(kpjs: list[str]) -> dict[str, str]:
    """KPJ -> the NIK of the live participant holding it."""
    found: dict[str, str] = {}
    for start in range(0, len(kpjs), 20_000):
        query = Participant.live().select(Participant.kpj, Participant.nik).where(
            Participant.kpj.in_(kpjs[start:start + 20_000]))
        found.update(dict(query.tuples()))
    return found


def _problem(row: AnswerRow, p: Participant, holders: dict[str, str]) -> Message | None:
    if row.outcome == cells.REGISTERED:
        holder = holders.get(row.kpj)
        if holder and holder != row.nik:
            return translate("answers", "KPJ {kpj} sudah dipakai peserta lain").format(kpj=row.kpj)
        if p.status not in MAY_REGISTER:
            return translate("answers", "status peserta tidak dapat diubah menjadi Aktif")
        return None
    if p.status not in MAY_REJECT:
        return translate("answers", "peserta sudah Aktif atau Nonaktif; periksa dengan kantor cabang")
    return None


def _apply(changes: list[tuple[AnswerRow, Participant]], file_name: str, today: dt.date) -> None:
    from jamsostek_desktop.services.tenure import coverage

    city = profile.is_city()
    with db.atomic():
        first = Participant.next_change_seq()
        for row, p in changes:
            if row.outcome == cells.REGISTERED:
                values = {"status": "active", "kpj": row.kpj, "status_reason": ""}
                reason = translate("answers", "jawaban BPJS {file}").format(file=file_name)
            else:
                values = {"status": "rejected", "status_reason": row.reason or "ditolak BPJS"}
                reason = row.reason or "ditolak BPJS"
            before = {"status": p.status, "kpj": p.kpj}
            if all(getattr(p, key) == value for key, value in values.items()):
                continue            # the same answer read again: nothing to change
            Participant.update(**values, revision=p.revision + 1, updated_at=utc_now(),
                               change_seq=Participant.next_change_seq()).where(Participant.id == p.id).execute()
            audit.record_changes("status", "participant", p.uuid, before,
                                 {k: v for k, v in values.items() if k in before}, reason)
            registration = {"outcome": row.outcome, "registered_on": row.registered_on, "reason": row.reason,
                            "file_name": file_name, "imported_at": utc_now()}
            (BpjsRegistration.insert(participant=p.id, **registration)
             .on_conflict(conflict_target=[BpjsRegistration.participant], update=registration).execute())
            if row.outcome == cells.REGISTERED and not city:
                coverage.start_if_missing(p.id, row.registered_on or today)
        seal.participants_from(first)


def registration_of(participant_id: int) -> BpjsRegistration | None:
    return BpjsRegistration.get_or_none(BpjsRegistration.participant == participant_id)
