"""Opening a database for the program: connect, back up before an upgrade, migrate, seed.

The one start-up path for the app, the CLI and the tests.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from peewee import DatabaseError, OperationalError, SqliteDatabase

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.db import backends, migrations
from jamsostek_desktop.db.connection import close_db, connect, db
from jamsostek_desktop.errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    StorageError,
    translate,
)

log = logging.getLogger(__name__)

UPGRADE_BACKUP_TAG = "sebelum-pembaruan"


def init_db(path: str | Path, *, migrate: bool = True, seed: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database file or server database, migrate it and seed the catalogue.

    `path` is a file or a `postgresql://` URL (docs/postgresql.md).
    """
    if backends.is_url(path):
        return _init_server(str(path), migrate=migrate, seed=seed)
    path = Path(path)
    # From here on no file writer may replace this file, its companions or a backup.
    fileio.protect(path, [paths.backups_dir()])
    try:
        connect(path)
        if migrate:
            _backup_before_upgrade(path)
            migrations.migrate(db)
        if seed:
            from jamsostek_desktop.services.participants import catalogue, rates

            catalogue.seed_from_resources()
            rates.ensure_default()
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        close_db()
        if isinstance(exc, OperationalError) and "locked" in str(exc):
            raise DatabaseInUseError(translate(
                "startup", "Basis data sedang dipakai program lain; tutup program itu dulu.")) from exc
        raise DatabaseDamagedError(translate(
            "startup", "Berkas basis data rusak atau bukan basis data Jamsostek: {name}.").format(name=path.name)) from exc
    log.info("database opened (schema %s)", migrations.current_version(db))
    return db


def _init_server(url: str, *, migrate: bool, seed: bool):
    """The city office's PostgreSQL database: the server keeps its own backups (docs/postgresql.md)."""
    try:
        connect(url)
        if migrate:
            migrations.migrate(db)
        if seed:
            from jamsostek_desktop.services.participants import catalogue, rates

            catalogue.seed_from_resources()
            rates.ensure_default()
    except DatabaseError as exc:
        close_db()
        raise DatabaseDamagedError(translate(
            "startup", "Basis data di server bukan basis data Jamsostek atau tidak dapat dibaca: {reason}.").format(
            reason=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)) from exc
    backends.current().refresh_statistics(db)
    log.info("server database opened (schema %s)", migrations.current_version(db))
    return db


def _backup_before_upgrade(path: Path) -> None:
    """A new program version about to migrate an existing database keeps a copy of it first.

    Only a file that already holds a schema older than this program's is copied (a new,
    empty file has nothing to lose). Without the copy the migration does not run: the
    file stays exactly as the previous version left it.
    """
    if str(path) == ":memory:":
        return
    version = migrations.current_version(db)
    if version == 0 or version >= migrations.LATEST:
        return
    from jamsostek_desktop.services.backup import copies

    try:
        kept = copies.make_backup(db_path=path, tag=UPGRADE_BACKUP_TAG, thin=False, check_permission=False)
    except StorageError as exc:
        close_db()
        raise StorageError(translate(
            "startup", "Basis data perlu diperbarui untuk versi program ini, tetapi cadangannya gagal dibuat "
            "({reason}). Basis data tidak diubah; periksa ruang disk dan folder cadangan lalu buka program lagi.")
            .format(reason=exc.message)) from exc
    log.info("schema %d older than %d: backup %s written before the upgrade",
             version, migrations.LATEST, kept.name)


def set_up_office(values: dict, mode: str, admin: tuple[str, str, str] | None = None):
    """The first start: the office profile and its first administrator, both or neither.

    `admin` is (user name, password, full name). Returns (profile, actor or None).
    """
    from jamsostek_desktop.services.accounts import users
    from jamsostek_desktop.services.participants import profile

    with db.atomic():
        saved = profile.save(values, mode=mode)
        actor = None
        if admin is not None:
            name, password, full_name = admin
            actor = users.create_user(name, password, role="admin", full_name=full_name)
    return saved, actor


def database_path() -> Path:
    """The file the program has open."""
    return Path(db.database)


def database_target() -> str:
    """What the program has open, as shown to a person: a path, or a URL without its password."""
    return backends.current().describe()


def on_server() -> bool:
    """Whether the open database is on a PostgreSQL server (no file to copy or lock)."""
    return backends.current().name == "postgresql"


def close_database() -> None:
    """Close this thread's connection (peewee keeps one per thread); a worker calls it when its job ends."""
    close_db()
