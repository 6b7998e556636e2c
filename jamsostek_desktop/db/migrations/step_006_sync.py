"""Schema step: the sync tables.

Kelurahan side: `sync_export` remembers each file written (its sequence number and
the change range it covered, so a lost file can be written again).
City side: `sync_peer` holds the signing key first seen for each kelurahan
installation, `sync_import` each file merged, and `sync_issue` the conflicts and
duplicate NIKs a person has to resolve. Raw SQL so the step never changes once released.
"""

from __future__ import annotations

from peewee import SqliteDatabase

STATEMENTS = (
    'CREATE TABLE "sync_export" ("id" INTEGER NOT NULL PRIMARY KEY, "installation_id" VARCHAR(255) NOT NULL, '
    '"sequence" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "full" INTEGER NOT NULL, '
    '"seq_from" INTEGER NOT NULL, "seq_to" INTEGER NOT NULL, "records" INTEGER NOT NULL, '
    '"tombstones" INTEGER NOT NULL, "payload_sha256" VARCHAR(64) NOT NULL, "encrypted" INTEGER NOT NULL, '
    '"file_name" TEXT NOT NULL, "actor" VARCHAR(255) NOT NULL)',
    'CREATE UNIQUE INDEX "sync_export_installation_sequence" ON "sync_export" ("installation_id", "sequence")',
    'CREATE TABLE "sync_peer" ("installation_id" VARCHAR(255) NOT NULL PRIMARY KEY, '
    '"kelurahan_code" VARCHAR(255) NOT NULL, "public_key" VARCHAR(255) NOT NULL, '
    '"first_seen" DATETIME NOT NULL, "accepted_by" VARCHAR(255) NOT NULL, "accepted_at" DATETIME NOT NULL)',
    'CREATE INDEX "sync_peer_kelurahan_code" ON "sync_peer" ("kelurahan_code")',
    'CREATE TABLE "sync_import" ("id" INTEGER NOT NULL PRIMARY KEY, "installation_id" VARCHAR(255) NOT NULL, '
    '"sequence" INTEGER NOT NULL, "full" INTEGER NOT NULL, "kelurahan_code" VARCHAR(255) NOT NULL, '
    '"payload_sha256" VARCHAR(64) NOT NULL, '
    '"imported_at" DATETIME NOT NULL, "actor" VARCHAR(255) NOT NULL, "file_name" TEXT NOT NULL, '
    '"added" INTEGER NOT NULL, "updated" INTEGER NOT NULL, "unchanged" INTEGER NOT NULL, '
    '"archived" INTEGER NOT NULL, "older" INTEGER NOT NULL, "conflicts" INTEGER NOT NULL, '
    '"duplicates" INTEGER NOT NULL, "expected_live" INTEGER NOT NULL, "actual_live" INTEGER NOT NULL)',
    'CREATE INDEX "sync_import_installation_sequence" ON "sync_import" ("installation_id", "sequence")',
    'CREATE TABLE "sync_issue" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL, '
    '"kelurahan_code" VARCHAR(255) NOT NULL, "record_key" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL, '
    '"import_id" INTEGER, "created_at" DATETIME NOT NULL, "status" VARCHAR(255) NOT NULL, '
    '"resolution" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "resolved_by" VARCHAR(255) NOT NULL, '
    '"resolved_at" DATETIME, FOREIGN KEY ("import_id") REFERENCES "sync_import" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "sync_issue_status_kind" ON "sync_issue" ("status", "kind")',
    'CREATE INDEX "sync_issue_record_key" ON "sync_issue" ("record_key")',
)


def upgrade(db: SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
