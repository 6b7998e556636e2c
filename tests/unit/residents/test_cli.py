"""`jamsostek residents import|list|counts`."""

from __future__ import annotations

from jamsostek_desktop.cli import main
from jamsostek_desktop.db.resident_models import Resident
from jamsostek_desktop.services.startup import init_db
from tests.unit.residents.layouts import BY_NAME, write, write_layout


def test_import_list_and_counts(kelurahan_db, tmp_path, capsys):
    db = str(kelurahan_db)
    path = write_layout(tmp_path, "kk_block", ".xls")
    assert main(["--db", db, "residents", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "blok per KK (BIP/e-KTP)" in out and "7 penduduk siap disimpan (3 KK)" in out and "Pemeriksaan saja" in out
    init_db(kelurahan_db)
    assert Resident.select().count() == 0
    assert main(["--db", db, "residents", "import", str(path)]) == 0
    assert "Data penduduk disimpan: 7 penduduk dalam daftar." in capsys.readouterr().out

    assert main(["--db", db, "residents", "list", "--cari", "slamet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith(BY_NAME["SLAMET RIYADI"].nik + "\t" + BY_NAME["SLAMET RIYADI"].kk)
    assert "SLAMET RIYADI\tL\tMETRO, 12-08-1975\tJL. KENANGA NO. 5\t-\t003/002\thidup" in lines[0]
    assert main(["--db", db, "residents", "list", "--cari", BY_NAME["DEWI LESTARI"].kk[:12]]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3        # a KK number's first digits list the family

    assert main(["--db", db, "residents", "counts"]) == 0
    out = capsys.readouterr().out
    assert "Penduduk: 7 (3 KK)" in out and "Hidup: 7" in out and "Impor terakhir: kk_block.xls" in out


def test_exit_codes_report_and_map(kelurahan_db, tmp_path, capsys):
    db = str(kelurahan_db)
    p = BY_NAME["SLAMET RIYADI"]
    path = write(tmp_path / "x.xlsx", [["NIK", "Nama", "Tanggal Akhir Paspor"], [p.nik, p.nama, "01-01-2030"],
                                       ["123", "PENDEK", ""]])
    assert main(["--db", db, "residents", "import", str(path)]) == 2
    assert "Tanggal Akhir Paspor" in capsys.readouterr().err
    report = tmp_path / "lapor.xlsx"
    assert main(["--db", db, "residents", "import", str(path), "--map", "Tanggal Akhir Paspor=",
                 "--report", str(report)]) == 1
    assert report.exists() and "NIK harus 16 digit" in capsys.readouterr().out
    assert main(["--db", db, "residents", "import", str(path), "--map", "Tanggal Akhir Paspor=", "--sebagian"]) == 1
    assert main(["--db", db, "residents", "list", "--status", "hidup"]) == 0
    assert "SLAMET RIYADI" in capsys.readouterr().out
    assert main(["--db", db, "residents", "import", str(tmp_path / "tidak-ada.xlsx")]) == 2
