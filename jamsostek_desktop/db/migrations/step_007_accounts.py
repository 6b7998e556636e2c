"""Schema step: Accounts: users with argon2 hashes, roles, lock-out counters.

Raw SQL so the step never changes once released, whatever the models become.
"""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    db.execute_sql(
        'CREATE TABLE "user_account" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"username" VARCHAR(255) NOT NULL COLLATE NOCASE, '
        '"full_name" VARCHAR(255) NOT NULL, '
        '"role" VARCHAR(255) NOT NULL, '
        '"password_hash" VARCHAR(255) NOT NULL, '
        '"active" INTEGER NOT NULL, '
        '"failed_attempts" INTEGER NOT NULL, '
        '"locked_until" DATETIME, '
        '"must_change_password" INTEGER NOT NULL, '
        '"last_login_at" DATETIME, '
        '"created_at" DATETIME NOT NULL, '
        '"updated_at" DATETIME NOT NULL)'
    )
    db.execute_sql('CREATE UNIQUE INDEX "user_account_username" ON "user_account" ("username")')
    # The trail is filtered by who and what in the global log.
    db.execute_sql('CREATE INDEX "audit_entry_actor" ON "audit_entry" ("actor")')
    db.execute_sql('CREATE INDEX "audit_entry_table_name" ON "audit_entry" ("table_name")')
