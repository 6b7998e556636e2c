"""Schema step 20: the city office on a server: the review queue several staff share, and on
PostgreSQL the few SQLite functions the program's SQL uses.

A claim hands one open issue to one person for a while (services/server/review_queue.py);
an issue is decided once, whoever holds it. One row per claimed issue.
"""

from __future__ import annotations

from peewee import Database

STATEMENTS = (
    'CREATE TABLE "review_claim" ("issue_id" INTEGER NOT NULL PRIMARY KEY REFERENCES "sync_issue" ("id") '
    'ON DELETE CASCADE, "username" VARCHAR(255) NOT NULL, "claimed_at" {time} NOT NULL)',
    'CREATE INDEX "review_claim_username" ON "review_claim" ("username")',
)

# SQLite's json_extract(document, '$.key') over the TEXT columns holding JSON (one level of
# keys: what the program asks), answering text, numbers and booleans as SQLite would.
PG_FUNCTIONS = (
    "CREATE OR REPLACE FUNCTION json_extract(document text, path text) RETURNS text LANGUAGE sql IMMUTABLE "
    "AS $$ SELECT CASE jsonb_typeof(value) WHEN 'boolean' THEN (CASE WHEN value = 'true'::jsonb THEN '1' "
    "ELSE '0' END) ELSE value #>> '{}' END FROM (SELECT (document::jsonb) #> "
    "string_to_array(substr(path, 3), '.') AS value) AS found $$",
)


def upgrade(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement.format(time="DATETIME"))


def upgrade_postgresql(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement.format(time="TEXT"))
    for statement in PG_FUNCTIONS:
        db.execute_sql(statement)
