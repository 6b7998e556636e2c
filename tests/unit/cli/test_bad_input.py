"""Bad input at the command line (issue 12): numbers out of range, a failed `init`, a missing
database, a closed stdout, file names that are not UTF-8.

Reproduced first: `demo-data --count 100000000000` ran out of memory, `audit list --limit
1e20` crashed with a traceback, a failed `init` left a half-made database that `stats`
then reported as empty, `stats` on a mistyped name created a new database, `audit list |
head -1` ended with "Galat berkas: Broken pipe" and exit code 2, and a roster written into
a folder whose name is not UTF-8 crashed while printing its name (the PDF was written) and
`export-sync` crashed while recording the file name.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jamsostek_desktop.cli import main
from tests.conftest import copy_template
from tests.processes import CLI, ROOT, environment, jamsostek

INIT = ["init", "--code", "18.72.01.1001", "--name", "Yosodadi", "--kecamatan", "Metro Timur",
        "--kota", "Kota Metro"]


def run(db, *args) -> int:
    return main(["--db", str(db), *args])


def digest(db: Path) -> str:
    data = b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())
    return hashlib.sha256(data).hexdigest()


def _build_office() -> None:
    from jamsostek_desktop.services.participants import demo_data, profile
    from tests.conftest import PROFILE

    profile.save(dict(PROFILE))
    demo_data.generate(40, seed=3)


@pytest.fixture
def office(tmp_path):
    """A kelurahan database with 40 participants, closed."""
    return copy_template("office-40", tmp_path / "kel.sqlite3", _build_office)


OUT_OF_RANGE = {
    "demo-data --count huge": ["demo-data", "--count", "100000000000"],
    "demo-data --count negative": ["demo-data", "--count", "-5"],
    "demo-data --count zero": ["demo-data", "--count", "0"],
    "demo-data --count text": ["demo-data", "--count", "banyak"],
    "demo-data --seed huge": ["demo-data", "--count", "5", "--seed", "1" + "0" * 30],
    "audit list --limit huge": ["audit", "list", "--limit", "1" + "0" * 20],
    "audit list --limit negative": ["audit", "list", "--limit", "-1"],
    "roster --rt zero": ["roster", "x.pdf", "--rt", "0"],
    "roster --rw huge": ["roster", "x.pdf", "--rw", "99999999999999999999999"],
    "category potential negative": ["category", "potential", "ketua-rt", "-1"],
    "category potential huge": ["category", "potential", "ketua-rt", "1" + "0" * 19],
    "export-sync --resend huge": ["export-sync", "out", "--resend", "1" + "0" * 30],
    "sync-resolve huge id": ["sync-resolve", "1" + "0" * 30, "--incoming"],
    # issue 14 and 20's commands, held to the same rule
    "term list --days huge": ["term", "list", "--days", "1" + "0" * 20],
    "term list --days negative": ["term", "list", "--days", "-5"],
    "term assign --post huge": ["term", "assign", "1872011208750003", "--post", "1" + "0" * 22],
    "post history huge id": ["post", "history", "1" + "0" * 22],
    "claim add huge event": ["claim", "add", "1" + "0" * 22, "--kind", "jkm"],
    "claim update huge id": ["claim", "update", "1" + "0" * 22, "--amount", "5"],
    "claim update --amount huge": ["claim", "update", "1", "--amount", "1" + "0" * 22],
    "claim update --amount negative": ["claim", "update", "1", "--amount", "-100"],
    "claim letter huge id": ["claim", "letter", "1" + "0" * 22, "surat.pdf"],
    "residents list --limit huge": ["residents", "list", "--limit", "1" + "0" * 22],
}


@pytest.mark.parametrize("case", OUT_OF_RANGE)
def test_numbers_out_of_range_get_a_clear_message_and_change_nothing(office, case, capsys):
    before = digest(office)
    with pytest.raises(SystemExit) as stopped:
        run(office, *OUT_OF_RANGE[case])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert "Galat: " in err and "Traceback" not in err
    assert "bilangan bulat" in err
    assert digest(office) == before


def test_a_number_in_range_still_works(office, capsys):
    assert run(office, "demo-data", "--count", "3", "--seed", "9") == 0
    assert "3 peserta contoh ditambahkan" in capsys.readouterr().out


@pytest.fixture
def folder(tmp_path):
    """An empty folder for a database that does not exist yet."""
    path = tmp_path / "kerja"
    path.mkdir()
    return path


def test_a_failed_init_leaves_no_file(folder, capsys):
    db = folder / "baru.sqlite3"
    assert run(db, "init", "--code", "18.72", "--name", "X") == 2
    assert "Profil belum lengkap" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == []


def test_init_failing_at_the_administrator_leaves_no_file(folder, capsys, monkeypatch):
    db = folder / "baru.sqlite3"
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", "pendek")       # too short: refused after the profile is saved
    assert run(db, *INIT, "--admin", "admin") == 2
    assert "minimal" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == []


def test_a_failed_init_on_an_existing_database_keeps_it(office, capsys):
    before = digest(office)
    assert run(office, "init", "--city", "--code", "18.72", "--name", "Kota Metro") == 2
    assert "mode lain" in capsys.readouterr().err
    assert office.exists() and digest(office) == before


def test_a_command_on_a_missing_database_does_not_create_one(folder, capsys):
    db = folder / "salah-ketik.sqlite3"
    for command in (["stats"], ["demo-data", "--count", "5"]):
        assert run(db, *command) == 2
        err = capsys.readouterr().err
        assert "Basis data tidak ditemukan" in err and "jamsostek init" in err
        assert list(folder.iterdir()) == []


# --- a closed stdout (real processes) ------------------------------------------------------

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="closing a descriptor in the child (preexec_fn)")


@POSIX_ONLY
def test_stats_with_stdout_closed_is_not_an_error(office, tmp_path):
    # `jamsostek stats --json >&-`: the command starts with descriptor 1 closed.
    done = subprocess.run([sys.executable, "-c", CLI, "--db", str(office), "stats", "--json"], env=environment(tmp_path / "home"),
                          cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""


@POSIX_ONLY
def test_a_writer_with_stdout_closed_saves_and_nothing_lands_in_the_database(office, tmp_path):
    # With descriptor 1 closed, the next file opened would get it: it must not be the database.
    done = subprocess.run([sys.executable, "-c", CLI, "--db", str(office), "demo-data", "--count", "7"],
                          env=environment(tmp_path / "home"), cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=60, preexec_fn=lambda: os.close(1))
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(office)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM participant").fetchone()[0] == 47
    finally:
        conn.close()


def test_a_reader_that_goes_away_is_not_an_error(office, tmp_path):
    # `jamsostek audit list --limit 5000 | head -1`: the pipe closes while the command writes.
    process = subprocess.Popen([sys.executable, "-c", CLI, "--db", str(office), "audit", "list", "--limit", "5000"],
                               env=environment(tmp_path / "home"), cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert err == b""


# --- file names that are not UTF-8 (real processes) -----------------------------------------

# A Linux desktop in a UTF-8 locale: printing a name with undecodable bytes is strict there.
STRICT = {"PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}


@pytest.mark.skipif(sys.platform == "win32" or sys.platform == "darwin",
                    reason="file names are bytes only on Linux and other POSIX file systems")
def test_file_names_that_are_not_utf8_work_everywhere(office, tmp_path):
    from tests.unit.excel.conftest import HEADER, SLAMET, person_row, write_book

    home = tmp_path / "home"
    folder = os.fsencode(tmp_path) + b"/kiriman-\xff"
    os.mkdir(folder)

    def cli(*args):
        done = jamsostek("--db", str(office), *args, home=home, env=STRICT)
        assert done.returncode == 0, (args, done.stderr.decode("utf-8", "replace"))
        assert b"Traceback" not in done.stderr
        return done.stdout

    out = cli("roster", folder + b"/daftar-\xfe")
    assert folder + b"/daftar-\xfe.pdf" in out                  # the name printed as its bytes
    assert os.path.exists(folder + b"/daftar-\xfe.pdf")
    cli("summary", folder + b"/rekap-\xfe")
    cli("export-xlsx", folder + b"/data-\xfe")
    cli("audit", "export", folder + b"/audit-\xfe")
    cli("export-sync", folder + b"/kirim-\xfe")
    assert os.path.exists(folder + b"/kirim-\xfe.jamsync")
    sheet = write_book(tmp_path / "sheet.xlsx", {"Ketua RT": [HEADER, person_row(1, SLAMET)]})
    os.rename(sheet, folder + b"/impor-\xfd.xlsx")
    cli("import-xlsx", folder + b"/impor-\xfd.xlsx", "--report", folder + b"/laporan-\xfe")
    assert os.path.exists(folder + b"/laporan-\xfe.xlsx")
    cli("backup", folder + b"/cadangan-\xfe")
    cli("restore", folder + b"/cadangan-\xfe.sqlite3", "--yes")
    for name in (b"rekap-\xfe.pdf", b"data-\xfe.xlsx", b"audit-\xfe.csv", b"cadangan-\xfe.sqlite3"):
        assert os.path.exists(folder + b"/" + name), name

    conn = sqlite3.connect(office)
    try:
        (sent,) = conn.execute("SELECT file_name FROM sync_export").fetchone()
        reasons = [r for (r,) in conn.execute("SELECT reason FROM audit_entry WHERE reason LIKE 'Impor Excel%'")]
        restored = [r for (r,) in conn.execute("SELECT record FROM audit_entry WHERE action = 'restore_backup'")]
    finally:
        conn.close()
    assert sent == "kirim-\ufffd.jamsync"
    assert reasons == ["Impor Excel: impor-\ufffd.xlsx"]
    assert restored == ["cadangan-\ufffd.sqlite3"]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names are bytes only on Linux")
def test_a_city_imports_a_file_whose_name_is_not_utf8(tmp_path):
    home = tmp_path / "home"
    kel, city = tmp_path / "kel.sqlite3", tmp_path / "kota.sqlite3"
    for args in ([kel, *INIT], [kel, "demo-data", "--count", "5"],
                 [city, "init", "--city", "--code", "18.72", "--name", "Kota Metro"]):
        assert jamsostek("--db", *args, home=home).returncode == 0
    folder = os.fsencode(tmp_path) + b"/masuk-\xff"
    os.mkdir(folder)
    assert jamsostek("--db", kel, "export-sync", folder + b"/k\xe9", home=home, env=STRICT).returncode == 0
    done = jamsostek("--db", city, "import-sync", "--dry-run", folder + b"/k\xe9.jamsync", home=home, env=STRICT)
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    assert b"k\xe9.jamsync" in done.stdout
