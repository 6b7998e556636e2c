"""Schema step: the resident register (OpenSID / SIAK / BIP lists) and its imports.

One row per resident and kelurahan (a person who moved within a city is listed by both
kelurahan, Pindah in one and Hidup in the other). Names are indexed for search as the
clerk types (FTS5, kept by triggers like the participant names), NIKs by the unique
index. Raw SQL so the step never changes once released, whatever the models become.
"""

from __future__ import annotations

from peewee import SqliteDatabase

STATEMENTS = (
    'CREATE TABLE "resident_import" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"kelurahan_code" VARCHAR(255) NOT NULL, '
    '"file_name" VARCHAR(255) NOT NULL, '
    '"layout" VARCHAR(255) NOT NULL, '
    '"imported_at" DATETIME NOT NULL, '
    '"actor" VARCHAR(255) NOT NULL, '
    '"full_list" INTEGER NOT NULL, '
    '"rows" INTEGER NOT NULL, '
    '"added" INTEGER NOT NULL, '
    '"updated" INTEGER NOT NULL, '
    '"unchanged" INTEGER NOT NULL, '
    '"left" INTEGER NOT NULL, '
    '"returned" INTEGER NOT NULL)',
    'CREATE TABLE "resident" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"kelurahan_code" VARCHAR(255) NOT NULL, '
    '"nik" VARCHAR(16) NOT NULL, '
    '"no_kk" VARCHAR(16) NOT NULL, '
    '"nama" VARCHAR(255) NOT NULL, '
    '"tempat_lahir" VARCHAR(255) NOT NULL, '
    '"tanggal_lahir" DATE, '
    '"jenis_kelamin" VARCHAR(1) NOT NULL, '
    '"alamat" TEXT NOT NULL, '
    '"dusun" VARCHAR(255) NOT NULL, '
    '"rt" INTEGER, '
    '"rw" INTEGER, '
    '"status" VARCHAR(255) NOT NULL, '
    '"notes" VARCHAR(255) NOT NULL, '
    '"import_id" INTEGER NOT NULL REFERENCES "resident_import" ("id") ON DELETE RESTRICT, '
    '"left_at" DATETIME, '
    '"updated_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "resident_kelurahan_code_nik" ON "resident" ("kelurahan_code", "nik")',
    'CREATE INDEX "resident_nik" ON "resident" ("nik")',
    'CREATE INDEX "resident_nama" ON "resident" ("nama", "id")',
    'CREATE INDEX "resident_import_id" ON "resident" ("import_id")',
    "CREATE VIRTUAL TABLE \"resident_search\" USING fts5(nama, content='resident', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    'CREATE TRIGGER "resident_search_ai" AFTER INSERT ON "resident" BEGIN '
    'INSERT INTO "resident_search"(rowid, nama) VALUES (new.id, new.nama); END',
    'CREATE TRIGGER "resident_search_ad" AFTER DELETE ON "resident" BEGIN '
    "INSERT INTO \"resident_search\"(\"resident_search\", rowid, nama) VALUES ('delete', old.id, old.nama); END",
    'CREATE TRIGGER "resident_search_au" AFTER UPDATE OF "nama" ON "resident" BEGIN '
    "INSERT INTO \"resident_search\"(\"resident_search\", rowid, nama) VALUES ('delete', old.id, old.nama); "
    'INSERT INTO "resident_search"(rowid, nama) VALUES (new.id, new.nama); END',
)


def upgrade(db: SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
