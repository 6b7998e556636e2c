"""Schema step 20: the city's review queue, several staff deciding conflicts and duplicates at once.

A claim hands one open issue to one person for a while (services/sync/review_queue.py);
an issue is decided once whoever holds it. One row per claimed issue.
"""

from __future__ import annotations

from peewee import Database

STATEMENTS = (
    'CREATE TABLE "review_claim" ("issue_id" INTEGER NOT NULL PRIMARY KEY REFERENCES "sync_issue" ("id") '
    'ON DELETE CASCADE, "username" VARCHAR(255) NOT NULL, "claimed_at" {time} NOT NULL)',
    'CREATE INDEX "review_claim_username" ON "review_claim" ("username")',
)


def upgrade(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement.format(time="DATETIME"))


def upgrade_postgresql(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement.format(time="TEXT"))
