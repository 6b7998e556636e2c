"""The register import with generated lists in each layout and format, and re-imports of a newer list."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from jamsostek_desktop.db.models import AuditEntry
from jamsostek_desktop.db.resident_models import Resident, ResidentImport
from jamsostek_desktop.services.excel.reader import ImportRefusedError, UnsureColumnsError
from jamsostek_desktop.services.residents import importing, lookup
from tests.unit.residents.layouts import BY_NAME, PEOPLE, Person, moved_on, write, write_layout

LAYOUTS = ("opensid", "siak", "kk_block")
FORMATS = (".xlsx", ".xls", ".ods")


def _resident(name: str) -> Resident:
    return Resident.get(Resident.nik == BY_NAME[name].nik)


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_and_format_fills_the_register(kelurahan_db, tmp_path, layout, suffix):
    path = write_layout(tmp_path, layout, suffix)
    report = importing.import_file(path)
    assert report.committed and not report.errors, [str(p) for p in report.errors]
    assert (report.layout, report.rows_valid, report.added, report.families) == (layout, 7, 7, 3)
    slamet = _resident("SLAMET RIYADI")
    # The birth date, not the passport's expiry date; sex from the code 1; RW 002.
    assert (slamet.nama, slamet.tanggal_lahir, slamet.jenis_kelamin, slamet.rt, slamet.rw, slamet.no_kk) == (
        "SLAMET RIYADI", dt.date(1975, 8, 12), "L", 3, 2, BY_NAME["SLAMET RIYADI"].kk)
    assert (slamet.tempat_lahir, slamet.status, slamet.kelurahan_code) == ("METRO", "hidup", "18.72.01.1001")
    assert _resident("SITI AMINAH").jenis_kelamin == "P"
    dewi = _resident("DEWI LESTARI")
    assert (dewi.rw, dewi.rt, dewi.dusun) == (0, 2, "KARANG ANYAR")     # RW "-": a village without RW
    if layout != "kk_block":   # a BIP lists the living; the others say who died or moved
        assert (_resident("SUPARMI").status, _resident("AHMAD MARUF").status) == ("mati", "pindah")
    # A birth date disagreeing with the NIK is kept, marked and reported as a warning.
    wahyu = _resident("WAHYU HIDAYAT")
    assert (wahyu.tanggal_lahir, wahyu.notes) == (dt.date(1995, 11, 3), "tanggal_lahir")
    warned = [p for p in report.warnings if "tidak cocok dengan NIK" in p.message]
    assert len(warned) == 1 and not warned[0].is_error
    entry = ResidentImport.get()
    assert (entry.rows, entry.added, entry.layout, entry.file_name) == (7, 7, layout, path.name)
    assert AuditEntry.select().where(AuditEntry.table == "resident").count() == 1


def test_kk_block_members_take_the_family_line(kelurahan_db, tmp_path):
    importing.import_file(write_layout(tmp_path, "kk_block", ".xlsx"))
    budi = _resident("BUDI SANTOSO")
    assert (budi.no_kk, budi.alamat, budi.rt, budi.rw) == (BY_NAME["BUDI SANTOSO"].kk, "JL. MAWAR NO. 1", 1, 1)
    assert _resident("DEWI LESTARI").rw == 0      # "RT/RW : 002/000" on the family line


def test_siak_status_column_holding_marital_status_is_not_taken_for_life_status(kelurahan_db, tmp_path):
    path = write_layout(tmp_path, "siak", ".xlsx", status_column="marital")
    prepared = importing.prepare(path)
    assert prepared.mapping["STATUS"] == "" and "STATUS" not in prepared.unsure
    importing.import_file(path)
    assert {r.status for r in Resident.select()} == {"hidup"}


def test_a_newer_list_updates_the_register_and_marks_who_left(kelurahan_db, tmp_path):
    importing.import_file(write_layout(tmp_path, "opensid", ".xlsx"))
    newcomer = Person("RINA MARLINA", dt.date(2001, 2, 14), "P", 8, "1872010404110004", "JL. MELATI 2", 4, 3)
    siti = moved_on(BY_NAME["SITI AMINAH"], alamat="JL. MELATI 9", rt=4, rw=3)
    newer = [p for p in PEOPLE if p.nama not in ("BUDI SANTOSO", "SITI AMINAH")] + [siti, newcomer]
    folder = tmp_path / "newer"
    folder.mkdir()
    report = importing.import_file(write_layout(folder, "opensid", ".xlsx", newer))
    assert (report.added, report.updated, report.unchanged, report.left, report.returned) == (1, 1, 5, 1, 0)
    assert _resident("SITI AMINAH").alamat == "JL. MELATI 9"
    assert lookup.by_nik(BY_NAME["BUDI SANTOSO"].nik).left
    assert lookup.by_nik(newcomer.nik).nama == "RINA MARLINA"
    # The same list again changes nothing; the first list again brings Budi back.
    again = importing.import_file(folder / "opensid.xlsx")
    assert (again.added, again.updated, again.left, again.unchanged) == (0, 0, 0, 7)
    back = importing.import_file(tmp_path / "opensid.xlsx")
    assert back.returned == 1 and not lookup.by_nik(BY_NAME["BUDI SANTOSO"].nik).left
    # A partial list (one dusun) marks nobody as left.
    dusun = importing.import_file(write_layout(folder, "siak", ".xlsx", PEOPLE[4:]), full_list=False)
    assert dusun.left == 0 and Resident.select().where(Resident.left_at.is_null(False)).count() == 1


def test_a_doubtful_column_is_asked_about_not_guessed(kelurahan_db, tmp_path):
    p = BY_NAME["SLAMET RIYADI"]
    path = write(tmp_path / "paspor.xlsx", [["NIK", "Nama", "Tanggal Akhir Paspor"], [p.nik, p.nama, "01-01-2030"]])
    assert importing.prepare(path).unsure == {"Tanggal Akhir Paspor": "tanggal_lahir"}
    with pytest.raises(UnsureColumnsError, match="Tanggal Akhir Paspor") as refused:
        importing.import_file(path)
    assert refused.value.unsure == {"Tanggal Akhir Paspor": "tanggal_lahir"}
    assert Resident.select().count() == 0
    report = importing.import_file(path, mapping={"Tanggal Akhir Paspor": ""})
    assert report.committed and _resident("SLAMET RIYADI").tanggal_lahir is None
    # The answer is remembered with the headers: the next such file is not asked about again.
    assert importing.prepare(path).unsure == {}


def test_bad_rows_refuse_the_file_unless_the_clerk_keeps_the_good_ones(kelurahan_db, tmp_path):
    rows = [["NIK", "Nama Penduduk", "Tanggal Lahir", "Kelamin"],
            [BY_NAME["SLAMET RIYADI"].nik, "SLAMET RIYADI", "12-08-1975", 1],
            [1.87201e15, "BULAT", "12-08-1975", 1],                      # a NIK Excel rounded
            ["18720112", "PENDEK", "12-08-1975", 1],                     # too short
            [BY_NAME["SITI AMINAH"].nik, "", "12-08-1980", 2],           # no name
            [BY_NAME["BUDI SANTOSO"].nik, "BUDI SANTOSO", "01-01-1970", 1],
            [BY_NAME["BUDI SANTOSO"].nik, "BUDI S.", "01-01-1970", 1]]   # the same NIK twice
    path = write(tmp_path / "campur.xlsx", rows)
    report = importing.import_file(path)
    assert report.refused and not report.committed and Resident.select().count() == 0
    assert sorted({p.row for p in report.errors}) == [3, 4, 5, 6, 7]
    assert any("Format Cells > Text" in p.message for p in report.errors if p.row == 3)
    assert len([p for p in report.errors if p.row == 3]) == 1       # reported once, with the fix
    partial = importing.import_file(path, strict=False)
    assert partial.committed and [r.nama for r in Resident.select()] == ["SLAMET RIYADI"]


def test_refusals_leave_the_register_as_it_was(kelurahan_db, tmp_path):
    importing.import_file(write_layout(tmp_path, "siak", ".xlsx"))
    before = [(r.nik, r.nama, r.left_at) for r in Resident.select().order_by(Resident.id)]
    with pytest.raises(ImportRefusedError):
        importing.import_file(write(tmp_path / "kosong.xlsx", [["Barang", "Jumlah"], ["Kertas", 3]]))
    notes = tmp_path / "bukan.xlsx"
    notes.write_text("bukan excel")
    with pytest.raises(ImportRefusedError):
        importing.import_file(notes)
    assert [(r.nik, r.nama, r.left_at) for r in Resident.select().order_by(Resident.id)] == before


def test_a_dry_run_writes_nothing_and_the_report_is_saved(kelurahan_db, tmp_path):
    from openpyxl import load_workbook

    from jamsostek_desktop.services.excel.import_report import save_report

    path = write(tmp_path / "data.xlsx", [["NIK", "Nama"], ["123", "PENDEK"], [BY_NAME["SUPARMI"].nik, "SUPARMI"]])
    report = importing.import_file(path, dry_run=True)
    assert Resident.select().count() == 0 and ResidentImport.select().count() == 0
    saved = save_report(report, tmp_path / "laporan")
    book = load_workbook(saved)
    assert book.sheetnames == ["Penduduk", "Laporan"]
    assert book["Penduduk"]["A2"].value == "123" and "16 digit" in book["Penduduk"]["C2"].value


def test_no_personal_data_reaches_the_log(kelurahan_db, tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="jamsostek_desktop")
    importing.import_file(write_layout(tmp_path, "opensid", ".xlsx"))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "resident import" in logged
    for p in PEOPLE:
        assert p.nik not in logged and p.nama not in logged and p.kk not in logged


def test_an_operator_may_import_the_register(staffed_db, login_as, tmp_path):
    login_as("budi")
    assert importing.import_file(write_layout(tmp_path, "siak", ".xlsx")).committed
    assert AuditEntry.select().where(AuditEntry.table == "resident").get().actor == "budi"
