"""Schema step 3: the audit trail."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, '
        '"actor" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "table_name" VARCHAR(255) NOT NULL, '
        '"record" VARCHAR(255) NOT NULL, "field" VARCHAR(255) NOT NULL, "old_value" TEXT, "new_value" TEXT, '
        '"reason" TEXT NOT NULL)'
    )
    db.execute_sql('CREATE INDEX "audit_entry_at" ON "audit_entry" ("at")')
    db.execute_sql('CREATE INDEX "audit_entry_record" ON "audit_entry" ("record")')
