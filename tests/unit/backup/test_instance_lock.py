"""One instance per database: a second one is refused, a killed holder frees the lock."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from jamsostek_desktop.errors import StorageError
from jamsostek_desktop.services.backup import instance_lock


def test_second_lock_is_refused_with_the_holders_pid(db_path):
    first = instance_lock.acquire(db_path)
    with pytest.raises(StorageError, match=f"sudah terbuka.*PID {os.getpid()}"):
        instance_lock.acquire(db_path)
    first.release()
    instance_lock.acquire(db_path).release()


def test_a_killed_holder_does_not_keep_the_lock(db_path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from jamsostek_desktop.services.backup import instance_lock as l; "
         f"k = l.acquire({str(db_path)!r}); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StorageError, match=f"PID {holder.pid}"):
            instance_lock.acquire(db_path)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    # The lock file is still there with the dead PID, but the lock is free.
    assert instance_lock.lock_path(db_path).exists()
    instance_lock.acquire(db_path).release()


def test_cli_restore_is_refused_while_the_program_is_open(kelurahan_db, tmp_path, capsys):
    from jamsostek_desktop.cli import main
    from jamsostek_desktop.services.backup import copies as backup

    made = backup.make_backup(tmp_path / "b.sqlite3")
    with instance_lock.acquire(kelurahan_db):
        assert main(["--db", str(kelurahan_db), "restore", str(made), "--yes"]) == 2
    assert "sedang dipakai (Jamsostek Desktop, PID" in capsys.readouterr().err
