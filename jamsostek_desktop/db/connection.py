"""The deferred database: open and close it. Nothing above db/ is imported here.

`db` is a peewee DatabaseProxy: `connect()` points it at a SQLite file or at a PostgreSQL
database (a `postgresql://` URL), through the backend seam in db/backends/. Opening a
database for the program (quick check, backup before an upgrade, migrate, seed) is
services/startup.py; this module only connects.
"""

from __future__ import annotations

import logging
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

from jamsostek_desktop.db import backends
from jamsostek_desktop.errors import StorageError, translate

log = logging.getLogger(__name__)

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
    return SqliteDatabase(path, pragmas=PRAGMAS)


# Deferred: the database is chosen at start-up by services.startup.init_db(); until then an
# unopened SQLite database stands in, so `db.database` and `db.is_closed()` answer.
db = DatabaseProxy()
db.initialize(SqliteDatabase(None))


def connect(target: str | Path):
    """Point the deferred database at `target` (a file, creating its folder, or a URL) and connect."""
    backend = backends.for_target(target if backends.is_url(target) else Path(target))
    if not backends.is_url(target) and str(target) != ":memory:":
        folder = Path(target).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(translate("connection", "Folder basis data tidak dapat dibuat: {folder} ({reason}).")
                               .format(folder=folder, reason=exc.strerror)) from exc
    close_db()
    database = backend.database()
    db.initialize(database)
    backends.set_current(backend)
    backend.open(database)
    return db


def reconnect():
    """Open this thread's connection again (after the server went away and came back)."""
    close_db()
    backends.current().open(db.obj)
    return db


def close_db() -> None:
    if not db.is_closed():
        db.close()
