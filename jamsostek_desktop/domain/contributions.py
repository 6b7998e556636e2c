"""Contributions (iuran) in exact integer Rupiah.

Rates are settings with an effective date, never constants: a city may enrol RT/RW
as wage earners (JKK 0,24% + JKM 0,30%) instead of the usual non-wage package
(JKK 1% + JKM Rp6.800, JHT 2% optional). Percentages are kept in basis points
(1% = 100) so that no float ever touches money.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rates:
    effective_from: dt.date
    jkk_bp: int = 100          # JKK: 1% of declared income
    jkm_flat: int = 6_800      # JKM: flat Rupiah per month (non-wage scheme)
    jkm_bp: int = 0            # JKM as a share of wage (wage scheme: 30 = 0,30%)
    jht_bp: int = 200          # JHT: 2% of declared income, optional
    income_base: int = 1_000_000
    min_age: int = 18
    max_age: int = 65


DEFAULT_RATES = Rates(effective_from=dt.date(2021, 1, 1))


def _share(income: int, bp: int) -> int:
    """Basis points of an income, rounded half up to whole Rupiah."""
    return (income * bp + 5_000) // 10_000


@dataclass(frozen=True)
class Contribution:
    jkk: int
    jkm: int
    jht: int

    @property
    def jkk_jkm(self) -> int:
        return self.jkk + self.jkm

    @property
    def total(self) -> int:
        return self.jkk + self.jkm + self.jht


def monthly(rates: Rates, income: int | None = None, with_jht: bool = False) -> Contribution:
    """One person's monthly contribution; income below the base is raised to the base."""
    base = max(income or 0, rates.income_base)
    return Contribution(
        jkk=_share(base, rates.jkk_bp),
        jkm=rates.jkm_flat + _share(base, rates.jkm_bp),
        jht=_share(base, rates.jht_bp) if with_jht else 0,
    )


@dataclass(frozen=True)
class Totals:
    people: int
    monthly_jkk_jkm: int
    monthly_with_jht: int

    @property
    def yearly_jkk_jkm(self) -> int:
        return self.monthly_jkk_jkm * 12

    @property
    def yearly_with_jht(self) -> int:
        return self.monthly_with_jht * 12


def totals(rates: Rates, people: Iterable[tuple[int | None, bool]]) -> Totals:
    """Sum over (income, enrolled_in_jht) pairs.

    `monthly_jkk_jkm` is what the city pays for JKK+JKM alone; `monthly_with_jht`
    adds JHT for those enrolled in it (what the budget pays in fact).
    """
    count = base_sum = full_sum = 0
    for income, with_jht in people:
        c = monthly(rates, income, with_jht)
        count += 1
        base_sum += c.jkk_jkm
        full_sum += c.total
    return Totals(count, base_sum, full_sum)


def totals_if_all(rates: Rates, incomes: Iterable[int | None]) -> Totals:
    """Budget figures for a set of people: JKK+JKM for all, and JKK+JKM+JHT for all."""
    count = base_sum = full_sum = 0
    for income in incomes:
        c = monthly(rates, income, True)
        count += 1
        base_sum += c.jkk_jkm
        full_sum += c.total
    return Totals(count, base_sum, full_sum)


# --- wage earners with the government as employer (Penerima Upah) -----------------------------

# JKK for wage earners depends on the work's risk class (PP 44/2015): 0,24% ... 1,74%.
DEFAULT_RISK_BP = {1: 24, 2: 54, 3: 89, 4: 127, 5: 174}


@dataclass(frozen=True)
class WageRates:
    """Penerima Upah rates in force from `effective_from`, and the city's UMK of that year."""

    effective_from: dt.date
    jkk_risk_bp: tuple[tuple[int, int], ...] = tuple(DEFAULT_RISK_BP.items())
    jkm_bp: int = 30           # JKM 0,30% of the wage
    jht_bp: int = 370          # JHT: the employer's 3,7% (the government pays it)
    umk: int = 0               # the city's minimum wage (UMK); 0 when not entered

    def jkk_bp(self, risk_class: int) -> int:
        table = dict(self.jkk_risk_bp)
        return table.get(risk_class, table.get(1, 24))


DEFAULT_WAGE_RATES = WageRates(effective_from=dt.date(2021, 1, 1))


def monthly_wage(rates: WageRates, wage: int, risk_class: int = 1, with_jht: bool = False) -> Contribution:
    """One wage earner's monthly contribution paid by the government as employer."""
    return Contribution(
        jkk=_share(wage, rates.jkk_bp(risk_class)),
        jkm=_share(wage, rates.jkm_bp),
        jht=_share(wage, rates.jht_bp) if with_jht else 0,
    )


# Statuses the region pays contributions for (the real budget); the plan also counts the
# people on their way to registration.
PAID_STATUSES = ("active",)
PLANNED_STATUSES = ("draft", "verified", "submitted", "active")
