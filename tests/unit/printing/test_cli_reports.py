"""`jamsostek roster`, `jamsostek summary` and `jamsostek profile set` from the command line."""

from __future__ import annotations

from jamsostek_desktop.cli import main

from .pdf_reading import flat, live_niks, niks_in, pdf_text

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
               "--peserta", "semua", "--status", "aktif", "--tanggal", "01-12-2026") == 0
    said = capsys.readouterr().out
    assert "Daftar nama peserta:" in said and "rt.pdf" in said
    pages = pdf_text(out)
    assert "Metro, 1 Desember 2026" in pages[-1]
    init_db(db_path)
    assert set(niks_in(pages)) == live_niks(category="ketua-rt", status="active")
    usulan = tmp_path / "usulan.pdf"
    assert run(db_path, "roster", str(usulan), "--peserta", "usulan") == 0
    init_db(db_path)
    assert set(niks_in(pdf_text(usulan))) == live_niks(status="verified") | live_niks(status="submitted")
    receipt = tmp_path / "terima.pdf"
    assert run(db_path, "roster", str(receipt), "--receipt", "--tanpa-mengetahui",
               "--ttd-nama", "Sari Dewi", "--ttd-nip", "199001012015032001") == 0
    text = pdf_text(receipt)
    assert "Tanda Tangan" in text[0] and "Mengetahui," not in text[-1]
    assert "Sari Dewi" in text[-1] and "NIP. 19900101 201503 2 001" in text[-1]
    summary = tmp_path / "rekap.pdf"
    assert run(db_path, "summary", str(summary), "--paper", "f4") == 0
    init_db(db_path)
    assert f"Rekapitulasi: {len(live_niks(status='active'))} peserta" in capsys.readouterr().out
    assert summary.read_bytes().startswith(b"%PDF")


def test_signers_from_the_command_line(db_path, tmp_path, capsys):
    assert run(db_path, *INIT) == 0
    assert run(db_path, "demo-data", "--count", "60") == 0
    out = tmp_path / "ttd.pdf"
    assert run(db_path, "roster", str(out), "--peserta", "semua", "--mengetahui-nama", "Drs. Hendra Gunawan",
               "--mengetahui-nip", "197001011990031002", "--ttd-jabatan", "Plt. LURAH YOSODADI") == 0
    last = flat(pdf_text(out)[-1])
    assert "Plt. LURAH YOSODADI," in last and "Drs. Hendra Gunawan" in last and "CAMAT METRO TIMUR," in last
    assert "NIP. 19700101 199003 1 002" in last


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
    assert run(db_path, "roster", str(out), "--rt", "3") == 2
    assert "--rt memerlukan --rw" in capsys.readouterr().err
    assert run(db_path, "roster", str(out), "--peserta", "liburan") == 2
    assert "Isi daftar 'liburan' tidak dikenal" in capsys.readouterr().err
    assert run(db_path, "roster", str(out), "--mengetahui-nip", "123") == 2
    assert "18 digit" in capsys.readouterr().err
    assert run(db_path, "roster", str(tmp_path / "tidak-ada" / "x.pdf")) == 2
    assert "Folder tujuan tidak ada" in capsys.readouterr().err
    assert not out.exists()


def test_profile_set_changes_the_kop_and_the_signers(db_path, tmp_path, capsys):
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.startup import init_db

    assert run(db_path, *INIT) == 0
    assert run(db_path, "profile", "set", "--alamat", "Jl. Jenderal Sudirman No. 12", "--telepon", "(0725) 41234",
               "--kode-pos", "34111", "--website", "yosodadi.metrokota.go.id", "--email", "kel@metrokota.go.id",
               "--mengetahui-nama", "Drs. Hendra Gunawan, M.Si.", "--mengetahui-nip", "197001011990031002") == 0
    assert "Profil diperbarui" in capsys.readouterr().out
    assert run(db_path, "profile") == 0
    shown = capsys.readouterr().out
    assert "website" in shown and "yosodadi.metrokota.go.id" in shown and "Drs. Hendra Gunawan" in shown
    init_db(db_path)
    saved = profile.get()
    assert (saved.kode_pos, saved.mengetahui_nip) == ("34111", "197001011990031002")
    # a bad value changes nothing and says why
    assert run(db_path, "profile", "set", "--kode-pos", "3411", "--website", "contoh.go.id") == 2
    assert "Kode pos harus 5 digit" in capsys.readouterr().err
    init_db(db_path)
    assert profile.get().kode_pos == "34111" and profile.get().website == "yosodadi.metrokota.go.id"
    assert run(db_path, "profile", "set") == 2
    assert "Tidak ada isian" in capsys.readouterr().err


def test_city_mode_narrows_by_kelurahan_and_kecamatan(db_path, tmp_path, capsys):
    from jamsostek_desktop.services.participants import regions
    from jamsostek_desktop.services.startup import init_db

    assert run(db_path, "init", "--city", "--code", "18.72", "--name", "Kota Metro") == 0
    assert run(db_path, "profile", "set", "--kantor", "Dinas Tenaga Kerja", "--lurah", "Ir. Siti Rahmawati") == 0
    init_db(db_path)
    regions.register("18.72.01.1001", "Yosodadi", "Metro Timur", "Kota Metro")
    regions.register("18.72.02.1002", "Hadimulyo Barat", "Metro Pusat", "Kota Metro")
    assert run(db_path, "demo-data", "--count", "80", "--kelurahan", "18.72.01.1001",
               "--kelurahan", "18.72.02.1002") == 0
    capsys.readouterr()
    out = tmp_path / "kel.pdf"
    assert run(db_path, "roster", str(out), "--kelurahan", "18.72.02.1002", "--peserta", "semua") == 0
    pages = pdf_text(out)
    init_db(db_path)
    assert set(niks_in(pages)) == live_niks(kelurahan_prefix="18.72.02.1002")
    first, last = flat(pages[0]), flat(pages[-1])
    assert "KELURAHAN HADIMULYO BARAT" in first and "DINAS TENAGA KERJA" in first
    assert "PEMERINTAH KOTA METRO" in first and "Kota Kota" not in " ".join(pages)
    assert "KEPALA DINAS TENAGA KERJA KOTA METRO," in last and "Ir. Siti Rahmawati" in last
    assert "WALI KOTA METRO," in last and "Mengetahui," in last
    whole = tmp_path / "kota.pdf"
    assert run(db_path, "roster", str(whole), "--peserta", "semua") == 0
    text = flat(" ".join(pdf_text(whole)))
    assert "Kelurahan Hadimulyo Barat, Kecamatan Metro Pusat" in text and "Kelurahan Yosodadi" in text
    summary = tmp_path / "kota-rekap.pdf"
    assert run(db_path, "summary", str(summary), "--kecamatan", "18.72.01", "--peserta", "semua") == 0
    text = " ".join(pdf_text(summary))
    assert "KECAMATAN METRO TIMUR" in text and "Peserta per Kelurahan" in text and "Yosodadi" in text
