"""Schema step 9: tamper evidence. The audit trail becomes a keyed hash chain (`chain`: the
HMAC of the entry and the chain before it) and each user and participant row gets a keyed
digest in `seal_digest` (services/accounts/seal.py computes both; the key stays outside
the database)."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    db.execute_sql('ALTER TABLE "audit_entry" ADD COLUMN "chain" VARCHAR(64)')
    db.execute_sql(
        'CREATE TABLE "seal_digest" ("table_name" VARCHAR(40) NOT NULL, "row_id" INTEGER NOT NULL, '
        '"digest" VARCHAR(64) NOT NULL, PRIMARY KEY ("table_name", "row_id")) WITHOUT ROWID'
    )
