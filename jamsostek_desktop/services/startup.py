"""Opening a database for the program: connect, back up before an upgrade, migrate, seed.

The one start-up path for the app, the CLI and the tests.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.db import backends, migrations
from jamsostek_desktop.db.connection import close_db, connect, db
from jamsostek_desktop.errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    NotFoundError,
    StorageError,
    translate,
)

log = logging.getLogger(__name__)

UPGRADE_BACKUP_TAG = "sebelum-pembaruan"


def init_db(path: str | Path, *, migrate: bool = True, seed: bool = True, create: bool = True) -> SqliteDatabase:
    """Open the database file (creating it when `create` and it does not exist), migrate it and
    seed the catalogue.

    An existing file must be a database: an empty file, or one without SQLite's header, is
    damage (DatabaseDamagedError), never a new database to set up. A storage failure (a
    read-only folder, a locked file, a missing disk) is a StorageError saying which, never
    "damaged": what helps then is waiting or another folder, not a restore.

    `path` may also be a `postgresql://` URL: the city office's server (docs/postgresql.md).
    """
    if backends.is_url(path):
        return _init_server(str(path), migrate=migrate, seed=seed)
    path = Path(path)
    # From here on no file writer may replace this file, its companions or a backup.
    fileio.protect(path, [paths.backups_dir()])
    if str(path) != ":memory:":
        _check_file(path, create)
    try:
        connect(path)
        if migrate:
            _backup_before_upgrade(path)
            migrations.migrate(db)
        if seed:
            from jamsostek_desktop.services.accounts import seal
            from jamsostek_desktop.services.participants import catalogue, rates

            catalogue.seed_from_resources()
            rates.ensure_default()
            from jamsostek_desktop.services.money import profiles

            profiles.ensure_shipped()       # the BPJS export profiles (issue 15)
            seal.start()            # tamper evidence from the first entry on (a no-op once begun)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        close_db()
        raise _open_error(exc, path) from exc
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


def _check_file(path: Path, create: bool) -> None:
    """What the file on disk is, before SQLite touches it (SQLite would call an empty file new)."""
    from jamsostek_desktop.services.backup import integrity

    if not path.exists():
        if not create:
            raise missing_database(path)
        return
    problem = integrity.header_problem(path)
    if problem is not None:
        raise problem


def missing_database(path: Path) -> NotFoundError:
    """The refusal to open a file that is not there (only `init` and the first start create one)."""
    return NotFoundError(translate(
        "startup", "Basis data tidak ditemukan: {path}. Periksa nama berkasnya; basis data baru dibuat "
        "dengan 'jamsostek init'.").format(path=path))


def _open_error(exc: BaseException, path: Path) -> StorageError:
    from jamsostek_desktop.services.backup.integrity import IN_USE_CODES, STORAGE_CODES, sqlite_code

    code = sqlite_code(exc)
    text = str(exc).lower()
    if code in IN_USE_CODES or (code is None and "locked" in text):
        return DatabaseInUseError(translate(
            "startup", "Basis data sedang dipakai program lain; tutup program itu dulu."))
    if code in STORAGE_CODES or (code is None and ("readonly" in text or "unable to open" in text)):
        return StorageError(translate(
            "startup", "Basis data {name} tidak dapat dibuka untuk ditulis: {reason}. Berkasnya tidak rusak "
            "dan tidak diubah; periksa izin folder {folder}, ruang disk, atau flash drive, lalu coba lagi.")
            .format(name=path.name, reason=_reason(code, exc, path), folder=path.parent))
    return DatabaseDamagedError(translate(
        "startup", "Berkas basis data rusak atau bukan basis data Jamsostek: {name}.").format(name=path.name))


def _reason(code: int | None, exc: BaseException, path: Path) -> str:
    if code == 8 or (code in (3, 14) and not os.access(path.parent, os.W_OK)):
        return translate("startup", "lokasinya hanya dapat dibaca (read-only)")
    if code == 13:
        return translate("startup", "ruang penyimpanan (disk) penuh")
    if code == 10:
        return translate("startup", "kesalahan baca/tulis disk")
    if code in (3, 14, 23):
        return translate("startup", "folder atau berkas pendampingnya (-wal/-shm) tidak dapat dibuat atau "
                         "dibuka; mungkin foldernya hanya dapat dibaca")
    return str(exc)


def needs_upgrade(path: str | Path) -> bool:
    """True when an existing file's schema is older than this program's (opening it would migrate).

    A server database (a URL) upgrades itself under its own lock: never a file to lock here.
    """
    if backends.is_url(path):
        return False
    path = Path(path)
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0] < migrations.LATEST
        finally:
            conn.close()
    except sqlite3.Error:
        return False     # opening it properly says what is wrong


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
