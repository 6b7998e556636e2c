"""NIK rules: structure, encoded birth date and sex, unknown regions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desktop.domain import nik

TODAY = dt.date(2026, 11, 23)
MAN = "1872011208750003"      # Metro, born 12-08-1975, male
WOMAN = "1872015208750004"    # Metro, born 12-08-1975, female (day + 40)


def test_male_nik_decodes_birth_date_and_sex():
    info = nik.parse(MAN, TODAY)
    assert info.birth_date == dt.date(1975, 8, 12)
    assert info.sex == "L"
    assert info.region_code == "187201"
    assert info.province_name == "Lampung" and info.regency_name == "METRO"


def test_female_nik_has_forty_added_to_the_day():
    info = nik.parse(WOMAN, TODAY)
    assert info.birth_date == dt.date(1975, 8, 12)
    assert info.sex == "P"


def test_two_digit_year_resolves_to_the_latest_past_date():
    assert nik.parse("1872010101050001", TODAY).birth_date == dt.date(2005, 1, 1)
    assert nik.parse("1872010101300001", TODAY).birth_date == dt.date(1930, 1, 1)


def test_valid_nik_matching_the_form_has_no_findings():
    assert nik.check(MAN, dt.date(1975, 8, 12), "L", TODAY) == []
    assert nik.check(WOMAN, dt.date(1975, 8, 12), "P", TODAY) == []


@pytest.mark.parametrize(
    "value, fragment",
    [
        ("", "wajib"),
        ("18720112087500", "16 digit (sekarang 14"),
        ("18720112087500031", "16 digit"),
        ("1872O11208750003", "hanya boleh berisi angka"),
        ("1872013208750003", "Tanggal lahir di dalam NIK"),   # day 32
        ("1872011213750003", "Tanggal lahir di dalam NIK"),   # month 13
        ("1872011208750000", "0000"),
    ],
)
def test_malformed_nik_is_an_error(value, fragment):
    findings = nik.check(value, today=TODAY)
    assert any(f.is_error and fragment in f.message for f in findings), findings


def test_separators_are_tolerated():
    assert nik.check("1872 0112 0875 0003", today=TODAY) == []


def test_sex_disagreeing_with_nik_is_an_error():
    findings = nik.check(WOMAN, dt.date(1975, 8, 12), "L", TODAY)
    assert [f.message for f in findings if f.is_error] == [
        "NIK ini milik seorang perempuan, tidak cocok dengan jenis kelamin."
    ]


def test_birth_date_disagreeing_with_nik_is_a_warning_not_a_refusal():
    findings = nik.check(MAN, dt.date(1975, 8, 13), "L", TODAY)
    assert len(findings) == 1 and "12-08-1975" in findings[0].message
    assert not findings[0].is_error   # a corrected birth date keeps the old NIK


def test_unknown_region_is_a_warning_not_an_error():
    findings = nik.check("9999011208750003", today=TODAY)
    assert len(findings) == 1
    assert not findings[0].is_error and "tidak dikenal" in findings[0].message
    assert nik.is_valid_structure("9999011208750003")


def test_papua_nik_with_old_prefix_is_accepted():
    # Issued in Papua (91) before the 2022 split; the holder may live anywhere.
    assert [f for f in nik.check("9171011208750003", today=TODAY) if f.is_error] == []


def test_mask_hides_the_middle():
    assert nik.mask(MAN) == "1872********0003"


@given(
    birth=st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2008, 12, 31)),
    sex=st.sampled_from("LP"),
    serial=st.integers(min_value=1, max_value=9999),
)
def test_any_constructed_nik_round_trips(birth, sex, serial):
    day = birth.day + (40 if sex == "P" else 0)
    value = f"187201{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    info = nik.parse(value, TODAY)
    assert (info.birth_date, info.sex) == (birth, sex)
    assert nik.check(value, birth, sex, TODAY) == []
