"""The deferred database: open and close it with the pragmas. Nothing above db/ is imported here.

Opening a database for the program (quick check, backup before an upgrade, migrate,
seed) is services/startup.py; this module only connects.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from peewee import SqliteDatabase

from jamsostek_desktop import paths
from jamsostek_desktop.errors import StorageError, translate

log = logging.getLogger(__name__)

# Deferred: the file is chosen at start-up by services.startup.init_db().
# Every transaction begins IMMEDIATE: it takes the write lock before its first read, so what
# it reads (the next change number, the audit chain's head) cannot change before it writes,
# and a second writer waits for the first (busy_timeout) instead of failing on a stale
# snapshot. A long read that wants one snapshot asks for `db.atomic(lock_type="DEFERRED")`.
class _Database(SqliteDatabase):
    def _connect(self):
        conn = super()._connect()
        # Text another tool stored as invalid UTF-8 reads with U+FFFD in place of the bad
        # bytes instead of stopping every read (and export) of its row; `jamsostek check`
        # names such rows. Costs about 0.15 us a value.
        conn.text_factory = _lenient_text
        return conn


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


db = _Database(None, lock_type="IMMEDIATE")

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",   # WAL + NORMAL is durable across power loss of committed data
    "busy_timeout": 5000,
    "cache_size": -16_000,     # 16 MB
    "temp_store": "memory",
}


def connect(path: str | Path) -> SqliteDatabase:
    """Point the deferred database at `path` (creating its folder) and connect.

    The file and its -wal and -shm are readable by their owner only (SQLite gives the
    companions the database file's permissions); a new file is created 0600 from the start.
    """
    path = Path(path)
    if str(path) != ":memory:":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE))
        except FileExistsError:
            pass
        except OSError as exc:
            raise StorageError(translate("connection", "Folder basis data tidak dapat dibuat: {folder} ({reason}).")
                               .format(folder=path.parent, reason=exc.strerror)) from exc
    close_db()
    db.init(str(path), pragmas=PRAGMAS)
    db.connect()
    if str(path) != ":memory:":
        for extra in ("", "-wal", "-shm"):
            paths.make_private(f"{path}{extra}")
    return db


def close_db() -> None:
    if not db.is_closed():
        db.close()
