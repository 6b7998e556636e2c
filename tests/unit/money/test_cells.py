"""The cells of BPJS's files: KPJ numbers cleaned or refused with a reason, Rupiah, headers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desktop.domain import bpjs_cells as cells


@pytest.mark.parametrize("value, kpj", [
    ("12345678901", "12345678901"), (12345678901, "12345678901"), (12345678901.0, "12345678901"),
    ("12345678901.0", "12345678901"), ("'02345678901", "02345678901"), ("123 4567 8901", "12345678901"),
    ("", ""), (None, ""),
])
def test_kpj_forms_that_are_cleaned(value, kpj):
    assert cells.kpj_cell(value) == (kpj, None)


@pytest.mark.parametrize("value, words", [
    ("1.23457E+10", "notasi ilmiah"), (1234567890.0, "0 di depan"), ("1234567890", "11 digit"),
    ("123456789012", "11 digit"), ("12345A78901", "bukan angka"), (12345678901.5, "pecahan"),
])
def test_kpj_forms_that_are_refused_with_a_reason(value, words):
    kpj, problem = cells.kpj_cell(value)
    assert kpj == "" and words in problem


@given(st.integers(10**10, 10**11 - 1))
def test_any_eleven_digit_kpj_survives_excel_as_number_or_text(number):
    assert cells.kpj_cell(float(number))[0] == cells.kpj_cell(str(number))[0] == cells.kpj_cell(f"{number}.0")[0] == str(number)


@pytest.mark.parametrize("value, amount", [
    (16800, 16800), (16800.0, 16800), ("16.800", 16800), ("Rp 16.800,00", 16800), ("16,800", 16800),
    ("1.779.120.000", 1_779_120_000), ("", 0), (None, 0), ("-6.800", -6800),
])
def test_rupiah_cells(value, amount):
    assert cells.rupiah_cell(value) == amount


@pytest.mark.parametrize("value", ["16.8", "enam ribu", 16800.5])
def test_unreadable_rupiah(value):
    assert cells.rupiah_cell(value) is None


def test_header_aliases():
    header = ["No.", "Nomor Induk Kependudukan", "No. KPJ", "Nama Peserta", "Tgl Daftar", "Status", "Alasan Penolakan"]
    assert cells.find_columns(header, cells.ANSWER_ALIASES) == {
        "nik": 1, "kpj": 2, "nama": 3, "tanggal": 4, "status": 5, "alasan": 6}
    assert cells.find_columns(["NIK", "NOMOR PESERTA"], cells.ANSWER_ALIASES) == {"nik": 0, "kpj": 1}


def test_answer_status_words():
    assert cells.answer_status("Berhasil") == cells.answer_status(" AKTIF ") == cells.REGISTERED
    assert cells.answer_status("ditolak") == cells.answer_status("Gagal") == cells.REJECTED
    assert cells.answer_status("diproses") is None


def test_kpj_masked_to_its_last_four_digits():
    assert cells.mask_kpj("12345678901") == "*******8901"
    assert cells.mask_kpj("") == "–"
