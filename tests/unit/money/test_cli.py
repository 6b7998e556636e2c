"""The money commands end to end: budget --json and --pdf, import-bpjs, reconcile with its files."""

from __future__ import annotations

import json

from jamsostek_desktop.cli import main
from jamsostek_desktop.db.models import Participant
from tests.unit.money.conftest import write_xlsx
from tests.unit.printing.pdf_reading import flat, pdf_text


def test_budget_json_and_pdf(kelurahan_db, tmp_path, capsys):
    from jamsostek_desktop.services.participants import demo_data

    demo_data.generate(50, seed=4)
    db = str(kelurahan_db)
    assert main(["--db", db, "budget", "--json", "--people", "pthl=10000", "--compare-jht",
                 "--pdf", str(tmp_path / "rka.pdf")]) == 0
    data = json.loads(capsys.readouterr().out)
    pthl = next(c for c in data["kategori"] if c["kode"] == "pthl")
    assert (pthl["orang"], pthl["iuran_per_bulan"], pthl["bulan"], pthl["jumlah"]) == (10_000, 16_800, 12, 2_016_000_000)
    assert data["perbandingan"][0]["selisih"] == (data["peserta"]) * 20_000 * 12
    assert "RENCANA KEBUTUHAN ANGGARAN" in flat(pdf_text(tmp_path / "rka.pdf")[0])
    assert main(["--db", db, "budget", "--months", "13"]) == 2
    assert "1 sampai 12" in capsys.readouterr().err


def test_import_bpjs_and_reconcile(town, tmp_path, capsys, kelurahan_db):
    db = str(kelurahan_db)
    indah = town["Indah"]
    answer = write_xlsx(tmp_path / "jawaban.xlsx", [["NIK", "KPJ", "STATUS"], [indah.nik, "23000000099", "BERHASIL"],
                                                    ["123", "", "DITOLAK"]])
    assert main(["--db", db, "import-bpjs", str(answer), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["dibaca"], report["cocok"], report["tidak_cocok"], report["tidak_dipakai"]) == (2, 1, 0, 1)
    assert Participant.get_by_id(indah.id).status == "active"
    t = town
    bill = write_xlsx(tmp_path / "tagihan.xlsx", [["NIK", "NAMA", "JKK", "JKM", "JHT", "TOTAL"],
                                                  [t["Ani"].nik, "Ani", 10_000, 6_800, 0, 16_800],
                                                  [t["Dedi"].nik, "Dedi", 10_000, 6_800, 0, 16_800]])
    assert main(["--db", db, "reconcile", str(bill), "--month", "2026-11", "--pdf", str(tmp_path / "ba.pdf"),
                 "--xlsx", str(tmp_path / "selisih.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "meninggal dunia 1" in out and "kelebihan bayar Rp16.800" in out
    assert "BERITA ACARA REKONSILIASI IURAN" in flat(pdf_text(tmp_path / "ba.pdf")[0])
    assert (tmp_path / "selisih.xlsx").stat().st_size > 0
    assert main(["--db", db, "reconcile", str(bill), "--month", "November"]) == 2
