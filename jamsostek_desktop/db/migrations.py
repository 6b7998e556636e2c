"""Linear, versioned schema migrations.

`PRAGMA user_version` holds how many steps a file has had. Each step runs in its
own transaction (playhouse.migrate does not wrap them) and never reads the current
models, so an old file upgrades the same way next year as today. Add a step by
appending a function to STEPS; never edit a released one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from peewee import IntegerField, SqliteDatabase
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as run_migration

from jamsostek_desktop.db import schema_accounts, schema_search, schema_sync

log = logging.getLogger(__name__)


def _v1_initial(db: SqliteDatabase) -> None:
    """The first released schema."""
    for statement in (
        'CREATE TABLE "profile" ("id" INTEGER NOT NULL PRIMARY KEY, "mode" VARCHAR(255) NOT NULL, '
        '"region_code" VARCHAR(255) NOT NULL, "kelurahan" VARCHAR(255) NOT NULL, "kecamatan" VARCHAR(255) NOT NULL, '
        '"kota" VARCHAR(255) NOT NULL, "provinsi" VARCHAR(255) NOT NULL, "alamat" TEXT NOT NULL, '
        '"telepon" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "kode_pos" VARCHAR(255) NOT NULL, '
        '"lurah_nama" VARCHAR(255) NOT NULL, "lurah_pangkat" VARCHAR(255) NOT NULL, '
        '"lurah_nip" VARCHAR(255) NOT NULL, "logo" BLOB, "created_at" DATETIME NOT NULL, '
        '"updated_at" DATETIME NOT NULL)',
        'CREATE TABLE "category" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(255) NOT NULL, '
        '"name" VARCHAR(255) NOT NULL, "group_name" VARCHAR(255) NOT NULL, "fields" TEXT NOT NULL, '
        '"key_field" VARCHAR(255), "description" TEXT NOT NULL, "sort_order" INTEGER NOT NULL, '
        '"active" INTEGER NOT NULL)',
        'CREATE UNIQUE INDEX "category_code" ON "category" ("code")',
        'CREATE TABLE "participant" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, '
        '"kelurahan_code" VARCHAR(255) NOT NULL, "category_id" INTEGER NOT NULL, "nik" VARCHAR(16) NOT NULL, '
        '"nama" VARCHAR(255) NOT NULL, "tempat_lahir" VARCHAR(255) NOT NULL, "tanggal_lahir" DATE NOT NULL, '
        '"jenis_kelamin" VARCHAR(1) NOT NULL, "alamat" TEXT NOT NULL, "rt" INTEGER NOT NULL, '
        '"rw" INTEGER NOT NULL, "telepon" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, '
        '"no_sk" VARCHAR(255) NOT NULL, "tanggal_sk" DATE, "tmt" DATE, "program_jht" INTEGER NOT NULL, '
        '"penghasilan" INTEGER NOT NULL, "kpj" VARCHAR(255) NOT NULL, "fields" TEXT NOT NULL, '
        '"status" VARCHAR(255) NOT NULL, "status_reason" TEXT NOT NULL, "archived" INTEGER NOT NULL, '
        '"archive_reason" TEXT NOT NULL, "archived_at" DATETIME, "created_at" DATETIME NOT NULL, '
        '"updated_at" DATETIME NOT NULL, "revision" INTEGER NOT NULL, '
        'FOREIGN KEY ("category_id") REFERENCES "category" ("id") ON DELETE RESTRICT)',
        'CREATE UNIQUE INDEX "participant_uuid" ON "participant" ("uuid")',
        'CREATE INDEX "participant_kelurahan_code" ON "participant" ("kelurahan_code")',
        'CREATE INDEX "participant_category_id" ON "participant" ("category_id")',
        'CREATE INDEX "participant_nik" ON "participant" ("nik")',
        'CREATE INDEX "participant_status" ON "participant" ("status")',
        'CREATE INDEX "participant_category_id_archived_nama" ON "participant" ("category_id", "archived", "nama")',
        'CREATE INDEX "participant_archived_nama" ON "participant" ("archived", "nama")',
        'CREATE INDEX "participant_rw_rt" ON "participant" ("rw", "rt")',
        'CREATE TABLE "contribution_rate" ("id" INTEGER NOT NULL PRIMARY KEY, "effective_from" DATE NOT NULL, '
        '"jkk_bp" INTEGER NOT NULL, "jkm_flat" INTEGER NOT NULL, "jkm_bp" INTEGER NOT NULL, '
        '"jht_bp" INTEGER NOT NULL, "income_base" INTEGER NOT NULL, "min_age" INTEGER NOT NULL, '
        '"max_age" INTEGER NOT NULL, "note" TEXT NOT NULL)',
        'CREATE UNIQUE INDEX "contribution_rate_effective_from" ON "contribution_rate" ("effective_from")',
        'CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    ):
        db.execute_sql(statement)


def _v2_change_seq_and_potential(db: SqliteDatabase) -> None:
    """Sync deltas need a global change order; coverage needs potential counts."""
    migrator = SqliteMigrator(db)
    run_migration(
        migrator.add_column("participant", "change_seq", IntegerField(default=0)),
        migrator.add_column("category", "potential", IntegerField(null=True)),
    )
    # Existing rows get an order that follows their last change.
    db.execute_sql(
        'UPDATE "participant" SET "change_seq" = (SELECT COUNT(*) FROM "participant" AS p2 '
        'WHERE p2."updated_at" < "participant"."updated_at" OR (p2."updated_at" = "participant"."updated_at" '
        'AND p2."id" <= "participant"."id"))'
    )
    db.execute_sql('CREATE INDEX "participant_change_seq" ON "participant" ("change_seq")')


def _v3_audit_trail(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, '
        '"actor" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "table_name" VARCHAR(255) NOT NULL, '
        '"record" VARCHAR(255) NOT NULL, "field" VARCHAR(255) NOT NULL, "old_value" TEXT, "new_value" TEXT, '
        '"reason" TEXT NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "audit_entry_at" ON "audit_entry" ("at")')
    db.execute_sql('CREATE INDEX "audit_entry_record" ON "audit_entry" ("record")')


def _v4_kelurahan_registry(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "kelurahan" ("code" VARCHAR(255) NOT NULL PRIMARY KEY, "kelurahan" VARCHAR(255) NOT NULL, '
        '"kecamatan" VARCHAR(255) NOT NULL, "kota" VARCHAR(255) NOT NULL)'
    )
    db.execute_sql(
        'INSERT INTO "kelurahan" ("code", "kelurahan", "kecamatan", "kota") '
        'SELECT "region_code", "kelurahan", "kecamatan", "kota" FROM "profile" WHERE "mode" = \'kelurahan\''
    )


def _v8_received_revision(db: SqliteDatabase) -> None:
    """City side: the kelurahan revision last merged, so a city edit is never silently undone."""
    db.execute_sql('ALTER TABLE "participant" ADD COLUMN "received_revision" INTEGER')


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _v1_initial,
    _v2_change_seq_and_potential,
    _v3_audit_trail,
    _v4_kelurahan_registry,
    # Feature schemas, each in its own module (one step each; never edit a released step).
    schema_search.upgrade,
    schema_sync.upgrade,
    schema_accounts.upgrade,
    _v8_received_revision,
]
LATEST = len(STEPS)


def current_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase, target: int | None = None) -> int:
    """Apply the missing steps up to `target` (default: all); returns the new version."""
    target = LATEST if target is None else target
    version = current_version(db)
    if version > LATEST:
        from jamsostek_desktop.errors import StorageError

        raise StorageError(
            "Basis data ini dibuat oleh versi program yang lebih baru; perbarui Jamsostek Desktop."
        )
    while version < target:
        step = STEPS[version]
        with db.atomic():
            step(db)
            version += 1
            db.execute_sql(f"PRAGMA user_version = {version}")
        log.info("schema migrated to version %d (%s)", version, step.__name__)
    return version
