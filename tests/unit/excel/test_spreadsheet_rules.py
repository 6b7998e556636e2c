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


# --- issue 20: an OpenSID export's headers, sex codes, villages without RW --------------------

OPENSID_HEADERS = ["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir",
                   "tanggallahir", "agama_id", "nama_ayah", "dokumen_pasport", "tanggal_akhir_paspor",
                   "tanggalperkawinan", "status_kawin", "alamat_sekarang", "status_dasar"]


def test_a_header_that_merely_contains_a_word_never_beats_a_better_match():
    mapping = headers.suggest(OPENSID_HEADERS)
    assert mapping["tanggallahir"] == "tanggal_lahir"
    assert mapping["tempatlahir"] == "tempat_lahir"
    assert mapping["tanggal_akhir_paspor"] == headers.IGNORE
    assert mapping["nama"] == "nama" and mapping["nama_ayah"] == headers.IGNORE
    assert mapping["alamat"] == "alamat" and mapping["alamat_sekarang"] == headers.IGNORE
    assert (mapping["nik"], mapping["sex"], mapping["rt"], mapping["rw"]) == ("nik", "jenis_kelamin", "rt", "rw")
    # ... in any column order.
    assert headers.suggest(list(reversed(OPENSID_HEADERS)))["tanggallahir"] == "tanggal_lahir"


def test_a_column_the_importer_is_unsure_of_is_asked_about_not_guessed():
    labels = ["NIK", "Nama", "Tanggal Akhir Paspor", "Nama Posyandu", "NIK (16 digit)", "Tgl Lahir (dd-mm-yyyy)"]
    suggestion = headers.suggestion(["NIK", "Nama", "Tanggal Akhir Paspor", "Nama Posyandu"])
    assert suggestion.mapping["Tanggal Akhir Paspor"] == headers.IGNORE
    assert suggestion.unsure == {"Tanggal Akhir Paspor": "tanggal_lahir"}
    # A taken field is no question; qualifier words ("16 digit", "dd-mm-yyyy") are no doubt.
    suggestion = headers.suggestion(labels)
    assert suggestion.mapping["Tgl Lahir (dd-mm-yyyy)"] == "tanggal_lahir"
    assert suggestion.mapping["NIK (16 digit)"] == headers.IGNORE
    assert suggestion.unsure == {}
    assert headers.match("Tanggal Akhir Paspor") == ("tanggal_lahir", False)
    assert headers.match("tanggallahir") == ("tanggal_lahir", True)


@pytest.mark.parametrize("value, sex", [("1", "L"), ("2", "P"), (1, "L"), (2.0, "P"), ("L", "L"), ("Pr", "P")])
def test_sex_written_as_codes(value, sex):
    from jamsostek_desktop.domain.parsing import parse_sex

    assert parse_sex(value) == sex


@pytest.mark.parametrize("value, rw", [("-", 0), ("000", 0), ("0", 0), ("002", 2), (None, None)])
def test_rw_dash_is_a_village_without_rw(value, rw):
    from jamsostek_desktop.domain.parsing import parse_rw

    assert parse_rw(value) == rw
