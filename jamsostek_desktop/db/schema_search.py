"""Schema step: the full-text index over participant names for search-as-you-type.

An FTS5 table with external content (`participant` itself) indexes `nama`; triggers
keep it in step with every write, so the services, the sync merge, the Excel import
and bulk inserts need to know nothing about it. Prefix indexes for 1-3 characters
make the first keystrokes as cheap as the later ones. NIK, RT and RW are searched
through a covering index in name order (the list's default order).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import SqliteDatabase

INSERT_TRIGGER = (
    'CREATE TRIGGER IF NOT EXISTS "participant_search_ai" AFTER INSERT ON "participant" BEGIN '
    'INSERT INTO "participant_search"(rowid, nama) VALUES (new.id, new.nama); END'
)

STATEMENTS = (
    "CREATE VIRTUAL TABLE \"participant_search\" USING fts5(nama, content='participant', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    INSERT_TRIGGER,
    'CREATE TRIGGER "participant_search_ad" AFTER DELETE ON "participant" BEGIN '
    "INSERT INTO \"participant_search\"(\"participant_search\", rowid, nama) VALUES ('delete', old.id, old.nama); "
    "END",
    'CREATE TRIGGER "participant_search_au" AFTER UPDATE OF "nama" ON "participant" BEGIN '
    "INSERT INTO \"participant_search\"(\"participant_search\", rowid, nama) VALUES ('delete', old.id, old.nama); "
    'INSERT INTO "participant_search"(rowid, nama) VALUES (new.id, new.nama); END',
    # Rows written before this step.
    "INSERT INTO \"participant_search\"(\"participant_search\") VALUES ('rebuild')",
    # The navigator's counts per category and status.
    'CREATE INDEX "participant_archived_category_status" ON "participant" ("archived", "category_id", "status")',
    # The list in name order under any filter: walking this covering index checks NIK, RT, RW,
    # status, category and kelurahan without reading the table, a page at a time.
    'CREATE INDEX "participant_list_by_name" ON "participant" ("archived", "nama", "id", "nik", "rt", "rw", '
    '"status", "category_id", "kelurahan_code")',
)


def upgrade(db: SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)


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
