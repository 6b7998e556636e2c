"""Pure register rules: life status, the KK-block line, one row read, what the register says of a NIK."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.domain import residents as rules
from jamsostek_desktop.domain.parsing import ParseError

TODAY = dt.date(2026, 11, 23)
SLAMET = "1872011208750003"


@pytest.mark.parametrize("value, status", [
    ("HIDUP", "hidup"), (1, "hidup"), (2.0, "mati"), ("Meninggal Dunia", "mati"), ("3", "pindah"),
    ("PINDAH DALAM NEGERI", "pindah"), ("pergi", "pindah"), (None, "hidup"), ("", "hidup"),
])
def test_life_status_words_and_codes(value, status):
    assert rules.parse_status(value) == status


def test_a_status_column_is_life_status_only_when_its_values_say_so():
    assert rules.looks_like_status(["HIDUP", "MATI", ""])
    assert not rules.looks_like_status(["KAWIN", "BELUM KAWIN"])
    assert not rules.looks_like_status(["KEPALA KELUARGA", "ISTRI"])
    assert not rules.looks_like_status([])
    with pytest.raises(ParseError):
        rules.parse_status("KAWIN")


@pytest.mark.parametrize("row, expected", [
    (["No. KK : 1872010101080001", None, "Kepala Keluarga : SLAMET", "Alamat : JL. KENANGA RT/RW : 003/002 DUSUN : -"],
     rules.FamilyLine("1872010101080001", "JL. KENANGA", "", "003", "002")),
    (["NO KK", "'1872010101080001", "", "DESA LUBUK BESAR RT/RW : 002/000 DUSUN : KAUMAN"],
     rules.FamilyLine("1872010101080001", "", "KAUMAN", "002", "000")),
    ([1872010101080001.0, None, None, None, "NETI HERAWATI"], rules.FamilyLine("1872010101080001")),
])
def test_family_lines(row, expected):
    assert rules.family_line(row, member_columns=[1, 2]) == expected


@pytest.mark.parametrize("row", [
    [1, "SLAMET RIYADI", SLAMET, "METRO"],          # a member
    [None, SLAMET, "", "METRO"],                     # a member with no name: the NIK is in the NIK column
    ["Jumlah keluarga: 3"], [],
])
def test_member_rows_and_other_lines_are_no_family_line(row):
    assert rules.family_line(row, member_columns=[1, 2]) is None


def test_a_row_with_what_disagrees_with_the_nik_is_kept_with_warnings():
    raw = {"nik": SLAMET, "nama": "  slamet   riyadi ", "tanggal_lahir": "13-08-1975", "jenis_kelamin": "2",
           "rw": "-", "rt": "003", "status": "MATI", "no_kk": "12345"}
    values, findings = rules.read_row(raw, TODAY)
    assert values is not None and not any(f.is_error for f in findings)
    assert (values.nama, values.rw, values.rt, values.status, values.no_kk) == ("slamet riyadi", 0, 3, "mati", "")
    assert values.notes == "tanggal_lahir,jenis_kelamin"
    assert {f.field for f in findings} == {"tanggal_lahir", "jenis_kelamin", "no_kk"}


@pytest.mark.parametrize("raw, field", [
    ({"nik": "18720112", "nama": "X"}, "nik"), ({"nik": "", "nama": "X"}, "nik"), ({"nik": SLAMET, "nama": ""}, "nama"),
])
def test_a_row_without_a_usable_nik_or_name_is_refused(raw, field):
    values, findings = rules.read_row(raw, TODAY)
    assert values is None and any(f.is_error and f.field == field for f in findings)


def test_unreadable_cells_are_left_empty_with_a_warning():
    values, findings = rules.read_row({"nik": SLAMET, "nama": "SLAMET", "tanggal_lahir": "kemarin",
                                       "status": "ENTAH"}, TODAY)
    assert values.tanggal_lahir is None and values.status == "hidup"
    assert [f.field for f in findings if not f.is_error] == ["tanggal_lahir", "status"]


def test_full_address_and_register_findings():
    assert rules.full_address("JL. KENANGA 5", "") == "JL. KENANGA 5"
    assert rules.full_address("RT 02", "KARANG ANYAR") == "RT 02, Dusun KARANG ANYAR"
    assert rules.full_address("KARANG ANYAR", "KARANG ANYAR") == "KARANG ANYAR"
    assert rules.full_address("", "Lingkungan II") == "Lingkungan II"
    assert rules.register_findings(True, "hidup", False, True) == []
    assert rules.register_findings(False, "", False, False) == []
    assert "tidak ada di data penduduk" in rules.register_findings(False, "", False, True)[0].message
    assert "meninggal" in rules.register_findings(True, "mati", False, True)[0].message
    assert "pindah" in rules.register_findings(True, "pindah", False, True)[0].message
    assert "terbaru" in rules.register_findings(True, "hidup", True, True)[0].message
    assert not any(f.is_error for f in rules.register_findings(True, "mati", True, True))
