"""`jamsostek roster` and `jamsostek summary` from the command line."""

from __future__ import annotations

from jamsostek_desktop.cli import main

from .pdf_reading import live_niks, niks_in, pdf_text

INIT = ["init", "--code", "18.72.01.1001", "--name", "Yosodadi", "--kecamatan", "Metro Timur",
        "--kota", "Kota Metro", "--lurah", "Budi Santoso", "--nip", "197501012000031001"]


def run(db, *args):
    return main(["--db", str(db), *args])


def test_roster_and_summary_commands(db_path, tmp_path, capsys):
    from jamsostek_desktop.services.startup import init_db

    assert run(db_path, *INIT) == 0
    assert run(db_path, "demo-data", "--count", "120", "--seed", "3") == 0
    capsys.readouterr()
    out = tmp_path / "rt.pdf"
    assert run(db_path, "roster", str(out), "--category", "ketua-rt", "--paper", "A4", "--landscape",
               "--status", "aktif", "--tanggal", "01-12-2026") == 0
    said = capsys.readouterr().out
    assert "Daftar nominatif:" in said and "rt.pdf" in said
    pages = pdf_text(out)
    assert "Metro, 1 Desember 2026" in pages[-1]
    init_db(db_path)
    assert set(niks_in(pages)) == live_niks(category="ketua-rt", status="active")
    receipt = tmp_path / "terima.pdf"
    assert run(db_path, "roster", str(receipt), "--receipt", "--rw", "1", "--tanpa-mengetahui") == 0
    text = pdf_text(receipt)
    assert "Tanda Tangan" in text[0] and "Mengetahui," not in text[-1]
    summary = tmp_path / "rekap.pdf"
    assert run(db_path, "summary", str(summary), "--paper", "f4") == 0
    assert "Rekapitulasi: 120 peserta" in capsys.readouterr().out
    assert summary.read_bytes().startswith(b"%PDF")


def test_cli_errors_are_indonesian_and_write_nothing(db_path, tmp_path, capsys):
    assert run(db_path, *INIT) == 0
    assert run(db_path, "demo-data", "--count", "20") == 0
    capsys.readouterr()
    out = tmp_path / "x.pdf"
    assert run(db_path, "roster", str(out), "--status", "libur") == 2
    assert "Galat: Status 'libur' tidak dikenal" in capsys.readouterr().err
    assert run(db_path, "roster", str(out), "--category", "astronot") == 2
    assert "Galat:" in capsys.readouterr().err
    assert run(db_path, "roster", str(out), "--kelurahan", "18.72.01.1001") == 2
    assert "mode kota" in capsys.readouterr().err
    assert run(db_path, "roster", str(tmp_path / "tidak-ada" / "x.pdf")) == 2
    assert "Folder tujuan tidak ada" in capsys.readouterr().err
    assert not out.exists()


def test_city_mode_narrows_by_kelurahan_and_kecamatan(db_path, tmp_path, capsys):
    from jamsostek_desktop.services.participants import regions
    from jamsostek_desktop.services.startup import init_db

    assert run(db_path, "init", "--city", "--code", "18.72", "--name", "Kota Metro") == 0
    init_db(db_path)
    regions.register("18.72.01.1001", "Yosodadi", "Metro Timur", "Kota Metro")
    regions.register("18.72.02.1002", "Hadimulyo Barat", "Metro Pusat", "Kota Metro")
    assert run(db_path, "demo-data", "--count", "80", "--kelurahan", "18.72.01.1001",
               "--kelurahan", "18.72.02.1002") == 0
    capsys.readouterr()
    out = tmp_path / "kel.pdf"
    assert run(db_path, "roster", str(out), "--kelurahan", "18.72.02.1002") == 0
    pages = pdf_text(out)
    init_db(db_path)
    assert set(niks_in(pages)) == live_niks(kelurahan_prefix="18.72.02.1002")
    assert "KELURAHAN HADIMULYO BARAT" in pages[0]
    assert "Kel. Hadimulyo Barat" in " ".join(" ".join(pages).split())   # in the address column
    assert "PEMERINTAH KOTA METRO" in pages[0] and "WALI KOTA METRO," in pages[-1]
    summary = tmp_path / "kota.pdf"
    assert run(db_path, "summary", str(summary), "--kecamatan", "18.72.01") == 0
    text = " ".join(pdf_text(summary))
    assert "KECAMATAN METRO TIMUR" in text and "Peserta per Kelurahan" in text and "Yosodadi" in text
