"""Counts and contribution totals over the live participants, computed in SQL."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.domain import contributions
from jamsostek_desktop.services.participants import rates


@dataclass(frozen=True)
class Scope:
    """Which participants a figure covers: everything, or narrowed by these filters."""

    category: str | None = None
    group: str | None = None
    kelurahan_prefix: str | None = None   # city mode: "18.72.01" for a kecamatan
    status: str | None = None
    rt: int | None = None
    rw: int | None = None

    def apply(self, query):
        P = Participant
        query = query.where(P.archived == False)  # noqa: E712
        if self.category or self.group:
            query = query.switch(P).join(Category, on=(P.category == Category.id))
            if self.category:
                query = query.where(Category.code == self.category)
            if self.group:
                query = query.where(Category.group_name == self.group)
        if self.kelurahan_prefix:
            query = query.where(P.kelurahan_code.startswith(self.kelurahan_prefix))
        if self.status:
            query = query.where(P.status == self.status)
        if self.rt is not None:
            query = query.where(P.rt == self.rt)
        if self.rw is not None:
            query = query.where(P.rw == self.rw)
        return query


def _counted(column, scope: Scope) -> dict:
    P = Participant
    query = scope.apply(P.select(column, fn.COUNT(P.id)).from_(P)).group_by(column)
    return {key: n for key, n in query.tuples()}


def by_category(scope: Scope = Scope()) -> dict[str, int]:
    P = Participant
    query = scope.apply(P.select(P.category, fn.COUNT(P.id))).group_by(P.category)
    codes = dict(Category.select(Category.id, Category.code).tuples())
    return {codes[cid]: n for cid, n in query.tuples()}


def by_status(scope: Scope = Scope()) -> dict[str, int]:
    return _counted(Participant.status, scope)


def by_sex(scope: Scope = Scope()) -> dict[str, int]:
    return _counted(Participant.jenis_kelamin, scope)


def by_rt_rw(scope: Scope = Scope()) -> dict[tuple[int, int], int]:
    P = Participant
    query = scope.apply(P.select(P.rw, P.rt, fn.COUNT(P.id))).group_by(P.rw, P.rt).order_by(P.rw, P.rt)
    return {(rw, rt): n for rw, rt, n in query.tuples()}


def total(scope: Scope = Scope()) -> int:
    return scope.apply(Participant.select(fn.COUNT(Participant.id))).scalar() or 0


def contribution_totals(scope: Scope = Scope()) -> contributions.Totals:
    """Monthly JKK+JKM and JKK+JKM+JHT budget for everyone in scope, as if all took JHT.

    Summed per distinct declared income in SQL, so 150,000 people cost one query.
    """
    P = Participant
    query = scope.apply(P.select(P.penghasilan, fn.COUNT(P.id))).group_by(P.penghasilan)
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
