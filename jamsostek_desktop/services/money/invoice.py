"""The branch's monthly invoice against who is covered that month (domain/reconciliation.py).

Reads the per-person invoice (xlsx or CSV; header aliases), reckons what each covered
person should cost that month with the rates then in force (BPU, or Penerima Upah for a
category whose budget choice says so; JHT for those enrolled in it), and says why each
billed person who is not covered is not: unknown NIK, inactive, died, term ended, billed
twice (or a NIK a duplicate decision found to be someone's second), outside the months.
Covered people are read with one query; the reasons only for the NIKs that need one.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from peewee import JOIN

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.db.tenure_models import LifeEvent, Term
from jamsostek_desktop.domain import bpjs_cells as cells
from jamsostek_desktop.domain import budget as budget_rules
from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain import reconciliation as rules
from jamsostek_desktop.domain import terms as term_rules
from jamsostek_desktop.domain.formatting import month_number
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.money import budget, sheets, wage_rates
from jamsostek_desktop.services.participants import rates
from jamsostek_desktop.services.tenure import coverage

log = logging.getLogger(__name__)
P = Participant

_YEAR_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.]?\s*(\d{1,2})\s*$")
_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$")
_NAMED = re.compile(r"^\s*([A-Za-z]+)\s+(\d{4})\s*$")


def period_of(value: object) -> dt.date | None:
    """The month an invoice line is for: 2026-11, 202611, 11/2026, November 2026, a date cell."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.replace(day=1)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value or "").strip()
    for pattern, order in ((_YEAR_MONTH, (1, 2)), (_MONTH_YEAR, (2, 1))):
        m = pattern.match(text)
        if m:
            year, month = int(m[order[0]]), int(m[order[1]])
            return dt.date(year, month, 1) if 1 <= month <= 12 else None
    m = _NAMED.match(text)
    if m and month_number(m[1]):
        return dt.date(int(m[2]), month_number(m[1]), 1)
    return None


def read_lines(path: str | Path, month: dt.date) -> tuple[list[rules.InvoiceLine], list[rules.Refused], str]:
    """The invoice's readable lines for `month`, the refused ones with their reason, the file name."""
    table = sheets.read(path, cells.INVOICE_ALIASES, ("nik",))
    if "total" not in table.columns and "jkk" not in table.columns:
        raise ValidationError(translate("invoice", "{name}: tidak ada kolom TOTAL maupun JKK; ini bukan tagihan "
                                        "iuran per orang.").format(name=table.path.name))
    lines: list[rules.InvoiceLine] = []
    refused: list[rules.Refused] = []
    has_total = "total" in table.columns
    has_period = "periode" in table.columns
    # An invoice repeats a few amounts and one period over and over: each distinct cell is read once.
    amounts_seen: dict[object, int | None] = {None: 0, "": 0}
    periods_seen: dict[object, dt.date | None] = {}
    nik_of, kpj_of, rupiah_of, Line = cells.nik_of, cells.kpj_cell, cells.rupiah_cell, rules.InvoiceLine
    column = table.columns.get
    i_period, i_nik, i_kpj, i_nama = column("periode"), column("nik"), column("kpj"), column("nama")
    i_jkk, i_jkm, i_jht, i_total = column("jkk"), column("jkm"), column("jht"), column("total")

    def amount(row: list[object], i: int | None) -> int | None:
        if i is None:
            return 0
        value = row[i]
        found = amounts_seen.get(value, amounts_seen)
        if found is amounts_seen:
            found = amounts_seen[value] = rupiah_of(value)
        return found

    for number, row in table.rows:
        nama = str(row[i_nama] or "").strip() if i_nama is not None else ""
        nik, problem = nik_of(row[i_nik])
        if problem:
            refused.append(rules.Refused(number, str(row[i_nik] or "")[:16], nama, str(problem)))
            continue
        if has_period:
            cell = row[i_period]
            period = periods_seen.get(cell, periods_seen)
            if period is periods_seen:
                period = periods_seen[cell] = period_of(cell)
            if period is None:
                refused.append(rules.Refused(number, nik, nama, "periode tidak terbaca"))
                continue
            if period != month:
                refused.append(rules.Refused(number, nik, nama, f"periode lain ({period:%Y-%m})"))
                continue
        jkk, jkm, jht = amount(row, i_jkk), amount(row, i_jkm), amount(row, i_jht)
        total = amount(row, i_total) if has_total else (jkk or 0) + (jkm or 0) + (jht or 0)
        if jkk is None or jkm is None or jht is None or total is None:
            refused.append(rules.Refused(number, nik, nama, "jumlah iuran tidak terbaca"))
            continue
        lines.append(Line(number, nik, kpj_of(row[i_kpj])[0] if i_kpj is not None else "", nama, jkk, jkm, jht,
                          total))
    return lines, refused, table.path.name


