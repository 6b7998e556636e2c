"""The budget plan ("Rencana Kebutuhan Anggaran"): scenarios, a ceiling with priorities, differences.

Pure arithmetic in exact integer Rupiah. A scenario chooses, per category, the scheme (BPU:
JKK 1% of the declared income + JKM flat, or Penerima Upah with the government as employer:
JKK by risk class + JKM 0,30% of the wage), whether JHT is paid, and the income the
contributions are reckoned on (the lowest declared income, the UMK, or an amount per
category), for 1-12 months. Every line is people x monthly rate x months = amount, so the
printed plan can be checked with a pocket calculator.

A ceiling (the yearly amount the region can spend) is shared out in priority order: each
category in turn takes as many of its people as what is left pays for; the rest are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain.contributions import Contribution, Rates, WageRates
from jamsostek_desktop.errors import ValidationError, translate

BPU = "bpu"
PU = "pu"
SCHEMES = (BPU, PU)

INCOME_MINIMUM = "minimum"       # the lowest declared income (Rp1.000.000)
INCOME_UMK = "umk"               # the city's minimum wage
INCOME_CATEGORY = "kategori"     # an amount entered per category
INCOME_BASES = (INCOME_MINIMUM, INCOME_UMK, INCOME_CATEGORY)


@dataclass(frozen=True)
class CategoryChoice:
    """What a scenario does for one category."""

    code: str
    name: str
    people: int
    scheme: str = BPU
    jht: bool = False
    income: int | None = None        # used when the scenario's income base is per category
    risk_class: int = 1              # Penerima Upah only


@dataclass(frozen=True)
class Scenario:
    name: str
    categories: tuple[CategoryChoice, ...]
    months: int = 12
    income_basis: str = INCOME_MINIMUM
    ceiling: int | None = None               # yearly Rupiah available; None: no limit
    priority: tuple[str, ...] = ()           # category codes covered first, in this order

    def with_jht(self, on: bool = True, codes: Iterable[str] | None = None) -> Scenario:
        """The same scenario with JHT switched on (or off) for `codes`, or for every category."""
        chosen = None if codes is None else set(codes)
        return replace(self, categories=tuple(
            replace(c, jht=on) if chosen is None or c.code in chosen else c for c in self.categories))


@dataclass(frozen=True)
class PlanLine:
    code: str
    name: str
    scheme: str
    income: int                 # the income (BPU) or wage (PU) the rate is reckoned on
    contribution: Contribution  # per person per month
    months: int
    people: int                 # everyone in the category
    covered: int                # within the ceiling

    @property
    def rate(self) -> int:
        return self.contribution.total

    @property
    def amount(self) -> int:
        """covered x rate x months (with no ceiling, covered is everyone)."""
        return self.covered * self.rate * self.months

    @property
    def full_amount(self) -> int:
        return self.people * self.rate * self.months

    @property
    def left_out(self) -> int:
        return self.people - self.covered


@dataclass(frozen=True)
class Plan:
    scenario: Scenario
    lines: list[PlanLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def needed(self) -> int:
        """What covering everyone would cost."""
        return sum(line.full_amount for line in self.lines)

    @property
    def people(self) -> int:
        return sum(line.people for line in self.lines)

    @property
    def covered(self) -> int:
        return sum(line.covered for line in self.lines)

    @property
    def left_out(self) -> int:
        return self.people - self.covered

    def line(self, code: str) -> PlanLine | None:
        return next((line for line in self.lines if line.code == code), None)

    def as_json(self) -> dict:
        s = self.scenario
        return {"skenario": s.name, "bulan": s.months, "dasar_penghasilan": s.income_basis,
                "plafon": s.ceiling, "total": self.total, "kebutuhan_penuh": self.needed,
                "peserta": self.people, "tercakup": self.covered, "tidak_tercakup": self.left_out,
                "kategori": [{"kode": ln.code, "nama": ln.name, "skema": ln.scheme, "penghasilan": ln.income,
                              "jkk": ln.contribution.jkk, "jkm": ln.contribution.jkm, "jht": ln.contribution.jht,
                              "iuran_per_bulan": ln.rate, "bulan": ln.months, "orang": ln.people,
                              "tercakup": ln.covered, "tidak_tercakup": ln.left_out, "jumlah": ln.amount}
                             for ln in self.lines]}


def check(scenario: Scenario) -> None:
    """Refuse a scenario that cannot be reckoned, with the reason in Indonesian."""
    if not 1 <= scenario.months <= 12:
        raise ValidationError(translate("budget", "Jumlah bulan harus 1 sampai 12, bukan {months}.")
                              .format(months=scenario.months))
    if scenario.income_basis not in INCOME_BASES:
        raise ValidationError(translate("budget", "Dasar penghasilan '{basis}' tidak dikenal; pilihan: {choices}.")
                              .format(basis=scenario.income_basis, choices=", ".join(INCOME_BASES)))
    if scenario.ceiling is not None and scenario.ceiling < 0:
        raise ValidationError(translate("budget", "Plafon anggaran tidak boleh negatif."))
    for c in scenario.categories:
        if c.scheme not in SCHEMES:
            raise ValidationError(translate("budget", "Skema '{scheme}' tidak dikenal (bpu atau pu).")
                                  .format(scheme=c.scheme))
        if c.people < 0 or (c.income is not None and c.income < 0):
            raise ValidationError(translate("budget", "Angka untuk kategori {name} tidak boleh negatif.")
                                  .format(name=c.name))


def income_of(choice: CategoryChoice, basis: str, bpu: Rates, pu: WageRates) -> int:
    """The income a category's contributions are reckoned on under `basis`."""
    if basis == INCOME_UMK and pu.umk > 0:
        income = pu.umk
    elif basis == INCOME_CATEGORY and choice.income:
        income = choice.income
    else:
        income = bpu.income_base
    # A BPU declared income is never below the lowest one.
    return max(income, bpu.income_base) if choice.scheme == BPU else income


