"""A new program version backs up an older database before migrating it (db/connection.py)."""

from __future__ import annotations

import sqlite3

import pytest

from jamsostek_desktop.db import migrations
from jamsostek_desktop.db.connection import close_db, db
from jamsostek_desktop.errors import StorageError
from jamsostek_desktop.services.backup import copies as backup
from jamsostek_desktop.services.startup import UPGRADE_BACKUP_TAG, init_db

OLD_VERSION = 4   # the schema before the feature steps (search, sync, accounts)


def _old_database(path):
    """A file as an earlier release left it: schema version 4 and one profile row."""
    init_db(path, migrate=False, seed=False)
    migrations.migrate(db, target=OLD_VERSION)
    db.execute_sql(
        'INSERT INTO "profile" ("mode", "region_code", "kelurahan", "kecamatan", "kota", "provinsi", '
        '"alamat", "telepon", "email", "kode_pos", "lurah_nama", "lurah_pangkat", "lurah_nip", '
        '"created_at", "updated_at") VALUES (\'kelurahan\', \'18.72.01.1001\', \'Yosodadi\', '
        '\'Metro Timur\', \'Kota Metro\', \'Lampung\', \'\', \'\', \'\', \'\', \'\', \'\', \'\', '
        '\'2025-01-01 00:00:00\', \'2025-01-01 00:00:00\')')
    close_db()


def _version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_an_older_database_is_backed_up_before_the_upgrade(db_path):
    _old_database(db_path)
    init_db(db_path)
    assert migrations.current_version(db) == migrations.LATEST
    kept = backup.list_backups(db_path)
    assert [b.tag for b in kept] == [UPGRADE_BACKUP_TAG]
    # The backup is the old file, complete: old schema version, its profile row.
    assert _version(kept[0].path) == OLD_VERSION
    conn = sqlite3.connect(kept[0].path)
    try:
        assert conn.execute('SELECT "kelurahan" FROM "profile"').fetchall() == [("Yosodadi",)]
    finally:
        conn.close()
    # Opening the upgraded file again makes no further backup.
    close_db()
    init_db(db_path)
    assert len(backup.list_backups(db_path)) == 1


def test_new_and_current_databases_are_not_backed_up(db_path):
    init_db(db_path)          # a new file: nothing to keep
    close_db()
    init_db(db_path)          # already at the latest version
    assert backup.list_backups(db_path) == []


def test_when_the_backup_fails_the_old_database_is_left_untouched(db_path, monkeypatch):
    _old_database(db_path)
    before = db_path.read_bytes()

    def disk_full(*args, **kwargs):
        raise StorageError("Disk penuh")

    monkeypatch.setattr(backup, "make_backup", disk_full)
    with pytest.raises(StorageError, match="cadangannya gagal dibuat .*Basis data tidak diubah"):
        init_db(db_path)
    assert db.is_closed()
    assert _version(db_path) == OLD_VERSION
    assert db_path.read_bytes() == before
