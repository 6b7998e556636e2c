"""The deferred database: open and close it. Nothing above db/ is imported here.

`db` is a peewee DatabaseProxy: `connect()` points it at a SQLite file or at a PostgreSQL
database (a `postgresql://` URL), through the backend seam in db/backends/. Opening a
database for the program (quick check, backup before an upgrade, migrate, seed) is
services/startup.py; this module only connects.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

from jamsostek_desktop import paths
from jamsostek_desktop.db import backends
from jamsostek_desktop.errors import StorageError, translate

log = logging.getLogger(__name__)


# Every transaction begins IMMEDIATE: it takes the write lock before its first read, so what
# it reads (the next change number, the audit chain's head) cannot change before it writes,
# and a second writer waits for the first (busy_timeout) instead of failing on a stale
# snapshot. A long read that wants one snapshot asks for `db.atomic(lock_type="DEFERRED")`.
# (PostgreSQL does the same with an advisory lock: db/backends/pg_database.py.)
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


PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",   # WAL + NORMAL is durable across power loss of committed data
    "busy_timeout": 5000,
    "cache_size": -16_000,     # 16 MB
    "temp_store": "memory",
}


def sqlite_database(path: str) -> SqliteDatabase:
    """The SQLite database for a file, with the pragmas (used by db/backends/sqlite.py)."""
    return _Database(path, pragmas=PRAGMAS, lock_type="IMMEDIATE")


# Deferred: the database is chosen at start-up by services.startup.init_db(); until then an
# unopened SQLite database stands in, so `db.database` and `db.is_closed()` answer.
db = DatabaseProxy()
db.initialize(_Database(None, lock_type="IMMEDIATE"))


def connect(target: str | Path):
    """Point the deferred database at `target` (a file, creating its folder, or a URL) and connect.

    A file and its -wal and -shm are readable by their owner only (SQLite gives the
    companions the database file's permissions); a new file is created 0600 from the start.
    """
    if backends.is_url(target):
        backend = backends.for_target(str(target))
    else:
        path = Path(target)
        backend = backends.for_target(path)
        if str(path) != ":memory:":
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if not path.exists():
                    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE))
            except FileExistsError:
                pass
            except OSError as exc:
                raise StorageError(translate("connection", "Folder basis data tidak dapat dibuat: {folder} "
                                             "({reason}).").format(folder=path.parent, reason=exc.strerror)) from exc
    close_db()
    database = backend.database()
    db.initialize(database)
    backends.set_current(backend)
    backend.open(database)
    if not backends.is_url(target) and str(target) != ":memory:":
        for extra in ("", "-wal", "-shm"):
            paths.make_private(f"{target}{extra}")
    return db


def reconnect():
    """Open this thread's connection again (after the server went away and came back)."""
    close_db()
    backends.current().open(db.obj)
    return db


def forget() -> None:
    """Close and go back to the unopened SQLite stand-in (a test's end; a program switching offices)."""
    close_db()
    db.initialize(_Database(None, lock_type="IMMEDIATE"))
    backends.set_current(backends.for_target(None))


def close_db() -> None:
    if not db.is_closed():
        db.close()
