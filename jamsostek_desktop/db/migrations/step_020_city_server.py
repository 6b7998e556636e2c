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


# The list's name search on the server without extensions (no pg_trgm): the names, folded as the
# SQLite trigram index folds them (lower case, apostrophes left out), in a narrow table the
# search scans in milliseconds, kept by a trigger as SQLite's FTS5 indexes are.
def _folded(column: str) -> str:
    expression = column
    for mark in ("''", "\u2019", "\u2018", "`"):
        expression = f"replace({expression}, '{mark}', '')"
    return f"lower({expression})"


# The names of the rows past an id, in one statement (a bulk load defers the trigger).
NAME_FILL_FROM = ('INSERT INTO "participant_name" ("id", "archived", "folded", "lowered") SELECT "id", "archived", '
                  f'{_folded(chr(34) + "nama" + chr(34))}, lower("nama") FROM "participant" WHERE "id" > ? '
                  'ON CONFLICT ("id") DO NOTHING')

PG_NAME_SEARCH = (
    'CREATE TABLE "participant_name" ("id" INTEGER NOT NULL PRIMARY KEY, "archived" INTEGER NOT NULL, '
    '"folded" TEXT NOT NULL, "lowered" TEXT NOT NULL)',
    "CREATE OR REPLACE FUNCTION participant_name_kept() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'DELETE' THEN DELETE FROM participant_name WHERE id = OLD.id; RETURN OLD; END IF; "
    f"INSERT INTO participant_name (id, archived, folded, lowered) VALUES (NEW.id, NEW.archived, "
    f"{_folded('NEW.nama')}, lower(NEW.nama)) ON CONFLICT (id) DO UPDATE SET archived = excluded.archived, "
    "folded = excluded.folded, lowered = excluded.lowered; RETURN NEW; END $$",
    'CREATE TRIGGER "participant_name_kept" AFTER INSERT OR DELETE OR UPDATE OF "nama", "archived" '
    'ON "participant" FOR EACH ROW EXECUTE FUNCTION participant_name_kept()',
    'INSERT INTO "participant_name" ("id", "archived", "folded", "lowered") SELECT "id", "archived", '
    f'{_folded(chr(34) + "nama" + chr(34))}, lower("nama") FROM "participant"',
)


def upgrade(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement.format(time="DATETIME"))


def upgrade_postgresql(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement.format(time="TEXT"))
    for statement in PG_FUNCTIONS + PG_NAME_SEARCH:
        db.execute_sql(statement)
