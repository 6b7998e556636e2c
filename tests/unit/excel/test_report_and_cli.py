"""The saved import report (highlighted, fixable, re-importable) and the two CLI commands."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from jamsostek_desktop.cli import main
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.excel import importing as excel_import
from jamsostek_desktop.services.excel.import_report import CELL_FILL, ROW_FILL, save_report
from jamsostek_desktop.services.startup import init_db

from .conftest import HEADER, SITI, SLAMET, person_row


def test_report_keeps_the_bad_rows_highlighted_and_reimports_once_fixed(kelurahan_db, xlsx, tmp_path):
    rows = [HEADER, person_row(1, SLAMET), person_row(2, 1.87201e15, nama="Siti", sex="P"),
            person_row(3, SITI, nama="Siti Aminah", birth="12-08-1980", sex="L")]
    report = excel_import.import_file(xlsx("awal.xlsx", {"Ketua RT": rows}), strict=False)
    assert report.imported == 1
    out = save_report(report, tmp_path / "laporan.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Ketua RT", "Laporan"]
    ws = wb["Ketua RT"]
    assert [c.value for c in ws[1]] == HEADER + ["Masalah impor"]
    assert ws.max_row == 3
    # The rounded NIK stays a number, so an unfixed row is refused again.
    assert ws["B2"].value == 1.87201e15
    assert ws["B2"].fill.fgColor.rgb[-6:] == CELL_FILL.fgColor.rgb[-6:]
    assert ws["C2"].fill.fgColor.rgb[-6:] == ROW_FILL.fgColor.rgb[-6:]
    assert ws["J2"].value.startswith("Baris 3: NIK: NIK ini tersimpan sebagai angka")
    assert ws["B3"].value == SITI and ws["B3"].number_format == "@"
    assert "NIK ini milik seorang perempuan" in ws["J3"].value
    listing = [[c.value for c in r] for r in wb["Laporan"].iter_rows()]
    assert ["Lembar", "Baris", "Kolom", "Data", "Tingkat", "Masalah"] in listing
    assert any(r[:3] == ["Ketua RT", 3, "NIK"] for r in listing)

    # The clerk fixes both rows in the report and imports the report itself.
    ws["B2"].value, ws["B2"].number_format = "1872015208750009", "@"
    ws["F3"].value = "P"
    wb.save(out)
    again = excel_import.import_file(out)
    assert again.errors == [] and again.imported == 2
    assert Participant.select().count() == 3


def test_cli_import_dry_run_report_and_exit_codes(kelurahan_db, xlsx, tmp_path, capsys):
    rows = [HEADER, person_row(1, SLAMET), person_row(2, "1.87201E+15", nama="Siti")]
    path = xlsx("cli.xlsx", {"Data": rows})
    db = str(kelurahan_db)
    assert main(["--db", db, "import-xlsx", str(path), "--category", "ketua-rt", "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "Data baris 3 [NIK] NIK (galat): NIK ini tersimpan sebagai angka" in out
    assert "Pemeriksaan saja" in out
    init_db(kelurahan_db)
    assert Participant.select().count() == 0
    report = tmp_path / "lap.xlsx"
    assert main(["--db", db, "import-xlsx", str(path), "--category", "ketua-rt", "--report", str(report)]) == 1
    assert Participant.select().count() == 0 and report.exists()   # all or nothing by default
    capsys.readouterr()
    assert main(["--db", db, "import-xlsx", str(path), "--category", "ketua-rt", "--sebagian"]) == 1
    assert "1 peserta diimpor sebagai draf." in capsys.readouterr().out
    assert main(["--db", db, "import-xlsx", str(tmp_path / "lap.xlsx"), "--category", "tidak-ada"]) == 2
    assert "Kategori 'tidak-ada' tidak ada di katalog." in capsys.readouterr().err
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("bukan excel")
    assert main(["--db", db, "import-xlsx", str(bad)]) == 2
    assert "bukan berkas Excel" in capsys.readouterr().err


def test_cli_export_both_templates(kelurahan_db, xlsx, tmp_path, capsys):
    db = str(kelurahan_db)
    main(["--db", db, "import-xlsx", str(xlsx("a.xlsx", {"Data": [HEADER, person_row(1, SLAMET)]})),
          "--category", "marbot"])
    capsys.readouterr()
    assert main(["--db", db, "export-xlsx", str(tmp_path / "full.xlsx")]) == 0
    assert "1 peserta diekspor ke full.xlsx (2 lembar)." in capsys.readouterr().out
    assert main(["--db", db, "export-xlsx", str(tmp_path / "bpjs.xlsx"), "--template", "bpjs",
                 "--status", "draft"]) == 0
    ws = load_workbook(tmp_path / "bpjs.xlsx").active
    assert ws["B3"].value == SLAMET and ws["E3"].value == dt.datetime(1975, 8, 12)
    assert main(["--db", db, "export-xlsx", str(tmp_path / "x.xlsx"), "--status", "hilang"]) == 2


def test_cli_map_option(kelurahan_db, xlsx, capsys):
    rows = [["Identitas", "Nama", "Lahir", "L/P", "RT", "RW"], [SLAMET, "Slamet", dt.date(1975, 8, 12), "L", 3, 2]]
    path = str(xlsx("map.xlsx", {"Data": rows}))
    db = str(kelurahan_db)
    assert main(["--db", db, "import-xlsx", path, "--category", "ketua-rt", "--map", "Identitas"]) == 2
    assert "JUDUL=FIELD" in capsys.readouterr().err
    assert main(["--db", db, "import-xlsx", path, "--category", "ketua-rt",
                 "--map", "Identitas=nik", "--map", "Lahir=tanggal_lahir"]) == 0
    assert "1 peserta diimpor sebagai draf." in capsys.readouterr().out
