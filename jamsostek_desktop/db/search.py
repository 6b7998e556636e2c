"""Full-text search over participant names: what bulk loads need to know about the index.

The index itself (an FTS5 table kept by triggers) is created by migration step 5.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import SqliteDatabase

INSERT_TRIGGER = (
    'CREATE TRIGGER IF NOT EXISTS "participant_search_ai" AFTER INSERT ON "participant" BEGIN '
    'INSERT INTO "participant_search"(rowid, nama) VALUES (new.id, new.nama); END'
)


@contextmanager
def deferred_index(db: SqliteDatabase) -> Iterator[None]:
    """Bulk inserts inside the caller's transaction: index the new names once, at the end.

    The per-row insert trigger makes a 150,000-row load about four times slower; dropping
    it for the load and indexing the new rows in one statement gives the same index. DDL
    is transactional in SQLite, so a rollback restores the trigger with everything else.
    """
    present = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'participant_search_ai'"
    ).fetchone()
    if not present:
        yield
        return
    start = db.execute_sql('SELECT COALESCE(MAX("id"), 0) FROM "participant"').fetchone()[0]
    db.execute_sql('DROP TRIGGER "participant_search_ai"')
    try:
        yield
        db.execute_sql(
            'INSERT INTO "participant_search"(rowid, nama) SELECT "id", "nama" FROM "participant" WHERE "id" > ?',
            (start,),
        )
    finally:
        db.execute_sql(INSERT_TRIGGER)
