"""The deferred database and `init_db`, the one start-up path for app, CLI and tests."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from peewee import DatabaseError, OperationalError, SqliteDatabase

from jamsostek_desktop.errors import StorageError

log = logging.getLogger(__name__)

# Deferred: the file is chosen at start-up by init_db().
db = SqliteDatabase(None)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",   # WAL + NORMAL is durable across power loss of committed data
    "busy_timeout": 5000,
    "cache_size": -16_000,     # 16 MB
    "temp_store": "memory",
}


def init_db(path: str | Path, *, migrate: bool = True, seed: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database file, migrate it and seed the catalogue."""
    from jamsostek_desktop.db import migrations

    path = Path(path)
    if str(path) != ":memory:":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Folder basis data tidak dapat dibuat: {path.parent} ({exc.strerror}).") from exc
    if not db.is_closed():
        db.close()
    db.init(str(path), pragmas=PRAGMAS)
    try:
        db.connect()
        if migrate:
            _backup_before_upgrade(path)
            migrations.migrate(db)
        if seed:
            from jamsostek_desktop.services import catalogue, rates

            catalogue.seed_from_resources()
            rates.ensure_default()
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        if isinstance(exc, OperationalError) and "locked" in str(exc):
            raise StorageError("Basis data sedang dipakai program lain; tutup program itu dulu.") from exc
        raise StorageError(f"Berkas basis data rusak atau bukan basis data Jamsostek: {path.name}.") from exc
    log.info("database opened (schema %s)", migrations.current_version(db))
    return db


UPGRADE_BACKUP_TAG = "sebelum-pembaruan"


def _backup_before_upgrade(path: Path) -> None:
    """A new program version about to migrate an existing database keeps a copy of it first.

    Only a file that already holds a schema older than this program's is copied (a new,
    empty file has nothing to lose). Without the copy the migration does not run: the
    file stays exactly as the previous version left it.
    """
    from jamsostek_desktop.db import migrations

    if str(path) == ":memory:":
        return
    version = migrations.current_version(db)
    if version == 0 or version >= migrations.LATEST:
        return
    from jamsostek_desktop.services import backup

    try:
        kept = backup.make_backup(db_path=path, tag=UPGRADE_BACKUP_TAG, thin=False, check_permission=False)
    except StorageError as exc:
        db.close()
        raise StorageError(
            "Basis data perlu diperbarui untuk versi program ini, tetapi cadangannya gagal dibuat "
            f"({exc.message}). Basis data tidak diubah; periksa ruang disk dan folder cadangan lalu buka program lagi."
        ) from exc
    log.info("schema %d older than %d: backup %s written before the upgrade",
             version, migrations.LATEST, kept.name)


def close_db() -> None:
    if not db.is_closed():
        db.close()
