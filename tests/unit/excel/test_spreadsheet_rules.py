"""Pure rules: header words, header row, cells Excel mangles."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.domain import spreadsheet_cells as cells
from jamsostek_desktop.domain import spreadsheet_headers as headers


@pytest.mark.parametrize("label, target", [
    ("NIK", "nik"), ("No. KTP", "nik"), ("Nomor Induk Kependudukan", "nik"), ("NIK (16 digit)", "nik"),
    ("Nama Lengkap", "nama"), ("NAMA", "nama"), ("Tgl Lahir", "tanggal_lahir"),
    ("Tgl. Lahir", "tanggal_lahir"), ("Tempat/Tgl Lahir", headers.BIRTH_PLACE_DATE),
    ("L/P", "jenis_kelamin"), ("Jenis Kelamin", "jenis_kelamin"), ("JK", "jenis_kelamin"),
    ("RT", "rt"), ("RW", "rw"), ("RT/RW", headers.RT_RW), ("No. HP", "telepon"), ("E-mail", "email"),
    ("Mulai bertugas (TMT)", "tmt"), ("Jenis Pekerjaan", headers.CATEGORY), ("No", headers.IGNORE),
    ("Tanda Tangan", headers.IGNORE), ("Hobi", None),
])
def test_header_words(label, target):
    assert headers.target_of(label) == target


def test_a_category_field_label_wins_but_gives_rt_back_when_no_other_column_holds_it():
    extra = {"nomor rt": "x:nomor_rt"}
    assert headers.suggest(["RT", "Nomor RT"], extra) == {"RT": "rt", "Nomor RT": "x:nomor_rt"}
    assert headers.suggest(["Nomor RT"], extra) == {"Nomor RT": "rt"}


def test_header_found_below_a_title_block():
    rows = [["DAFTAR NOMINATIF KETUA RT", "", ""], ["KELURAHAN YOSODADI", "", ""], ["", "", ""],
            ["No", "NIK", "Nama"], [1, "1872011208750003", "Slamet"]]
    layout = headers.find_header(rows)
    assert (layout.row, layout.depth, layout.labels) == (3, 1, ("No", "NIK", "Nama"))


def test_two_row_merged_header_takes_the_lower_labels():
    rows = [["No", "NIK", "Tempat/Tanggal Lahir", "", "Alamat", "", ""],
            ["", "", "Tempat", "Tanggal", "Jalan", "RT", "RW"],
            [1, "1872011208750003", "Metro", "12-08-1975", "Jl. X", 3, 2]]
    headers.fill_merged(rows, [((0, 2), (0, 3)), ((0, 4), (0, 6))])
    layout = headers.find_header(rows)
    assert layout.depth == 2 and layout.data_start == 2
    assert headers.suggest(layout.labels) == {
        "No": "", "NIK": "nik", "Tempat": "tempat_lahir", "Tanggal": "tanggal_lahir", "Jalan": "alamat",
        "RT": "rt", "RW": "rw"}


def test_no_header_in_a_sheet_that_is_not_a_roster():
    rows = [["Barang", "Jumlah", "Harga"], ["Kertas", 3, 45000]]
    assert headers.find_header(rows) is None


def test_column_index_row_and_labels():
    assert headers.is_column_index_row([1, 2, 3, 4, 5])
    assert not headers.is_column_index_row([1, "1872011208750003", "Slamet"])
    assert headers.unique_labels(["RT", "", "RT"]) == ["RT", "Kolom B", "RT (2)"]
    assert headers.headers_key(["No. KTP", "Nama"]) == headers.headers_key(["no ktp", "NAMA"])


@pytest.mark.parametrize("value", [1.87201e15, 1872011208750000.0, "1.87201E+15", "1,87201E+15",
                                   9101011208750003.0, 1872011208.75])
def test_rounded_nik_is_refused_with_a_fix(value):
    text, problem = cells.nik_cell(value)
    assert problem == cells.ROUNDED_NIK_HELP and "Format Cells > Text" in problem


@pytest.mark.parametrize("value, expected", [
    ("1872011208750003", "1872011208750003"), ("'1872011208750003", "1872011208750003"),
    (1872011208750003.0, "1872011208750003"), (1872011208750003, "1872011208750003"),
])
def test_whole_nik_passes(value, expected):
    assert cells.nik_cell(value) == (expected, None)


def test_cells_excel_mangles():
    assert cells.date_cell(27618.0) == dt.date(1975, 8, 12)
    assert cells.date_cell("12-08-1975") == "12-08-1975"
    assert cells.phone_cell(81234567890.0) == "081234567890"
    assert cells.text_cell(12.0) == "12"
    assert cells.split_birth("Metro, 12-08-1975") == ("Metro", "12-08-1975")
    assert cells.split_birth("Bandar Lampung / 12 Agustus 1975") == ("Bandar Lampung", "12 Agustus 1975")
    assert cells.split_rt_rw("003/002") == ("003", "002")
    assert cells.split_rt_rw("RT 3 RW 2") == ("3", "2")


def test_row_cells_gathers_a_raw_participant():
    columns = [(0, "nik"), (1, headers.BIRTH_PLACE_DATE), (2, headers.RT_RW), (3, "x:nomor_rt"),
               (4, headers.CATEGORY), (5, "telepon")]
    row = ["1872011208750003", "Metro, 12-08-1975", "003/002", 3.0, "Ketua RT", 81234567890.0]
    out = cells.row_cells(row, cells.compile_columns(columns, {"nomor_rt": "int"}))
    assert out.raw == {"nik": "1872011208750003", "tempat_lahir": "Metro", "tanggal_lahir": "12-08-1975",
                       "rt": "003", "rw": "002", "fields": {"nomor_rt": 3.0}, "telepon": "081234567890"}
    assert out.category == "Ketua RT" and out.nik_problem is None


def test_exact_header_words_win_over_words_that_only_start_a_header():
    labels = ["Nama Posyandu", "Nama Lengkap", "NIK (16 digit)", "NIK"]
    assert headers.suggest(labels) == {"Nama Posyandu": "", "Nama Lengkap": "nama", "NIK (16 digit)": "",
                                       "NIK": "nik"}
