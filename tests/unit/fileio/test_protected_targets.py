"""No command writes its output over the open database, its companions or a backup (issue 12).

Reproduced first: `roster`, `summary`, `audit export`, `export-sync` and `import-xlsx
--report` (with --dry-run too), run without a login on a real database file, replaced that
file with their output and reported success. Each case runs the real command line on a
real file and checks the database's bytes afterwards.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from jamsostek_desktop.cli import main
from tests.conftest import copy_template

INIT = ["init", "--code", "18.72.01.1001", "--name", "Yosodadi", "--kecamatan", "Metro Timur",
        "--kota", "Kota Metro", "--lurah", "Budi Santoso", "--nip", "197501012000031001"]


def run(db, *args) -> int:
    return main(["--db", str(db), *args])


def digest(db: Path) -> str:
    """The database's bytes with whatever its -wal holds (the command closed it)."""
    data = b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())
    return hashlib.sha256(data).hexdigest()


def _build_office() -> None:
    from jamsostek_desktop.services.participants import demo_data, profile

    from ...conftest import PROFILE

    profile.save(dict(PROFILE))
    demo_data.generate(30, seed=4)


_sheet: list[bytes] = []


def _spreadsheet(path: Path) -> Path:
    """A one-row spreadsheet to import (made once, written for each test)."""
    if not _sheet:
        from tests.unit.excel.conftest import HEADER, SLAMET, person_row, write_book

        _sheet.append(write_book(path, {"Ketua RT": [HEADER, person_row(1, SLAMET)]}).read_bytes())
    path.write_bytes(_sheet[0])
    return path


@pytest.fixture
def office(tmp_path):
    """A kelurahan database with 30 participants and one backup, closed; a spreadsheet to import."""
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.backup import copies
    from jamsostek_desktop.services.startup import init_db

    db = copy_template("office-30", tmp_path / "kelurahan.sqlite3", _build_office)
    init_db(db)
    backup = copies.make_backup()
    close_db()
    assert backup.is_file()
    return db, backup, _spreadsheet(tmp_path / "baru.xlsx")


COMMANDS = {
    "roster": lambda target, sheet: ["roster", str(target)],
    "summary": lambda target, sheet: ["summary", str(target)],
    "audit export": lambda target, sheet: ["audit", "export", str(target)],
    "export-sync": lambda target, sheet: ["export-sync", str(target)],
    "import-xlsx --dry-run --report": lambda target, sheet: ["import-xlsx", str(sheet), "--dry-run",
                                                             "--report", str(target)],
    "import-xlsx --report": lambda target, sheet: ["import-xlsx", str(sheet), "--report", str(target)],
}

