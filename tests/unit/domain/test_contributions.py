"""Contributions in exact integer Rupiah."""

from __future__ import annotations

import dataclasses
import datetime as dt

from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain.contributions import DEFAULT_RATES
from jamsostek_desktop.domain.formatting import rupiah


def test_base_package_is_16800_and_36800_with_jht():
    assert contributions.monthly(DEFAULT_RATES).total == 16_800
    assert contributions.monthly(DEFAULT_RATES, with_jht=True).total == 36_800
    c = contributions.monthly(DEFAULT_RATES, 1_000_000, True)
    assert (c.jkk, c.jkm, c.jht) == (10_000, 6_800, 20_000)


def test_income_below_the_base_is_raised_to_the_base():
    assert contributions.monthly(DEFAULT_RATES, 500_000).total == 16_800


def test_higher_income_scales_percentages_only():
    c = contributions.monthly(DEFAULT_RATES, 2_500_000, True)
    assert (c.jkk, c.jkm, c.jht) == (25_000, 6_800, 50_000)


def test_wage_scheme_rates_are_settings():
    wage = dataclasses.replace(DEFAULT_RATES, jkk_bp=24, jkm_flat=0, jkm_bp=30, jht_bp=0)
    c = contributions.monthly(wage, 2_750_000)
    # 0.24% of 2,750,000 = 6,600; 0.30% = 8,250
    assert (c.jkk, c.jkm) == (6_600, 8_250)


def test_rounding_is_half_up_to_whole_rupiah():
    odd = dataclasses.replace(DEFAULT_RATES, jkk_bp=24, jkm_flat=0, jkm_bp=30)
    assert contributions.monthly(odd, 1_234_567).jkk == 2_963   # 2962.96 -> 2963


def test_totals_for_a_set_of_participants():
    people = [(1_000_000, False)] * 8_000 + [(1_000_000, True)] * 825
    t = contributions.totals(DEFAULT_RATES, people)
    assert t.people == 8_825
    assert t.monthly_jkk_jkm == 8_825 * 16_800
    assert t.monthly_with_jht == 8_000 * 16_800 + 825 * 36_800
    assert t.yearly_jkk_jkm == 12 * 148_260_000
    assert rupiah(t.monthly_jkk_jkm) == "Rp148.260.000"


def test_totals_if_all_take_jht():
    t = contributions.totals_if_all(DEFAULT_RATES, [None, 1_000_000, 3_000_000])
    assert t.monthly_jkk_jkm == 16_800 * 2 + 36_800
    assert t.monthly_with_jht == 36_800 * 2 + 96_800


def test_default_rates_date():
    assert DEFAULT_RATES.effective_from <= dt.date.today()