def rate_of(choice: CategoryChoice, basis: str, bpu: Rates, pu: WageRates) -> tuple[int, Contribution]:
    income = income_of(choice, basis, bpu, pu)
    if choice.scheme == PU:
        return income, contributions.monthly_wage(pu, income, choice.risk_class, choice.jht)
    return income, contributions.monthly(bpu, income, choice.jht)


def _order(scenario: Scenario) -> list[int]:
    """Indexes of the categories in priority order: the named ones first, the rest as listed."""
    position = {code: i for i, code in enumerate(scenario.priority)}
    indexes = range(len(scenario.categories))
    return sorted(indexes, key=lambda i: (position.get(scenario.categories[i].code, len(position)), i))


def plan(scenario: Scenario, bpu: Rates, pu: WageRates) -> Plan:
    """The scenario's lines, with the ceiling shared out in priority order."""
    check(scenario)
    priced = [rate_of(c, scenario.income_basis, bpu, pu) for c in scenario.categories]
    covered = [c.people for c in scenario.categories]
    if scenario.ceiling is not None:
        left = scenario.ceiling
        for i in _order(scenario):
            yearly = priced[i][1].total * scenario.months
            fits = scenario.categories[i].people if yearly == 0 else min(scenario.categories[i].people, left // yearly)
            covered[i] = fits
            left -= fits * yearly
    lines = [PlanLine(c.code, c.name, c.scheme, income, contribution, scenario.months, c.people, n)
             for c, (income, contribution), n in zip(scenario.categories, priced, covered, strict=True)]
    return Plan(scenario, lines)


@dataclass(frozen=True)
class LineDifference:
    code: str
    name: str
    before: int
    after: int

    @property
    def change(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class Difference:
    before: Plan
    after: Plan
    lines: list[LineDifference]

    @property
    def change(self) -> int:
        return self.after.total - self.before.total


def compare(before: Plan, after: Plan) -> Difference:
    """Scenario `after` against `before`, per category and in total ("tambah JHT: +Rp...")."""
    codes: dict[str, str] = {}
    for line in [*before.lines, *after.lines]:
        codes.setdefault(line.code, line.name)
    lines = []
    for code, name in codes.items():
        a, b = before.line(code), after.line(code)
        lines.append(LineDifference(code, name, a.amount if a else 0, b.amount if b else 0))
    return Difference(before, after, lines)


def signed_rupiah(amount: int) -> str:
    """"+Rp2.118.000.000" / "-Rp16.800" / "Rp0"."""
    from jamsostek_desktop.domain.formatting import rupiah

    return ("+" if amount > 0 else "-" if amount < 0 else "") + rupiah(abs(amount))


def choices_for(categories: Sequence[tuple[str, str, int]], scheme: str = BPU, jht: bool = False) -> tuple[CategoryChoice, ...]:
    """One choice per (code, name, people), all with the same scheme and JHT."""
    return tuple(CategoryChoice(code, name, people, scheme, jht) for code, name, people in categories)


BASIS_WORDS = {INCOME_MINIMUM: "penghasilan terendah", INCOME_UMK: "UMK", INCOME_CATEGORY: "penghasilan per kategori"}


def describe(scenario: Scenario) -> str:
    """The scenario in one line for the page: "12 bulan; UMK; JHT 3 dari 22 kategori; plafon Rp..."."""
    from jamsostek_desktop.domain.formatting import rupiah

    with_jht = sum(1 for c in scenario.categories if c.jht)
    wage = sum(1 for c in scenario.categories if c.scheme == PU)
    parts = [f"{scenario.months} bulan", BASIS_WORDS.get(scenario.income_basis, scenario.income_basis),
             "tanpa JHT" if not with_jht else "JHT semua kategori" if with_jht == len(scenario.categories)
             else f"JHT {with_jht} dari {len(scenario.categories)} kategori"]
    if wage:
        parts.append("Penerima Upah semua kategori" if wage == len(scenario.categories)
                     else f"Penerima Upah {wage} kategori")
    if scenario.ceiling is not None:
        parts.append(f"plafon {rupiah(scenario.ceiling)}")
    return "; ".join(parts)
