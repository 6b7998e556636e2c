"""Schema step 1: the first released schema."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
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
