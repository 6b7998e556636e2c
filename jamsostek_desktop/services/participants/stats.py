"""Counts and contribution totals over the participants of a Scope, computed in SQL."""

from __future__ import annotations

from peewee import fn

from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.domain import categories as category_rules
from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import catalogue, rates, scope_sql


def categories_in(scope: Scope) -> list[tuple[int, category_rules.Category]]:
    """(row id, category) of the categories that have someone in scope: catalogue order, retired last.

    The roster's sections and the Excel export's sheets both come from here, so a person
    in a retired category is printed and exported as surely as listed and counted.
    """
    P = Participant
    present = {cid for (cid,) in scope_sql.where(P.select(P.category).distinct(), scope).tuples()}
    active = [(catalogue.row_id(c.code), c) for c in catalogue.all_categories()]
    out = [(row_id, c) for row_id, c in active if row_id in present]
    known = {row_id for row_id, _ in active}
    retired = [row for row in Category.select().where(Category.id.in_(sorted(present - known)))]
    return out + [(row.id, catalogue.to_domain(row)) for row in sorted(retired, key=lambda r: r.sort_order)]


def _counted(column, scope: Scope) -> dict:
    P = Participant
    query = scope_sql.where(P.select(column, fn.COUNT(P.id)).from_(P), scope).group_by(column)
    return {key: n for key, n in query.tuples()}


def by_category(scope: Scope = Scope()) -> dict[str, int]:
    P = Participant
    query = scope_sql.where(P.select(P.category, fn.COUNT(P.id)), scope).group_by(P.category)
    codes = dict(Category.select(Category.id, Category.code).tuples())
    return {codes[cid]: n for cid, n in query.tuples()}


def by_status(scope: Scope = Scope()) -> dict[str, int]:
    return _counted(Participant.status, scope)


def by_sex(scope: Scope = Scope()) -> dict[str, int]:
    return _counted(Participant.jenis_kelamin, scope)


def by_rt_rw(scope: Scope = Scope()) -> dict[tuple[int, int], int]:
    P = Participant
    query = scope_sql.where(P.select(P.rw, P.rt, fn.COUNT(P.id)), scope).group_by(P.rw, P.rt).order_by(P.rw, P.rt)
    return {(rw, rt): n for rw, rt, n in query.tuples()}


def total(scope: Scope = Scope()) -> int:
    return scope_sql.where(Participant.select(fn.COUNT(Participant.id)), scope).scalar() or 0


def contribution_totals(scope: Scope = Scope()) -> contributions.Totals:
    """Monthly JKK+JKM and JKK+JKM+JHT budget for everyone in scope, as if all took JHT.

    Summed per distinct declared income in SQL, so 150,000 people cost one query.
    """
    P = Participant
    query = scope_sql.where(P.select(P.penghasilan, fn.COUNT(P.id)), scope).group_by(P.penghasilan)
    current = rates.current()
    base_sum = full_sum = people = 0
    for income, n in query.tuples():
        c = contributions.monthly(current, income, with_jht=True)
        people += n
        base_sum += c.jkk_jkm * n
        full_sum += c.total * n
    return contributions.Totals(people, base_sum, full_sum)


def summary(scope: Scope = Scope()) -> dict:
    """The `jamsostek stats --json` document."""
    return {"total": total(scope), "by_category": by_category(scope), "by_status": by_status(scope),
            "by_sex": by_sex(scope)}
