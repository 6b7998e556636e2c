"""The participant import of the office's resident lists (issue 20's three faults), and the register's warnings."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.excel import importing as excel_import
from jamsostek_desktop.services.excel.reader import UnsureColumnsError
from jamsostek_desktop.services.residents import importing as residents_import
from tests.unit.residents.layouts import BY_NAME, PEOPLE, Person, write, write_layout


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods"])
@pytest.mark.parametrize("layout", ["opensid", "siak"])
def test_a_resident_export_imports_as_participants(kelurahan_db, tmp_path, layout, suffix):
    """Before: the passport's expiry taken for the birth date, sex 1/2 refused, RW '-' refused: no row taken."""
    report = excel_import.import_file(write_layout(tmp_path, layout, suffix), "ketua-rt")
    assert not report.errors, [str(p) for p in report.errors]
    assert report.imported == len(PEOPLE)
    slamet = Participant.get(Participant.nik == BY_NAME["SLAMET RIYADI"].nik)
    assert (slamet.tanggal_lahir, slamet.jenis_kelamin, slamet.tempat_lahir, slamet.rt, slamet.rw) == (
        dt.date(1975, 8, 12), "L", "METRO", 3, 2)
    assert Participant.get(Participant.nik == BY_NAME["SITI AMINAH"].nik).jenis_kelamin == "P"
    assert Participant.get(Participant.nik == BY_NAME["DEWI LESTARI"].nik).rw == 0     # no RW in a dusun village
    # The birth date disagreeing with the NIK is a warning carried along, not a refusal.
    wahyu = Participant.get(Participant.nik == BY_NAME["WAHYU HIDAYAT"].nik)
    assert wahyu.tanggal_lahir == dt.date(1995, 11, 3)
    assert any("tidak cocok dengan NIK" in p.message and not p.is_error for p in report.warnings)


def test_a_doubtful_column_is_asked_about_in_the_participant_import_too(kelurahan_db, tmp_path):
    p = BY_NAME["SLAMET RIYADI"]
    path = write(tmp_path / "paspor.xlsx", [["NIK", "Nama", "L/P", "RT", "RW", "Tanggal Akhir Paspor"],
                                           [p.nik, p.nama, "L", 3, 2, "01-01-2030"]])
    with pytest.raises(UnsureColumnsError, match="mungkin Tanggal lahir"):
        excel_import.import_file(path, "ketua-rt", dry_run=True)
    report = excel_import.import_file(path, "ketua-rt", dry_run=True, mapping={"Tanggal Akhir Paspor": ""})
    assert [x.message for x in report.errors] == ["Tanggal lahir wajib diisi."]


def test_the_register_warns_of_the_dead_the_moved_and_niks_it_lacks(kelurahan_db, tmp_path):
    residents_import.import_file(write_layout(tmp_path, "opensid", ".xlsx"))
    stranger = Person("ORANG LUAR", dt.date(1988, 4, 4), "L", 9, "1872010909990009", "JL. JAUH", 5, 5)
    folder = tmp_path / "peserta"
    folder.mkdir()
    report = excel_import.import_file(write_layout(folder, "siak", ".xlsx", (*PEOPLE, stranger)), "ketua-rt",
                                      dry_run=True)
    by_name = {}
    for problem in report.warnings:
        by_name.setdefault(problem.row, []).append(problem.message)
    rows = {p.nama: i for i, p in enumerate((*PEOPLE, stranger), start=2)}
    assert any("sudah meninggal" in m for m in by_name[rows["SUPARMI"]])
    assert any("sudah pindah" in m for m in by_name[rows["AHMAD MARUF"]])
    assert any("tidak ada di data penduduk" in m for m in by_name[rows["ORANG LUAR"]])
    assert not any("data penduduk" in m for m in by_name.get(rows["SLAMET RIYADI"], []))
    assert not report.errors and report.rows_valid == len(PEOPLE) + 1


def test_without_a_register_no_nik_is_missing_from_it(kelurahan_db, tmp_path):
    report = excel_import.import_file(write_layout(tmp_path, "siak", ".xlsx"), "ketua-rt", dry_run=True)
    assert not any("data penduduk" in p.message for p in report.problems)
