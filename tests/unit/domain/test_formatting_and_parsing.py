"""Indonesian money and dates; real-world input forms."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.domain import formatting, parsing, region


def test_rupiah_and_dates():
    assert formatting.rupiah(16_800) == "Rp16.800"
    assert formatting.rupiah(148_260_000) == "Rp148.260.000"
    assert formatting.rupiah(0) == "Rp0"
    assert formatting.long_date(dt.date(2026, 11, 23)) == "23 November 2026"
    assert formatting.short_date(dt.date(1975, 8, 2)) == "02-08-1975"


@pytest.mark.parametrize(
    "text", ["12-08-1975", "12/08/1975", "12.08.1975", "1975-08-12", "12 Agustus 1975", "12 Agt 1975",
             dt.date(1975, 8, 12), dt.datetime(1975, 8, 12, 0, 0)],
)
def test_dates_in_every_real_world_form(text):
    assert parsing.parse_date(text) == dt.date(1975, 8, 12)


@pytest.mark.parametrize("text", ["31-02-1975", "tanggal", "12 Foo 1975"])
def test_unreadable_dates_raise_an_indonesian_message(text):
    with pytest.raises(parsing.ParseError) as info:
        parsing.parse_date(text)
    assert "Tanggal" in str(info.value)


@pytest.mark.parametrize("text, sex", [("L", "L"), ("Laki-laki", "L"), ("p", "P"), ("Perempuan", "P"),
                                       ("PEREMPUAN", "P"), ("", None)])
def test_sex_forms(text, sex):
    assert parsing.parse_sex(text) == sex


@pytest.mark.parametrize("text, n", [("1", 1), ("001", 1), ("RT 01", 1), ("rt.12", 12), (3.0, 3), ("", None)])
def test_rt_rw_forms(text, n):
    assert parsing.parse_rt_rw(text) == n


def test_rt_zero_is_refused():
    with pytest.raises(parsing.ParseError):
        parsing.parse_rt_rw("000")


def test_phone_rules():
    assert parsing.phone_problem("0812-3456-7890") is None
    assert parsing.phone_problem("+6281234567890") is None
    assert parsing.phone_problem("12345") is not None


def test_region_codes():
    assert region.format_code("1872011001") == "18.72.01.1001"
    assert region.format_code("1872") == "18.72"
    assert region.village_problem("18.72.01.1001") is None
    assert region.village_problem("18.72.01.100") is not None
    assert region.is_kelurahan("18.72.01.1001") and not region.is_kelurahan("18.72.01.2001")
    assert region.kecamatan_of("18.72.01.1001") == "18.72.01"


@pytest.mark.parametrize("value, n", [("1.500.000", 1_500_000), ("Rp 2.750.000", 2_750_000), (1500000.0, 1_500_000),
                                      ("1500000", 1_500_000)])
def test_money_forms(value, n):
    assert parsing.parse_int(value, "Penghasilan") == n


@pytest.mark.parametrize("value", [1500000.5, "1500000.5", "1.5", "1,5 juta"])
def test_fractions_are_refused_not_multiplied(value):
    with pytest.raises(parsing.ParseError, match="bilangan bulat"):
        parsing.parse_int(value, "Penghasilan")
