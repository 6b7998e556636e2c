"""Looking residents up: as the clerk types, by NIK, many NIKs at once, counts."""

from __future__ import annotations

import pytest

from jamsostek_desktop.services.residents import importing, lookup
from tests.unit.residents.layouts import BY_NAME, PEOPLE, write_layout


@pytest.fixture
def register(kelurahan_db, tmp_path):
    importing.import_file(write_layout(tmp_path, "opensid", ".xlsx"))
    return kelurahan_db


def test_search_by_the_start_of_name_words(register):
    assert [e.nama for e in lookup.search("slam")] == ["SLAMET RIYADI"]
    assert [e.nama for e in lookup.search("riya")] == ["SLAMET RIYADI"]
    assert [e.nama for e in lookup.search("sit ami")] == ["SITI AMINAH"]
    assert [e.nama for e in lookup.search("ahmad ma")] == ["AHMAD MARUF"]
    assert lookup.search("s") == [] and lookup.search("zzz") == []


def test_search_by_the_first_digits_of_a_nik(register):
    slamet = BY_NAME["SLAMET RIYADI"]
    assert [e.nama for e in lookup.search(slamet.nik[:10])] == ["SLAMET RIYADI"]
    assert len(lookup.search("1872")) == len(PEOPLE)
    assert lookup.search("187") == []            # too few digits to mean anything
    assert lookup.search("1872 0112 0875")[0].nik == slamet.nik


def test_living_residents_come_first(register):
    found = lookup.search("1872", limit=20)
    assert [e.status for e in found][-2:] != ["hidup", "hidup"]
    assert {e.status for e in found[:5]} == {"hidup"}


def test_by_nik_gives_the_form_values(register):
    dewi = lookup.by_nik(BY_NAME["DEWI LESTARI"].nik)
    values = dewi.form_values()
    assert values["alamat"] == "KARANG ANYAR" and values["rw"] == 0 and values["jenis_kelamin"] == "P"
    wahyu = lookup.by_nik(BY_NAME["WAHYU HIDAYAT"].nik)
    assert wahyu.mismatched == ("tanggal_lahir",)
    assert lookup.by_nik("1872") is None and lookup.by_nik("9999999999999999") is None


def test_status_of_many_niks_and_the_areas_covered(register):
    niks = [p.nik for p in PEOPLE] + ["1872010101990009"]
    found = lookup.status_of(niks)
    assert set(found) == {p.nik for p in PEOPLE}
    assert found[BY_NAME["SUPARMI"].nik].status == "mati"
    assert found[BY_NAME["AHMAD MARUF"].nik].status == "pindah"
    # The whole-register pass for large files gives the same answer.
    big = niks + [f"18720101019{n:05d}" for n in range(6000)]
    assert {k: v.status for k, v in lookup.status_of(big).items()} == {k: v.status for k, v in found.items()}
    assert lookup.covered_areas() == {"18.72.01.1001"}


def test_counts(register):
    counts = lookup.counts()
    assert (counts.total, counts.by_status, counts.left, counts.families) == (
        7, {"hidup": 5, "mati": 1, "pindah": 1}, 0, 3)
    assert counts.latest.file_name == "opensid.xlsx"


def test_an_empty_register(kelurahan_db):
    assert not lookup.exists() and lookup.covered_areas() == set() and lookup.search("slamet") == []
    assert lookup.counts().total == 0 and lookup.counts().latest is None
