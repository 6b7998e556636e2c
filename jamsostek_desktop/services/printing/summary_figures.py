"""The figures of the rekapitulasi (summary) PDF, gathered into plain objects.

Counts come from SQL grouped queries narrowed by scope_sql (the document's scope already
holds its listing's statuses), so the printed totals are the database's own. The budget
is what the region pays in fact: JKK and JKM for everyone, JHT for those enrolled in
it, each line as people x monthly rate x months, per distinct rate.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import (
    catalogue,
    profile,
    rates,
    regions,
    scope_sql,
    stats,
)
from jamsostek_desktop.services.printing.layout import tenure_block
from jamsostek_desktop.services.printing.layout.summary import (
    BudgetLine,
    CategoryLine,
    PlaceLine,
    SummaryFigures,
)
from jamsostek_desktop.services.printing.listing import Listing

MONTHS = 12                      # the budget covers a year


def count(scope: Scope) -> int:
    return stats.total(scope)


def _by_category_and_sex(scope: Scope) -> dict[tuple[int, str], int]:
    P = Participant
    query = scope_sql.where(P.select(P.category, P.jenis_kelamin, fn.COUNT(P.id)).from_(P), scope)
    return {(cid, sex): n for cid, sex, n in query.group_by(P.category, P.jenis_kelamin).tuples()}


def _places(scope: Scope) -> list[PlaceLine]:
    P = Participant
    query = scope_sql.where(P.select(P.kelurahan_code, fn.COUNT(P.id)).from_(P), scope).group_by(P.kelurahan_code)
    counts = dict(query.tuples())
    known = {k.code: k for k in regions.all_kelurahan()}
    lines = []
    for code, n in counts.items():
        info = known.get(code)
        lines.append(PlaceLine(info.kecamatan if info else "", info.kelurahan if info else code, code, n))
    return sorted(lines, key=lambda p: (p.kecamatan, p.kelurahan))


def budget(scope: Scope, current: contributions.Rates) -> list[BudgetLine]:
    """JKK + JKM for everyone and JHT for those in it, one line per distinct monthly rate."""
    P = Participant
    query = scope_sql.where(P.select(P.penghasilan, P.program_jht, fn.COUNT(P.id)).from_(P), scope)
    base: dict[int, int] = {}
    jht: dict[int, int] = {}
    for income, with_jht, n in query.group_by(P.penghasilan, P.program_jht).tuples():
        c = contributions.monthly(current, income, with_jht=True)
        base[c.jkk_jkm] = base.get(c.jkk_jkm, 0) + n
        if with_jht:
            jht[c.jht] = jht.get(c.jht, 0) + n
    lines = [BudgetLine("JKK dan JKM", n, rate, MONTHS) for rate, n in sorted(base.items())]
    lines += [BudgetLine("JHT (peserta yang ikut JHT)", n, rate, MONTHS) for rate, n in sorted(jht.items())]
    return lines


def gather(scope: Scope, today: dt.date, listing: Listing) -> SummaryFigures:
    """The summary's figures for `scope` (its statuses: the listing's)."""
    categories = []
    counts = _by_category_and_sex(scope)
    potentials = catalogue.potentials()
    for category in catalogue.all_categories():
        if scope.category and category.code != scope.category:
            continue
        if scope.group and category.group != scope.group:
            continue
        cid = catalogue.row_id(category.code)
        categories.append(CategoryLine(category.group, category.code, category.name,
                                       counts.get((cid, "L"), 0), counts.get((cid, "P"), 0),
                                       potentials.get(category.code), category.label))
    by_status = stats.by_status(scope)
    by_sex = stats.by_sex(scope)
    rw: dict[int, list[tuple[int, int]]] = {}
    for (rw_no, rt_no), n in stats.by_rt_rw(scope).items():
        rw.setdefault(rw_no, []).append((rt_no, n))
    current = rates.current()
    # Only the listing's own statuses: a signed recap names no internal status.
    shown = [s for s in status_rules.Status if s.value in listing.statuses]
    return SummaryFigures(
        date=today,
        categories=categories,
        by_status=[(str(status_rules.LABELS[s]), by_status.get(s.value, 0)) for s in shown],
        by_rw=sorted(rw.items()),
        places=_places(scope) if profile.is_city() else [],
        budget=budget(scope, current),
        rates=current,
        total=stats.total(scope),
        men=by_sex.get("L", 0),
        women=by_sex.get("P", 0),
        tenure=tenure_section(scope, today),
        review=review_sentence(scope),
    )


def review_sentence(scope: Scope) -> str:
    """Screening's line in the summary (issue 13): how many in scope need checking, and why."""
    from jamsostek_desktop.services.screening import report

    f = report.figures(scope)
    if not f.people:
        return ""
    text = (f"{thousands(f.people)} peserta perlu diperiksa sebelum diverifikasi atau diajukan (tanda terbuka "
            f"atau kemungkinan data ganda); daftar lengkapnya dicetak terpisah: \u201cDaftar Peserta yang Perlu "
            f"Diperiksa\u201d.")
    if f.flags:
        text += " Tanda terbuka: " + ", ".join(f"{code} {thousands(n)}" for code, n in sorted(f.flags.items())) + "."
    return text


def tenure_section(scope: Scope, today: dt.date) -> tenure_block.TenureSection:
    """The month's headcount and the terms ending soon, for the same people as the rest of the page."""
    from jamsostek_desktop.services.tenure import figures

    f = figures.gather(scope, today)
    # The month's headcount is of paid people: a document listing none (a proposal) leaves it out.
    paid = not scope.statuses or status_rules.Status.ACTIVE.value in scope.statuses
    names = {k.code: k.kelurahan for k in regions.all_kelurahan()}
    lines = [tenure_block.EndingLine(r.nama, r.post or r.category, names.get(r.kelurahan_code, r.kelurahan_code),
                                     r.end) for r in f.ending]
    return tenure_block.TenureSection(f.month, f.covered if paid else None, lines, f.ending_total, f.warn_within, today,
                                      f.waiting_posts, f.without_post, profile.is_city())
