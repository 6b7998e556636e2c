"""Schema step 15: screening (issue 13): candidate pairs and their decisions, flags, reference lists.

- `screening_pair`: two participants (by UUID, the smaller first) that may be one person, why
  and how sure; `decision` is empty until a person decides ("same" or "different"). Decided
  pairs are kept for good, so a pair decided once is never asked again, even after a re-import.
- `screening_flag`: one open question about one participant (a code: ASN, deceased, a resident
  who moved ...); resolved with a decision and a reason; one row per participant and code.
- `reference_list` / `reference_entry`: lists from other offices (ASN/PPPK, funded by another
  budget, deceased, wage earners elsewhere), one current list per kind.
- An index on the birth date: the entry form's "mungkin sama dengan ..." reads the few people
  born on the typed day.
Raw SQL so the step never changes once released, whatever the models become. On PostgreSQL
(`upgrade_postgresql`) the same statements with the storage classes of pg_baseline.py: SERIAL ids,
ISO text dates and times (a pair found without a time gets SQLite's CURRENT_TIMESTAMP text).
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

STATEMENTS = (
    'CREATE TABLE "screening_pair" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"uuid_a" VARCHAR(36) NOT NULL, '
    '"uuid_b" VARCHAR(36) NOT NULL, '
    '"reasons" VARCHAR(255) NOT NULL, '
    '"score" INTEGER NOT NULL, '
    '"found_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, '
    '"decision" VARCHAR(16) NOT NULL DEFAULT \'\', '
    '"kept_uuid" VARCHAR(36) NOT NULL DEFAULT \'\', '
    '"reason" TEXT NOT NULL DEFAULT \'\', '
    '"decided_by" VARCHAR(255) NOT NULL DEFAULT \'\', '
    '"decided_at" DATETIME, '
    '"uuid" VARCHAR(36) NOT NULL, '
    '"revision" INTEGER NOT NULL DEFAULT 1, '
    '"created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, '
    '"change_seq" INTEGER NOT NULL DEFAULT 0)',
    'CREATE UNIQUE INDEX "screening_pair_uuids" ON "screening_pair" ("uuid_a", "uuid_b")',
    'CREATE UNIQUE INDEX "screening_pair_uuid" ON "screening_pair" ("uuid")',
    'CREATE INDEX "screening_pair_change_seq" ON "screening_pair" ("change_seq")',
    'CREATE INDEX "screening_pair_b" ON "screening_pair" ("uuid_b")',
    'CREATE INDEX "screening_pair_open" ON "screening_pair" ("decision")',
    'CREATE TABLE "screening_flag" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"participant_uuid" VARCHAR(36) NOT NULL, '
    '"code" VARCHAR(32) NOT NULL, '
    '"detail" TEXT NOT NULL DEFAULT \'\', '
    '"opened_at" DATETIME NOT NULL, '
    '"resolution" VARCHAR(16) NOT NULL DEFAULT \'\', '
    '"reason" TEXT NOT NULL DEFAULT \'\', '
    '"resolved_by" VARCHAR(255) NOT NULL DEFAULT \'\', '
    '"resolved_at" DATETIME)',
    'CREATE UNIQUE INDEX "screening_flag_participant_code" ON "screening_flag" ("participant_uuid", "code")',
    'CREATE INDEX "screening_flag_open" ON "screening_flag" ("resolution", "participant_uuid")',
    'CREATE TABLE "reference_list" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"kind" VARCHAR(32) NOT NULL, '
    '"source" VARCHAR(255) NOT NULL, '
    '"list_date" DATE NOT NULL, '
    '"file_name" VARCHAR(255) NOT NULL, '
    '"rows" INTEGER NOT NULL, '
    '"imported_at" DATETIME NOT NULL, '
    '"actor" VARCHAR(255) NOT NULL, '
    '"current" INTEGER NOT NULL)',
    'CREATE INDEX "reference_list_kind" ON "reference_list" ("kind", "current")',
    'CREATE TABLE "reference_entry" ('
    '"id" INTEGER NOT NULL PRIMARY KEY, '
    '"list_id" INTEGER NOT NULL REFERENCES "reference_list" ("id") ON DELETE CASCADE, '
    '"nik" VARCHAR(16) NOT NULL, '
    '"nama" VARCHAR(255) NOT NULL, '
    '"detail" TEXT NOT NULL)',
    'CREATE INDEX "reference_entry_nik" ON "reference_entry" ("nik", "list_id")',
    'CREATE INDEX "reference_entry_list" ON "reference_entry" ("list_id")',
    'CREATE INDEX "participant_birth" ON "participant" ("tanggal_lahir")',
)


# SQLite's CURRENT_TIMESTAMP as it writes it: UTC, "YYYY-MM-DD HH:MM:SS".
_PG_NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"


def upgrade(db: SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


def postgresql_statement(statement: str) -> str:
    statement = statement.replace('"id" INTEGER NOT NULL PRIMARY KEY', '"id" SERIAL NOT NULL PRIMARY KEY')
    statement = statement.replace("DEFAULT CURRENT_TIMESTAMP", f"DEFAULT ({_PG_NOW})")
    return statement.replace(" DATETIME", " TEXT").replace(" DATE ", " TEXT ")


def upgrade_postgresql(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(postgresql_statement(statement))
