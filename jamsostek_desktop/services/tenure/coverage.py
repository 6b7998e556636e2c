"""Coverage months: the first and last month the budget pays for each participant, and who is
covered in a given month (what the budget and BPJS's monthly invoice are checked against).

Covered in month M: a live participant, not rejected, whose first month is M or earlier,
whose last month (if any) is M or later, and whose running term (if it has an end) has
not ended before M. A replacement or a death sets the leaving holder's last month; a
participant made Aktif is paid for from that month unless the clerk set the months first.
The rule is domain.terms.Coverage; `covered_query` is the same rule in SQL, written once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.db.tenure_models import Coverage, Term
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import month_year
from jamsostek_desktop.errors import NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.tenure import clock
from jamsostek_desktop.services.tenure.records import bump, require_kelurahan, stamp

P = Participant


def of(participant_id: int) -> rules.Coverage:
    """A participant's months with the end of its running term, as the rules judge them."""
    row = Coverage.get_or_none(Coverage.participant == participant_id)
    term = Term.open_of(participant_id)
    return rules.Coverage(row.first_month if row else None, row.last_month if row else None,
                          term.end if term else None)


def set_months(participant_id: int, first: dt.date | None, last: dt.date | None = None, *,
               check_role: bool = True) -> Coverage | None:
    """Set the first and last paid month (any day of a month stands for that month)."""
    if check_role:
        require("participant.edit")
    require_kelurahan()
    p = Participant.get_or_none(Participant.id == participant_id)
    if p is None:
        raise NotFoundError(translate("coverage", "Peserta tidak ditemukan."))
    first = rules.month_of(first) if first else None
    last = rules.month_of(last) if last else None
    if last is not None and first is None:
        raise ValidationError(translate("coverage", "Isi dulu bulan pertama cakupan."))
    if first and last and last < first:
        raise ValidationError(translate("coverage", "Bulan terakhir cakupan ({last}) sebelum bulan pertamanya "
                                        "({first}).").format(last=month_year(last), first=month_year(first)))
    row = Coverage.get_or_none(Coverage.participant == p.id)
    with db.atomic():
        if row is None:
            if first is None:
                return None
            row = Coverage.create(participant=p.id, first_month=first, last_month=last, **stamp())
            audit.record("create", "coverage", row.uuid, new=f"{first:%Y-%m}..{last:%Y-%m}" if last else f"{first:%Y-%m}..")
            return row
        before = {"first_month": row.first_month, "last_month": row.last_month}
        after = {"first_month": first, "last_month": last}
        if before != after:
            Coverage.update(**after, **bump(row)).where(Coverage.id == row.id).execute()
            audit.record_changes("update", "coverage", row.uuid, before, after)
    return Coverage.get_by_id(row.id)


def start_if_missing(participant_id: int, month: dt.date | None = None) -> None:
    """A participant made Aktif is paid for from this month, unless months were set already."""
    if not Coverage.select().where(Coverage.participant == participant_id).exists():
        set_months(participant_id, month or clock.today(), None, check_role=False)


def stop_at(participant_id: int, day: dt.date) -> None:
    """The budget pays up to the month of `day` (a holder leaving); an earlier last month stays."""
    row = Coverage.get_or_none(Coverage.participant == participant_id)
    if row is None or row.first_month is None:
        return
    month = rules.month_of(day)
    if row.last_month is not None and row.last_month <= month:
        return
    # Paid from a later month than the leaving: nothing is paid at all (last before first).
    last = month if month >= row.first_month else rules.add_months(row.first_month, -1)
    Coverage.update(last_month=last, **bump(row)).where(Coverage.id == row.id).execute()
    audit.record("update", "coverage", row.uuid, field="last_month", old=row.last_month, new=last)


# --- who is covered in a month -----------------------------------------------------------------

def covered_query(month: dt.date, columns=None, kelurahan_prefix: str | None = None,
                  category: str | None = None):
    """The participants covered in `month` (the module docstring's rule), selecting `columns`:
    a tuple, or a function of the running term's alias giving one."""
    month = rules.month_of(month)
    running = Term.alias("running")
    if callable(columns):
        columns = columns(running)
    query = (P.select(*(columns or (P.id,))).join(Coverage, on=(Coverage.participant == P.id))
             .join(running, JOIN.LEFT_OUTER, on=((running.participant == P.id) & running.closed_on.is_null()),
                   src=P)
             .where((P.archived == False) & (P.status != "rejected")  # noqa: E712
                    & Coverage.first_month.is_null(False) & (Coverage.first_month <= month)
                    & (Coverage.last_month.is_null() | (Coverage.last_month >= month))
                    & (running.end.is_null() | (running.end >= month))))
    if kelurahan_prefix:
        query = query.where((P.kelurahan_code >= kelurahan_prefix) & (P.kelurahan_code < kelurahan_prefix + "\uffff"))
    if category:
        query = query.join(Category, on=(Category.id == P.category), src=P).where(Category.code == category)
    return query


def count(month: dt.date, kelurahan_prefix: str | None = None, category: str | None = None) -> int:
    return covered_query(month, (fn.COUNT(P.id),), kelurahan_prefix, category).scalar() or 0


@dataclass(frozen=True)
class CoveredRow:
    participant_id: int
    nik: str
    nama: str
    kelurahan_code: str
    category: str            # the category code
    status: str
    first_month: dt.date
    last_month: dt.date | None
    term_end: dt.date | None


@dataclass(frozen=True)
class MonthCoverage:
    month: dt.date
    rows: list[CoveredRow]

    @property
    def total(self) -> int:
        return len(self.rows)

    def by_category(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self.rows:
            out[row.category] = out.get(row.category, 0) + 1
        return out

    def as_json(self) -> dict:
        """The `jamsostek coverage --json` document."""
        return {"month": f"{self.month:%Y-%m}", "covered": self.total, "by_category": self.by_category(),
                "participants": [{"nik": r.nik, "nama": r.nama, "kategori": r.category, "kelurahan": r.kelurahan_code,
                                  "status": r.status, "bulan_pertama": f"{r.first_month:%Y-%m}",
                                  "bulan_terakhir": f"{r.last_month:%Y-%m}" if r.last_month else None,
                                  "tmt_berakhir": r.term_end.isoformat() if r.term_end else None}
                                 for r in self.rows]}


def month(month: dt.date, kelurahan_prefix: str | None = None, category: str | None = None) -> MonthCoverage:
    """Who is covered in `month`, by name."""
    month = rules.month_of(month)

    def columns(running):
        return (P.id, P.nik, P.nama, P.kelurahan_code, Category.code, P.status, Coverage.first_month,
                Coverage.last_month, running.end)

    query = covered_query(month, columns, kelurahan_prefix, category)
    if not category:
        query = query.join(Category, on=(Category.id == P.category), src=P)
    rows = [CoveredRow(*values) for values in query.order_by(P.nama, P.id).tuples()]
    return MonthCoverage(month, rows)
