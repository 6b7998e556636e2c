"""Full-text search over participant names: what bulk loads need to know about the indexes.

Two FTS5 indexes, each kept by triggers: `participant_search` (word prefixes, migration
step 5) and `participant_trigram` (substrings with apostrophes ignored, step 14).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import SqliteDatabase

from jamsostek_desktop.db.migrations import step_014_substring_search as trigram_step

INSERT_TRIGGER = (
    'CREATE TRIGGER IF NOT EXISTS "participant_search_ai" AFTER INSERT ON "participant" BEGIN '
    'INSERT INTO "participant_search"(rowid, nama) VALUES (new.id, new.nama); END'
)

# (insert trigger, its CREATE statement, the statement that indexes the rows past an id)
INDEXES = (
    ("participant_search_ai", INSERT_TRIGGER,
     'INSERT INTO "participant_search"(rowid, nama) SELECT "id", "nama" FROM "participant" WHERE "id" > ?'),
    ("participant_trigram_ai", trigram_step.INSERT_TRIGGER, trigram_step.FILL_FROM),
)


@contextmanager
def deferred_index(db: SqliteDatabase) -> Iterator[None]:
    """Bulk inserts inside the caller's transaction: index the new names once, at the end.

    The per-row insert triggers make a 150,000-row load several times slower; dropping
    them for the load and indexing the new rows in one statement each gives the same
    indexes. DDL is transactional in SQLite, so a rollback restores the triggers with
    everything else.
    """
    present = {name for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        tuple(name for name, _create, _fill in INDEXES)).fetchall()}
    deferred = [index for index in INDEXES if index[0] in present]
    if not deferred:
        yield
        return
    start = db.execute_sql('SELECT COALESCE(MAX("id"), 0) FROM "participant"').fetchone()[0]
    for name, _create, _fill in deferred:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
        for _name, _create, fill in deferred:
            db.execute_sql(fill, (start,))
    finally:
        for _name, create, _fill in deferred:
            db.execute_sql(create)
