"""The NIK and other inputs, everywhere: direct service calls included (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain.parsing import (
    ParseError,
    normalise_phone,
    parse_date,
    parse_rt_rw,
    parse_rw,
)
from jamsostek_desktop.errors import DuplicateNikError, ValidationError
from jamsostek_desktop.services.participants import enrolment
from tests.unit.screening.helpers import values


@pytest.mark.parametrize("typed", ["1872 0112 0875 0003", "1872.0112.0875.0003", "187201-120875-0003",
                                   " 1872011208750003 "])
def test_a_nik_typed_any_way_is_stored_compact_and_found_as_a_duplicate(kelurahan_db, typed):
    p = enrolment.enrol(values(1, nik=typed, born=dt.date(1975, 8, 12)), "ketua-rt", accept_warnings=True)
    assert Participant.get_by_id(p.id).nik == "1872011208750003"
    with pytest.raises(DuplicateNikError):
        enrolment.enrol(values(2, nik="1872-0112-0875-0003", born=dt.date(1975, 8, 12)), "ketua-rt",
                        accept_warnings=True)
    assert enrolment.duplicate_of(typed).id == p.id
    assert Participant.select().count() == 1


@pytest.mark.parametrize(("nik", "words"), [
    ("0072011208750003", "provinsi"), ("1800011208750003", "kabupaten/kota"), ("1872001208750003", "kecamatan"),
])
def test_zero_region_parts_are_refused(nik, words):
    errors = [f for f in nik_rules.check(nik) if f.is_error]
    assert errors and words in str(errors[0].message)
    assert not nik_rules.is_clean(nik, dt.date(2026, 11, 23))


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12), st.booleans())
def test_the_date_part_is_a_calendar_date_for_the_sex(day, month, woman):
    nik = f"187201{day + (40 if woman else 0):02d}{month:02d}75{'0003'}"
    info = nik_rules.parse(nik, dt.date(2026, 11, 23))
    assert (info.birth_date, info.sex) == (dt.date(1975, month, day), "P" if woman else "L")


@pytest.mark.parametrize("day", ["00", "32", "40", "72", "99"])
def test_impossible_date_parts_are_refused(day):
    assert any(f.is_error for f in nik_rules.check(f"187201{day}0875" + "0003"))


def test_an_unknown_region_is_a_warning_only():
    findings = nik_rules.check("9999011208750003")
    assert findings and not any(f.is_error for f in findings)


def test_a_rt_column_saying_rw_is_refused():
    with pytest.raises(ParseError) as info:
        parse_rt_rw("RW 05", "RT")
    assert "RW" in str(info.value)
    with pytest.raises(ParseError):
        parse_rw("RT 3", "RW")
    assert parse_rt_rw("RT 05", "RT") == 5 and parse_rw("rw.02", "RW") == 2


@pytest.mark.parametrize("text", ["12-08-75", "12/08/75", "1-1-70"])
def test_dates_need_a_four_digit_year(text):
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert "empat digit" in str(info.value)


def test_names_must_contain_letters(kelurahan_db):
    with pytest.raises(ValidationError) as info:
        enrolment.enrol(values(1, nama="12345 ..."), "ketua-rt", accept_warnings=True)
    assert any("huruf" in d for d in info.value.details)
    assert Participant.select().count() == 0


@pytest.mark.parametrize("typed", ["+62 812-3456-7890", "62812 3456 7890", "0812.3456.7890", "(0812) 34567890"])
def test_phones_are_stored_as_08(kelurahan_db, typed):
    assert normalise_phone(typed) == "081234567890"
    p = enrolment.enrol(dict(values(1), telepon=typed), "ketua-rt", accept_warnings=True)
    assert Participant.get_by_id(p.id).telepon == "081234567890"


def test_the_category_age_window_is_a_warning(kelurahan_db):
    young = values(1, born=dt.date(2007, 1, 5))
    young["nik"] = "1872010501070003"
    with pytest.raises(enrolment.WarningsNeedConfirmation) as info:
        enrolment.enrol(young, "ketua-rt")
    assert any("rentang usia kategori" in d for d in info.value.details)
    assert enrolment.enrol(young, "ketua-rt", accept_warnings=True).id


def test_sheet_and_category_aliases_come_from_the_catalogue(kelurahan_db, tmp_path):
    from jamsostek_desktop.services.excel import importing as excel_import
    from jamsostek_desktop.services.participants import catalogue
    from tests.unit.excel.conftest import HEADER, person_row, write_book

    assert "Linmas" in catalogue.get("petugas-linmas").eligibility.aliases
    rows = [HEADER, person_row(1, "1872011208750003")]
    path = write_book(tmp_path / "data.xlsx", {"Linmas": rows, "Ketua RT dan RW": [HEADER, person_row(
        1, "1872015208800001", nama="Siti Aminah", birth="12-08-1980", sex="P")]})
    report = excel_import.import_file(path)
    assert report.committed and report.by_category == {"petugas-linmas": 1, "ketua-rt": 1}
