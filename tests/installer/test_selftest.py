"""The self-test logic in-process (the bundle test runs the same code from the built program)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jamsostek_desktop import app, selftest
from jamsostek_desktop.errors import StorageError


def _temporary_folder(lines: list[str]) -> Path:
    line = next(line for line in lines if "data sementara: " in line)
    return Path(line.split("data sementara: ", 1)[1])


def test_self_test_through_the_command_line_passes_and_leaves_no_trace(qapp, isolated_home, capsys):
    before = dict(os.environ)
    assert app.main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "Self-test OK"
    steps = [line for line in lines if line.startswith("[")]
    assert [s.split("]")[0] for s in steps] == [f"[{n}" for n in range(1, 10)]
    assert all("] OK " in s for s in steps)
    assert ("teks halaman 1 terbaca; rekapitulasi 4 halaman; proses pencetak 11 halaman; "
            "pratinjau 11 halaman, halaman 1 dicetak") in steps[3]
    assert "300 peserta diekspor ke peserta.xlsx dan diimpor lagi" in steps[4]
    assert "300 peserta digabung ke basis data kota, jumlah cocok" in steps[6]
    assert "Waktu Indonesia Barat" in steps[7] and "nama mirip; pemampat ISA-L; klien PostgreSQL libpq" in steps[7]
    assert "modul program dimuat" in steps[8]
    # The temporary folder is gone, the environment is as it was, the log is in the real logs folder.
    assert not _temporary_folder(lines).exists()
    assert os.environ.get("JAMSOSTEK_HOME") == before.get("JAMSOSTEK_HOME")
    log = (isolated_home / "logs" / "selftest.log").read_text(encoding="utf-8").splitlines()
    assert log == lines
    assert not (isolated_home / "jamsostek.sqlite3").exists()   # the clerk's database is never opened


def test_a_failing_step_is_named_and_exits_1(qapp, isolated_home, monkeypatch):
    from jamsostek_desktop.services.printing import documents

    def broken(*args, **kwargs):
        raise StorageError("Berkas PDF gagal ditulis: disk penuh")

    monkeypatch.setattr(documents, "roster", broken)
    lines: list[str] = []
    assert selftest.run(out=lines.append) == 1
    failed = [line for line in lines if "GAGAL / FAILED" in line]
    assert failed[0] == ("[4] GAGAL / FAILED: PDF daftar nominatif: StorageError: "
                         "Berkas PDF gagal ditulis: disk penuh")
    assert not any(line.startswith("[5]") for line in lines)
    assert "Self-test OK" not in lines
    kept = _temporary_folder(lines)
    try:
        assert kept.is_dir() and any("disimpan untuk diperiksa" in line for line in lines)
        assert (isolated_home / "logs" / "selftest.log").read_text(encoding="utf-8").count("GAGAL") == 2
    finally:
        import shutil

        shutil.rmtree(kept, ignore_errors=True)


def test_pdf_check_refuses_a_truncated_file(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n")
    with pytest.raises(selftest.StepFailed, match="terpotong"):
        selftest._pdf_facts(pdf, 1)
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Pages >> endobj\n%%EOF\n")
    with pytest.raises(selftest.StepFailed, match="0 halaman"):
        selftest._pdf_facts(pdf, 1)


def test_pdf_check_reads_the_text_with_qt(qapp, tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "lain.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "Daftar hadir rapat")       # a PDF, but not the roster
    page.save()
    with pytest.raises(selftest.StepFailed, match="tidak memuat 'DAFTAR NAMA'"):
        selftest._pdf_facts(pdf, 1)


def test_a_module_that_cannot_be_imported_fails_the_module_step(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def without_psycopg(name, *args, **kwargs):
        if name == "psycopg" or name.startswith("psycopg."):
            raise ImportError("No module named 'psycopg'")
        return real_import(name, *args, **kwargs)

    import sys

    for name in [n for n in sys.modules if n.startswith("jamsostek_desktop.db.backends.p")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(builtins, "__import__", without_psycopg)
    with pytest.raises(selftest.StepFailed, match="jamsostek_desktop.db.backends.pg_database"):
        selftest._every_module()
