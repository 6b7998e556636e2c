"""The dashboard's figures: totals per category and status, men/women, coverage, contributions,
enrolments per month."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import SQL, fn

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain import contributions, region
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import catalogue, profile, scope_sql, stats


@dataclass(frozen=True)
class CategoryFigure:
    code: str
    name: str
    group: str
    registered: int
    potential: int | None

    @property
    def coverage(self) -> float | None:
        """Registered / potential, or None when no potential was entered."""
        if not self.potential:
            return None
        return self.registered / self.potential


@dataclass(frozen=True)
class Figures:
    total: int
    men: int
    women: int
    by_status: dict[str, int]
    categories: list[CategoryFigure]
    contributions: contributions.Totals      # the real budget: Aktif only, JHT for those in it
    jht_people: int = 0                      # of the paid, enrolled in JHT
    monthly_if_all_jht: int = 0              # a scenario: every paid participant takes JHT

    @property
    def potential(self) -> int:
        return sum(c.potential or 0 for c in self.categories)

    @property
    def coverage(self) -> float | None:
        """Coverage over the categories that have a potential."""
        with_potential = [c for c in self.categories if c.potential]
        potential = sum(c.potential for c in with_potential)
        if not potential:
            return None
        return sum(c.registered for c in with_potential) / potential


def figures(scope: Scope | None = None) -> Figures:
    """Everything the dashboard shows for the live participants in `scope`."""
    scope = scope or Scope()
    counts = stats.by_category(scope)
    potentials = catalogue.potentials()
    categories = [
        CategoryFigure(c.code, c.name, c.group, counts.get(c.code, 0), potentials.get(c.code))
        for c in catalogue.all_categories()
        if (scope.category is None or c.code == scope.category) and (scope.group is None or c.group == scope.group)
    ]
    sexes = stats.by_sex(scope)
    from jamsostek_desktop.services.money import budget as money_budget

    real = money_budget.real(scope)
    return Figures(
        total=sum(counts.values()),
        men=sexes.get("L", 0),
        women=sexes.get("P", 0),
        by_status=stats.by_status(scope),
        categories=categories,
        contributions=contributions.Totals(real.people, real.monthly_jkk_jkm, real.monthly),
        jht_people=real.jht_people,
        monthly_if_all_jht=real.monthly_if_all_jht,
    )


def contributions_of(codes: list[str], scope: Scope | None = None) -> contributions.Totals:
    """The monthly budget for the categories `codes` within `scope` (the clerk's selection)."""
    scope = scope or Scope()
    people = base = full = 0
    for code in codes:
        t = stats.contribution_totals(replace(scope, category=code, group=None))
        people, base, full = people + t.people, base + t.monthly_jkk_jkm, full + t.monthly_with_jht
    return contributions.Totals(people, base, full)


@dataclass(frozen=True)
class MonthCount:
    month: dt.date          # the first day of the month
    enrolled: int           # participants entered that month (still in scope now)


def enrolments_per_month(scope: Scope | None = None, months: int = 12, today: dt.date | None = None) -> list[MonthCount]:
    """How many of the people in `scope` were entered in each of the last `months` months, in
    the office's time zone (a month with none is there with 0)."""
    scope = scope or Scope()
    today = today or dt.date.today()
    first = _month_start(today, months - 1)
    office = profile.get()
    _zone, hours = region.time_zone(office.region_code if office else None)
    P = Participant
    month = SQL(backends.current().month_expression('"t1"."created_at"', hours))
    since = dt.datetime.combine(first, dt.time()) - dt.timedelta(hours=hours)
    query = scope_sql.where(P.select(month, fn.COUNT(P.id)), scope).where(P.created_at >= since).group_by(month)
    counts = dict(query.tuples())
    return [MonthCount(m, counts.get(f"{m:%Y-%m}", 0)) for m in (_month_start(today, back)
                                                                for back in range(months - 1, -1, -1))]


def _month_start(today: dt.date, back: int) -> dt.date:
    index = today.year * 12 + today.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def set_potential(code: str, potential: int | None) -> None:
    catalogue.set_potential(code, potential)
