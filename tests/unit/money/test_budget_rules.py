"""The budget plan's arithmetic: golden figures, schemes, a ceiling with priorities, differences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desktop.domain import budget as rules
from jamsostek_desktop.domain.contributions import DEFAULT_RATES, DEFAULT_WAGE_RATES, WageRates
from jamsostek_desktop.errors import ValidationError

BPU, PU = DEFAULT_RATES, DEFAULT_WAGE_RATES


def one(people: int, **choice) -> rules.Scenario:
    return rules.Scenario("uji", (rules.CategoryChoice("semua", "Semua", people, **choice),))


def test_golden_figures_of_kota_metro_and_the_worked_check():
    metro = rules.plan(one(8_825), BPU, PU)
    assert metro.total == 1_779_120_000 == 8_825 * 16_800 * 12
    line = metro.lines[0]
    assert (line.people, line.rate, line.months, line.amount) == (8_825, 16_800, 12, 1_779_120_000)
    with_jht = rules.plan(one(8_825).with_jht(), BPU, PU)
    difference = rules.compare(metro, with_jht)
    assert difference.change == 2_118_000_000
    assert rules.signed_rupiah(difference.change) == "+Rp2.118.000.000"
    assert rules.plan(one(10_000), BPU, PU).total == 2_016_000_000


def test_kota_metro_by_category_adds_up_to_the_same_total():
    counts = [2, 2102, 883, 1046, 962, 42, 237, 218, 198, 1317, 74, 327, 65, 297, 32, 5, 44, 219, 22, 342, 390]
    scenario = rules.Scenario("metro", rules.choices_for([(f"k{i}", f"K{i}", n) for i, n in enumerate(counts)]))
    plan = rules.plan(scenario, BPU, PU)
    # the published breakdown adds up to 8,824 (the article's total says 8,825)
    assert plan.people == sum(counts) and plan.total == sum(counts) * 16_800 * 12
    assert all(line.amount == line.people * 16_800 * 12 for line in plan.lines)


def test_wage_earners_pay_by_risk_class_and_a_share_of_the_wage():
    umk = WageRates(PU.effective_from, PU.jkk_risk_bp, 30, 370, umk=2_800_000)
    s = rules.Scenario("pu", (rules.CategoryChoice("rt", "Ketua RT", 100, rules.PU, risk_class=1),),
                       income_basis=rules.INCOME_UMK)
    line = rules.plan(s, BPU, umk).lines[0]
    # JKK 0,24% and JKM 0,30% of Rp2.800.000
    assert (line.income, line.contribution.jkk, line.contribution.jkm, line.contribution.jht) == (2_800_000, 6_720, 8_400, 0)
    assert line.amount == 100 * 15_120 * 12
    risky = rules.plan(rules.Scenario("pu", (rules.CategoryChoice("rt", "RT", 1, rules.PU, True, risk_class=5),)),
                       BPU, umk).lines[0]
    # the minimum basis: Rp1.000.000; JKK 1,74%, JKM 0,30%, JHT 3,7%
    assert (risky.contribution.jkk, risky.contribution.jkm, risky.contribution.jht) == (17_400, 3_000, 37_000)


def test_income_per_category_and_the_bpu_floor():
    s = rules.Scenario("x", (rules.CategoryChoice("a", "A", 10, income=2_000_000),
                             rules.CategoryChoice("b", "B", 10, income=500_000)), income_basis=rules.INCOME_CATEGORY)
    a, b = rules.plan(s, BPU, PU).lines
    assert a.rate == 20_000 + 6_800 and b.income == 1_000_000 and b.rate == 16_800


def test_months_scale_the_amount_and_out_of_range_is_refused():
    assert rules.plan(rules.Scenario("x", one(10).categories, months=3), BPU, PU).total == 10 * 16_800 * 3
    for months in (0, 13):
        with pytest.raises(ValidationError, match="1 sampai 12"):
            rules.plan(rules.Scenario("x", one(1).categories, months=months), BPU, PU)


def test_a_ceiling_covers_the_priorities_first_and_names_who_is_left_out():
    s = rules.Scenario("plafon", (rules.CategoryChoice("linmas", "Linmas", 100),
                                  rules.CategoryChoice("rt", "Ketua RT", 50),
                                  rules.CategoryChoice("guru", "Guru TPA", 30, jht=True)),
                       ceiling=50 * 201_600 + 10 * 441_600 + 5, priority=("rt", "guru"))
    plan = rules.plan(s, BPU, PU)
    covered = {line.code: (line.covered, line.left_out) for line in plan.lines}
    assert covered == {"rt": (50, 0), "guru": (10, 20), "linmas": (0, 100)}
    assert plan.total == 50 * 201_600 + 10 * 441_600 <= s.ceiling
    assert plan.left_out == 120 and plan.needed == 100 * 201_600 + 50 * 201_600 + 30 * 441_600


@given(st.lists(st.integers(0, 5_000), min_size=1, max_size=6), st.integers(0, 3_000_000_000),
       st.lists(st.booleans(), min_size=6, max_size=6))
def test_a_ceiling_is_never_exceeded_and_only_what_does_not_fit_is_left_out(counts, ceiling, jht):
    s = rules.Scenario("h", tuple(rules.CategoryChoice(f"k{i}", f"K{i}", n, jht=jht[i]) for i, n in enumerate(counts)),
                       ceiling=ceiling)
    plan = rules.plan(s, BPU, PU)
    assert plan.total <= ceiling
    left = ceiling - plan.total
    # whoever is left out costs more than what is left
    assert all(line.rate * line.months > left for line in plan.lines if line.left_out)


def test_bad_scenarios_are_refused_with_a_reason():
    with pytest.raises(ValidationError, match="Dasar penghasilan"):
        rules.check(rules.Scenario("x", (), income_basis="gaji"))
    with pytest.raises(ValidationError, match="Skema"):
        rules.check(one(1, scheme="asn"))
    with pytest.raises(ValidationError, match="negatif"):
        rules.check(rules.Scenario("x", (), ceiling=-1))
