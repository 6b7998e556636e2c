"""The budget plan from the database: people per category, each category's choices, the rates in force.

People are counted in SQL, one grouped query per plan, so 150,000 participants cost one
query. A plan counts the people on the list on their way to be paid for (draft, verified,
submitted, active); the real budget of the dashboard and the summary counts the paid ones
(Aktif): JKK and JKM for each, JHT only for those enrolled in it, with the "everyone takes
JHT" figure beside it as a scenario.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import fn

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.db.money_models import BudgetChoice
from jamsostek_desktop.domain import budget as rules
from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import NotFoundError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.money import wage_rates
from jamsostek_desktop.services.participants import catalogue, rates, scope_sql

P = Participant


def _narrowed(scope: Scope, statuses: tuple[str, ...]) -> Scope:
    """The scope's own statuses that are also among `statuses` (a scope with none: all of them)."""
    own = set(scope.statuses) | ({scope.status} if scope.status else set())
    chosen = tuple(s for s in statuses if not own or s in own)
    return replace(scope, status=None, statuses=chosen or ("-",))


def paid_scope(scope: Scope) -> Scope:
    """`scope` narrowed to the statuses the region pays contributions for."""
    return _narrowed(scope, contributions.PAID_STATUSES)


def people_per_category(scope: Scope | None = None,
                        statuses: tuple[str, ...] = contributions.PLANNED_STATUSES) -> list[tuple[str, str, int]]:
    """(code, name, people) for every category, catalogue order, within `scope` and `statuses`."""
    scope = _narrowed(scope or Scope(), statuses)
    counts = dict(scope_sql.where(P.select(P.category, fn.COUNT(P.id)), scope).group_by(P.category).tuples())
    out = []
    for category in catalogue.all_categories():
        if (scope.category and category.code != scope.category) or (scope.group and category.group != scope.group):
            continue
        out.append((category.code, str(category.name), counts.get(catalogue.row_id(category.code), 0)))
    return out


@dataclass(frozen=True)
class Choice:
    scheme: str = rules.BPU
    jht: bool = False
    income: int | None = None
    risk_class: int = 1


def choices() -> dict[str, Choice]:
    """Each category's saved budget choice (a category with none: BPU without JHT)."""
    query = BudgetChoice.select(Category.code, BudgetChoice.scheme, BudgetChoice.jht, BudgetChoice.income,
                                BudgetChoice.risk_class).join(Category)
    return {code: Choice(scheme, bool(jht), income, risk) for code, scheme, jht, income, risk in query.tuples()}


def set_choice(code: str, choice: Choice) -> None:
    """Remember a category's scheme, JHT, income and risk class for the plans to come."""
    require("rates.edit")
    row_id = catalogue.row_id(code) if code in {c.code for c in catalogue.all_categories()} else None
    if row_id is None:
        raise NotFoundError(translate("budget", "Kategori {code} tidak dikenal.").format(code=code))
    rules.check(rules.Scenario("cek", (rules.CategoryChoice(code, code, 0, choice.scheme, choice.jht,
                                                            choice.income, choice.risk_class),)))
    values = {"scheme": choice.scheme, "jht": choice.jht, "income": choice.income, "risk_class": choice.risk_class}
    with db.atomic():
        before = choices().get(code)
        (BudgetChoice.insert(category=row_id, **values)
         .on_conflict(conflict_target=[BudgetChoice.category], update=values).execute())
        audit.record_changes("update", "budget_choice", code, before.__dict__ if before else {}, values)


def scenario(name: str = "Skenario", scope: Scope | None = None, *, months: int = 12,
             income_basis: str = rules.INCOME_MINIMUM, ceiling: int | None = None,
             priority: tuple[str, ...] = (), jht: bool | None = None, jht_codes: tuple[str, ...] = (),
             scheme: str | None = None, people: dict[str, int] | None = None) -> rules.Scenario:
    """A scenario over the people of `scope`: the saved choices, overridden where asked.

    `jht` True/False switches JHT for every category; `jht_codes` switches it on for those;
    `scheme` puts every category in one scheme; `people` replaces counts (a target to plan for).
    """
    saved = choices()
    lines = []
    for code, category_name, count in people_per_category(scope):
        c = saved.get(code, Choice())
        with_jht = c.jht if jht is None else jht
        if code in jht_codes:
            with_jht = True
        n = people.get(code, count) if people else count
        lines.append(rules.CategoryChoice(code, category_name, n, scheme or c.scheme, with_jht, c.income,
                                          c.risk_class))
    return rules.Scenario(name, tuple(lines), months, income_basis, ceiling, tuple(priority))


def plan(s: rules.Scenario, on: dt.date | None = None) -> rules.Plan:
    return rules.plan(s, rates.current(on), wage_rates.current(on))


def side_by_side(base: rules.Scenario, other: rules.Scenario, on: dt.date | None = None) -> rules.Difference:
    return rules.compare(plan(base, on), plan(other, on))


@dataclass(frozen=True)
class RealBudget:
    """What the region pays each month in fact, and the all-JHT scenario beside it."""

    people: int                 # paid for (Aktif)
    jht_people: int             # of them, enrolled in JHT
    monthly_jkk_jkm: int
    monthly_jht: int            # JHT of those enrolled only
    monthly_jht_if_all: int     # a scenario: everyone takes JHT

    @property
    def monthly(self) -> int:
        return self.monthly_jkk_jkm + self.monthly_jht

    @property
    def yearly(self) -> int:
        return self.monthly * 12

    @property
    def monthly_if_all_jht(self) -> int:
        return self.monthly_jkk_jkm + self.monthly_jht_if_all


def real(scope: Scope | None = None) -> RealBudget:
    """The paid statuses of `scope`, summed per distinct income and JHT choice in one query."""
    scope = _narrowed(scope or Scope(), contributions.PAID_STATUSES)
    query = scope_sql.where(P.select(P.penghasilan, P.program_jht, fn.COUNT(P.id)), scope).group_by(
        P.penghasilan, P.program_jht)
    current = rates.current()
    people = jht_people = base = jht = jht_all = 0
    for income, with_jht, n in query.tuples():
        c = contributions.monthly(current, income, with_jht=True)
        people += n
        base += c.jkk_jkm * n
        jht_all += c.jht * n
        if with_jht:
            jht_people += n
            jht += c.jht * n
    return RealBudget(people, jht_people, base, jht, jht_all)
