"""Storage faults are not damage, and an empty file is not a new database (issue 12).

Reproduced first:
- an empty (0-byte) database file: `stats` said "0 participants" and SQLite turned the file
  into a new empty database; the GUI showed the set-up wizard instead of offering the backup;
- a file without SQLite's header was called damaged only sometimes;
- a healthy database in a folder that became read-only (its -wal and -shm cannot be made):
  "Berkas basis data rusak", and the GUI offered to restore over the healthy file;
- a database another program keeps locked: the start-up check listed "database is locked"
  as damage and offered a restore.
Real files, a real read-only file system (a tmpfs remounted read-only, where allowed) and a
real second process holding the lock.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jamsostek_desktop.errors import DatabaseDamagedError, DatabaseInUseError, StorageError
from jamsostek_desktop.services.backup import integrity
from jamsostek_desktop.services.startup import close_database, init_db
from tests.processes import ROOT, jamsostek

from .conftest import mount_tmpfs, unmount


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_db(kelurahan_db):
    close_database()
    return kelurahan_db


def test_an_empty_file_is_damage_not_a_new_database(tmp_path):
    path = tmp_path / "kosong.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError) as raised:
        init_db(path)
    assert "kosong" in raised.value.message.lower()
    assert path.read_bytes() == b""                      # not turned into a new database
    assert not integrity.quick_check(path).ok


def test_a_file_without_the_sqlite_header_is_damage(tmp_path):
    path = tmp_path / "bukan.sqlite3"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)    # a zip that was renamed
    before = digest(path)
    with pytest.raises(DatabaseDamagedError):
        init_db(path)
    assert digest(path) == before


def test_the_command_line_calls_an_empty_file_damaged_and_leaves_it(tmp_path):
    path = tmp_path / "kosong.sqlite3"
    path.write_bytes(b"")
    done = jamsostek("--db", str(path), "stats", home=tmp_path / "home", text=True)
    assert done.returncode == 2
    assert "rusak" in done.stderr and "Jumlah peserta" not in done.stdout
    assert path.read_bytes() == b""


@pytest.fixture
def read_only_copy(tmp_path, closed_db):
    """The database (WAL mode, checkpointed: no -wal or -shm beside it) on a read-only file system."""
    if os.name == "posix" and os.geteuid() == 0:
        disk = mount_tmpfs(tmp_path, "8m")
        target = disk / "kelurahan.sqlite3"
        shutil.copyfile(closed_db, target)
        done = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
        if done.returncode != 0:
            unmount(disk)
            pytest.skip("cannot remount read-only here")
        yield target
        close_database()
        unmount(disk)
    else:
        folder = tmp_path / "hanya-baca"
        folder.mkdir()
        target = folder / "kelurahan.sqlite3"
        shutil.copyfile(closed_db, target)
        folder.chmod(0o555)
        yield target
        close_database()
        folder.chmod(0o755)


def test_a_read_only_folder_is_a_storage_error_not_damage(read_only_copy):
    assert not Path(f"{read_only_copy}-wal").exists()
    before = digest(read_only_copy)
    try:                                                 # the file itself is sound ...
        assert integrity.quick_check(read_only_copy).ok
    except StorageError as exc:                          # ... or unreadable here, which is no damage
        assert not isinstance(exc, DatabaseDamagedError)
    with pytest.raises(StorageError) as raised:
        init_db(read_only_copy)
    assert not isinstance(raised.value, DatabaseDamagedError)
    assert "tidak rusak" in raised.value.message and "read-only" in raised.value.message
    assert digest(read_only_copy) == before


def test_the_command_line_says_read_only_too(read_only_copy, tmp_path):
    done = jamsostek("--db", str(read_only_copy), "stats", home=tmp_path / "home", text=True)
    assert done.returncode == 2
    assert "tidak rusak" in done.stderr and "rusak atau bukan" not in done.stderr


HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT INTO setting (key, value) VALUES ('dikunci', '1')")
    print("locked", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def locked_db(closed_db):
    """Another process holds an exclusive lock on the database for as long as the test runs."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(closed_db)], stdout=subprocess.PIPE, text=True,
                              cwd=ROOT)
    assert holder.stdout.readline().strip() == "locked"
    yield closed_db
    holder.kill()
    holder.wait()
    holder.stdout.close()


def test_a_locked_database_is_in_use_not_damaged(locked_db):
    # (The start-up check, integrity.quick_check, is shown the same in tests/ui/accounts/test_startup_faults.py.)
    with pytest.raises(DatabaseInUseError):
        init_db(locked_db)