TARGETS = {
    "database": (lambda db, backup: db, "basis data yang sedang dibuka"),
    "wal": (lambda db, backup: Path(f"{db}-wal"), "berkas pendamping basis data"),
    "shm": (lambda db, backup: Path(f"{db}-shm"), "berkas pendamping basis data"),
    "journal": (lambda db, backup: Path(f"{db}-journal"), "berkas pendamping basis data"),
    "lock": (lambda db, backup: Path(f"{db}.lock"), "berkas pendamping basis data"),
    "backup": (lambda db, backup: backup, "folder cadangan"),
    "new name in the backup folder": (lambda db, backup: backup.parent / "laporan", "folder cadangan"),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("target_kind", TARGETS)
def test_no_command_writes_over_the_database_or_a_backup(office, command, target_kind, capsys):
    db, backup, sheet = office
    choose, said = TARGETS[target_kind]
    target = choose(db, backup)
    existed = target.exists()
    before = digest(db)
    backup_before = backup.read_bytes()
    participants_before = _count(db)
    capsys.readouterr()

    code = run(db, *COMMANDS[command](target, sheet))

    err = capsys.readouterr().err
    assert code == 2
    assert "Galat:" in err and said in err and "tidak ada yang diubah" in err.lower()
    assert digest(db) == before
    assert backup.read_bytes() == backup_before
    if target_kind == "lock":
        # A command that changes data takes the instance lock, which makes its (empty) file.
        assert not target.exists() or target.read_bytes() == b""
    else:
        assert target.exists() == existed
    assert _count(db) == participants_before           # the import did not run either
    # Nothing half-written was left beside the target.
    assert not [p for p in target.parent.iterdir() if p.name.endswith((".partial", ".tmp"))]


def _count(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM participant").fetchone()[0]
    finally:
        conn.close()


def test_refused_with_a_login_too(office, monkeypatch, capsys):
    """An administrator logged in with --user is refused the same way."""
    db, _backup, _sheet = office
    monkeypatch.setenv("JAMSOSTEK_NEW_PASSWORD", "rahasia-admin-1")
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", "rahasia-admin-1")
    assert run(db, "user", "add", "admin", "--role", "admin") == 0
    capsys.readouterr()
    assert run(db, "--user", "admin", "roster", str(db)) == 2
    assert "basis data yang sedang dibuka" in capsys.readouterr().err
    assert run(db, "--user", "admin", "audit", "export", str(db)) == 2
    assert "basis data yang sedang dibuka" in capsys.readouterr().err
    # The login is recorded in the audit trail; the file is still the database, whole.
    assert _count(db) == 30


def test_the_database_reached_by_another_name_is_refused(office, tmp_path, capsys):
    """A symbolic link or a relative path to the database is the database."""
    db, _backup, _sheet = office
    link = tmp_path / "tautan.pdf"
    link.symlink_to(db)
    before = digest(db)
    capsys.readouterr()
    assert run(db, "roster", str(link)) == 2
    assert "basis data yang sedang dibuka" in capsys.readouterr().err
    assert run(db, "summary", str(tmp_path / "." / ".." / tmp_path.name / db.name)) == 2
    assert digest(db) == before


def test_another_database_file_is_never_replaced(office, tmp_path, capsys):
    """A SQLite file that is not the open one (a copy on a flash drive) is refused too."""
    db, backup, _sheet = office
    elsewhere = tmp_path / "flashdisk.pdf"
    elsewhere.write_bytes(backup.read_bytes())
    capsys.readouterr()
    assert run(db, "roster", str(elsewhere)) == 2
    assert "berkas basis data" in capsys.readouterr().err
    assert elsewhere.read_bytes() == backup.read_bytes()


@pytest.mark.parametrize("command, suffix", [("roster", ".pdf"), ("summary", ".pdf"), ("audit export", ".csv"),
                                              ("export-sync", ".jamsync")])
def test_output_names_get_the_documents_suffix(office, tmp_path, command, suffix, capsys):
    db, _backup, sheet = office
    capsys.readouterr()
    assert run(db, *COMMANDS[command](tmp_path / "keluaran", sheet)) == 0
    assert (tmp_path / f"keluaran{suffix}").is_file()
    assert not (tmp_path / "keluaran").exists()
    assert f"keluaran{suffix}" in capsys.readouterr().out
    # A different suffix is kept and the document's appended; the right one in any case is kept.
    assert run(db, *COMMANDS[command](tmp_path / "rt.03", sheet), *(["--full"] if command == "export-sync" else [])) == 0
    assert (tmp_path / f"rt.03{suffix}").is_file()
    upper = tmp_path / f"BESAR{suffix.upper()}"
    assert run(db, *COMMANDS[command](upper, sheet), *(["--full"] if command == "export-sync" else [])) == 0
    assert upper.is_file()


def test_report_and_export_workbooks_get_xlsx(office, tmp_path, capsys):
    db, _backup, sheet = office
    assert run(db, "import-xlsx", str(sheet), "--dry-run", "--report", str(tmp_path / "laporan")) == 0
    assert (tmp_path / "laporan.xlsx").is_file()
    assert run(db, "export-xlsx", str(tmp_path / "semua")) == 0
    assert (tmp_path / "semua.xlsx").is_file()
    assert "semua.xlsx" in capsys.readouterr().out


def test_a_backup_is_never_written_over_the_database(office, capsys):
    db, _backup, _sheet = office
    before = digest(db)
    capsys.readouterr()
    assert run(db, "backup", str(db)) == 2
    assert "basis data yang sedang dibuka" in capsys.readouterr().err
    assert digest(db) == before
    assert run(db, "backup", str(db.parent / "salinan")) == 0      # .sqlite3 added
    assert (db.parent / "salinan.sqlite3").is_file()
