"""Schema step 14: substring search over names, apostrophes ignored, case-blind name order, and the
indexes that keep the clerk's list, saves and dashboard quick at 150,000 participants.

A clerk used to Excel's Find types part of a name ("ahyuni" for Wahyuni) or leaves out
an apostrophe ("maruf" for Ma'ruf). The word-prefix index of step 5 finds neither, so a
second FTS5 index uses the trigram tokenizer over the name without apostrophes. It is
contentless (the name is in `participant` already) and kept by triggers that pass the
same folded text to FTS5's 'delete' command; bulk loads defer it (db/search.py).
Contentless and no `remove_diacritics` option: both work on SQLite 3.40, the oldest a
supported Python ships.

The list's covering index is rebuilt with `nama COLLATE NOCASE`, so "agus" and "AGUS"
sort beside "Agus" and the list still walks the index in order a page at a time.
"""

from __future__ import annotations

from peewee import SqliteDatabase


def folded(column: str) -> str:
    """The SQL expression the trigram index holds for a name column: apostrophes removed."""
    expression = column
    for mark in ("''", "\u2019", "\u2018", "`"):
        expression = f"replace({expression}, '{mark}', '')"
    return expression


# Archived people are left out: the live list is what a clerk searches, so the index alone
# answers "how many match"; the archive's search reads its few names directly.
INSERT_TRIGGER = (
    'CREATE TRIGGER IF NOT EXISTS "participant_trigram_ai" AFTER INSERT ON "participant" '
    'WHEN NOT new.archived BEGIN '
    f'INSERT INTO "participant_trigram"(rowid, nama) VALUES (new.id, {folded("new.nama")}); END'
)
FILL_FROM = (
    f'INSERT INTO "participant_trigram"(rowid, nama) SELECT "id", {folded(chr(34) + "nama" + chr(34))} '
    'FROM "participant" WHERE "id" > ? AND NOT "archived"'
)
_DELETE_OLD = ("INSERT INTO \"participant_trigram\"(\"participant_trigram\", rowid, nama) "
               f"SELECT 'delete', old.id, {folded('old.nama')} WHERE NOT old.archived; ")
_INSERT_NEW = (f'INSERT INTO "participant_trigram"(rowid, nama) SELECT new.id, {folded("new.nama")} '
               'WHERE NOT new.archived; ')

STATEMENTS = (
    "CREATE VIRTUAL TABLE \"participant_trigram\" USING fts5(nama, content='', tokenize='trigram')",
    INSERT_TRIGGER,
    f'CREATE TRIGGER "participant_trigram_ad" AFTER DELETE ON "participant" BEGIN {_DELETE_OLD}END',
    'CREATE TRIGGER "participant_trigram_au" AFTER UPDATE OF "nama", "archived" ON "participant" '
    f'BEGIN {_DELETE_OLD}{_INSERT_NEW}END',
    'DROP INDEX IF EXISTS "participant_list_by_name"',
    'CREATE INDEX "participant_list_by_name" ON "participant" ("archived", "nama" COLLATE NOCASE, "id", '
    '"nik", "rt", "rw", "status", "category_id", "kelurahan_code")',
    # A category's list in the same order, so a save finds its row among a few thousand.
    'DROP INDEX IF EXISTS "participant_category_id_archived_nama"',
    'CREATE INDEX "participant_category_id_archived_nama" ON "participant" ("category_id", "archived", '
    '"nama" COLLATE NOCASE, "id")',
    # Names by id: sorting a few thousand search matches by name reads this small index,
    # not the wide rows (half the time at 150,000 participants).
    'CREATE INDEX "participant_name_by_id" ON "participant" ("id", "archived", "nama")',
    # How many live NIKs begin with the digits typed so far: a range on this index.
    'CREATE INDEX "participant_live_nik" ON "participant" ("archived", "nik")',
    # The dashboard's enrolments per month: the last year read from this index, not the table.
    'CREATE INDEX "participant_live_created" ON "participant" ("archived", "created_at")',
    # A number typed alone ("3") is an RT, an RW or how a NIK begins: counted per RW and RT
    # from this index, never by reading the whole list.
    'DROP INDEX IF EXISTS "participant_rw_rt"',
    'CREATE INDEX "participant_rw_rt" ON "participant" ("rw", "rt", "archived", "nik")',
)


def upgrade(db: SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
    db.execute_sql(FILL_FROM, (0,))
    # The planner's statistics named the old index; listing.ensure_statistics() renews them.
    if db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        db.execute_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'participant'")
