"""The self-test logic in-process (the bundle test runs the same code from the built program)."""

from __future__ import annotations

import os
from pathlib import Path

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
    assert [s.split("]")[0] for s in steps] == ["[1", "[2", "[3", "[4", "[5", "[6"]
    assert all("] OK " in s for s in steps)
    assert "300 peserta digabung ke basis data kota, jumlah cocok" in steps[5]
    assert "teks halaman 1 terbaca" in steps[3]          # pypdf is installed in the test environment
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
    import pytest

    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n")
    with pytest.raises(selftest.StepFailed, match="terpotong"):
        selftest._pdf_facts(pdf, 1)
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Pages >> endobj\n%%EOF\n")
    with pytest.raises(selftest.StepFailed, match="0 halaman"):
        selftest._pdf_facts(pdf, 1)