def expected(month: dt.date, kelurahan_prefix: str | None = None) -> dict[str, rules.Expected]:
    """NIK -> what each person covered in `month` should cost that month."""
    bpu, pu = rates.current(month), wage_rates.current(month)
    choices = budget.choices()

    def columns(running):
        return (P.nik, P.nama, P.kpj, P.penghasilan, P.program_jht, Category.code)

    # A Nonaktif membership is not paid for, whatever its months say.
    query = (coverage.covered_query(month, columns, kelurahan_prefix)
             .join(Category, on=(Category.id == P.category), src=P).where(P.status != "inactive"))
    cache: dict[tuple, contributions.Contribution] = {}
    out: dict[str, rules.Expected] = {}
    # The rows straight from the cursor: at 150,000 people peewee's row objects cost more than the query.
    for nik, nama, kpj, income, with_jht, code in db.execute_sql(*query.sql()).fetchall():
        choice = choices.get(code)
        key = (income, bool(with_jht), choice)
        c = cache.get(key)
        if c is None:
            if choice is not None and choice.scheme == budget_rules.PU:
                c = contributions.monthly_wage(pu, income or bpu.income_base, choice.risk_class, bool(with_jht))
            else:
                c = contributions.monthly(bpu, income, bool(with_jht))
            cache[key] = c
        out[nik] = rules.Expected(nik, nama, kpj or "", c.jkk, c.jkm, c.jht)
    return out


RANK = {rules.DEAD: 0, rules.INACTIVE: 1, rules.TERM_ENDED: 2, rules.NOT_COVERED: 3}


def reasons(niks: list[str], month: dt.date) -> dict[str, str]:
    """NIK -> why a known participant is not covered in `month` (the NIKs not on the list: absent)."""
    month = term_rules.month_of(month)
    out: dict[str, str] = {}
    for start in range(0, len(niks), 20_000):
        chunk = niks[start:start + 20_000]
        running = Term.alias("running")
        query = (P.select(P.id, P.nik, P.status, P.archived, running.end)
                 .join(running, JOIN.LEFT_OUTER, on=((running.participant == P.id) & running.closed_on.is_null()), src=P)
                 .where(P.nik.in_(chunk)))
        dead = {pid for (pid,) in LifeEvent.select(LifeEvent.participant).where(
            (LifeEvent.kind == term_rules.EVENT_DEATH)
            & LifeEvent.participant.in_(P.select(P.id).where(P.nik.in_(chunk)))).tuples()}
        for pid, nik, status, archived, end in query.tuples():
            if pid in dead:
                reason = rules.DEAD
            elif archived or status in ("inactive", "rejected"):
                reason = rules.INACTIVE
            elif end is not None and end < month:
                reason = rules.TERM_ENDED
            else:
                reason = rules.NOT_COVERED
            # A NIK listed twice (archived and live) keeps the strongest reason.
            if RANK[reason] < RANK.get(out.get(nik), len(RANK)):
                out[nik] = reason
    return out


def second_niks() -> frozenset[str]:
    """NIKs of people a duplicate decision (issue 13's screening: "same person") archived as the
    second record of someone kept: a line billing such a NIK is billed for a duplicate.

    Screening is another feature: without its tables the one-NIK rule of the invoice itself stands.
    A NIK a live participant still holds is never among them (the kept person is billed rightly).
    """
    try:
        from jamsostek_desktop.db.screening_models import SAME, ScreeningPair
    except ImportError:
        return frozenset()
    SP = ScreeningPair
    second = set()
    for a, b, kept in SP.select(SP.uuid_a, SP.uuid_b, SP.kept_uuid).where(SP.decision == SAME).tuples():
        if kept in (a, b):
            second.add(b if kept == a else a)
    niks: set[str] = set()
    uuids = sorted(second)
    for start in range(0, len(uuids), 20_000):
        niks |= {nik for (nik,) in P.select(P.nik).where(P.uuid.in_(uuids[start:start + 20_000])).tuples()}
    live = set()
    nik_list = sorted(niks)
    for start in range(0, len(nik_list), 20_000):
        live |= {nik for (nik,) in P.live().select(P.nik).where(P.nik.in_(nik_list[start:start + 20_000])).tuples()}
    return frozenset(niks - live)


def reconcile(path: str | Path, month: dt.date, kelurahan_prefix: str | None = None) -> rules.Result:
    """The invoice file for `month` sorted into buckets, with totals to the Rupiah."""
    require("report.print")
    month = term_rules.month_of(month)
    lines, refused, _name = read_lines(path, month)
    due = expected(month, kelurahan_prefix)
    unknown = sorted({line.nik for line in lines if line.nik not in due})
    result = rules.reconcile(month, lines, due, reasons(unknown, month), refused, second_niks())
    log.info("invoice %s reconciled: %d lines, %d matched, %d different, %d not covered, %d not billed, %d refused",
             f"{month:%Y-%m}", result.lines_read, len(result.matched), len(result.different),
             len(result.not_covered), len(result.not_billed), len(result.refused))
    return result
