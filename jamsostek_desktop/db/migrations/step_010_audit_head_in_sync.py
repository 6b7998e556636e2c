"""Schema step 10: the audit chain's head travels in every sync file.

The kelurahan remembers up to which audit entry each export reached; the city keeps, per
file, the head the kelurahan sent and whether the history it had seen before still holds.
"""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    db.execute_sql('ALTER TABLE "sync_export" ADD COLUMN "audit_last_id" INTEGER')
    db.execute_sql('ALTER TABLE "sync_import" ADD COLUMN "audit_last_id" INTEGER')
    db.execute_sql('ALTER TABLE "sync_import" ADD COLUMN "audit_head" VARCHAR(64)')
    db.execute_sql('ALTER TABLE "sync_import" ADD COLUMN "audit_note" TEXT NOT NULL DEFAULT \'\'')
