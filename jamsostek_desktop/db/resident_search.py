"""SQLite's part of the resident register: name search (FTS5) and the bulk load around it.

Everything here is SQLite's own SQL (the FTS5 table of step 18, its triggers); the
services ask for ids by name words and wrap big loads, and a PostgreSQL backend
answers the same two calls its own way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database

INSERT_TRIGGER = (
    'CREATE TRIGGER IF NOT EXISTS "resident_search_ai" AFTER INSERT ON "resident" BEGIN '
    'INSERT INTO "resident_search"(rowid, nama) VALUES (new.id, new.nama); END'
)
_WORD = re.compile(r"\w+", re.UNICODE)


def name_query(text: str) -> str | None:
    """`slamet ri` -> `"slamet"* AND "ri"*`: every typed word starts a word of the name."""
    words = _WORD.findall(text.lower())
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def ids_by_name(database: Database, text: str, limit: int) -> list[int]:
    """Ids of residents whose name has words starting with each typed word, at most `limit`."""
    query = name_query(text)
    if query is None:
        return []
    cursor = database.execute_sql(
        'SELECT rowid FROM "resident_search" WHERE "resident_search" MATCH ? LIMIT ?', (query, limit))
    return [row[0] for row in cursor.fetchall()]


# Secondary indexes a large load rebuilds at the end instead of updating row by row.
_REBUILT = ('CREATE INDEX IF NOT EXISTS "resident_nik" ON "resident" ("nik")',
            'CREATE INDEX IF NOT EXISTS "resident_nama" ON "resident" ("nama", "id")',
            'CREATE INDEX IF NOT EXISTS "resident_import_id" ON "resident" ("import_id")')


@contextmanager
def bulk_load(database: Database, incoming: int = 0) -> Iterator[None]:
    """Inserts inside the caller's transaction: index the new names once, at the end.

    The per-row trigger makes a 150,000-resident load several times slower, and so do
    the secondary indexes when the load is at least as large as the register (they
    are rebuilt afterwards; the unique NIK index stays, so a repeated NIK still fails
    the load). DDL is transactional in SQLite: a rollback restores all of it.
    """
    start = database.execute_sql('SELECT COALESCE(MAX("id"), 0) FROM "resident"').fetchone()[0]
    existing = database.execute_sql('SELECT COUNT(*) FROM "resident"').fetchone()[0]
    rebuild = incoming >= existing
    database.execute_sql('DROP TRIGGER IF EXISTS "resident_search_ai"')
    if rebuild:
        for name in ("resident_nik", "resident_nama", "resident_import_id"):
            database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    try:
        yield
        database.execute_sql(
            'INSERT INTO "resident_search"(rowid, nama) SELECT "id", "nama" FROM "resident" WHERE "id" > ?',
            (start,))
    finally:
        database.execute_sql(INSERT_TRIGGER)
        if rebuild:
            for statement in _REBUILT:
                database.execute_sql(statement)


def name_condition(model, text: str):
    """A WHERE condition for a query on `model` (Resident): names matching the typed words, or None."""
    from peewee import SQL

    query = name_query(text)
    if query is None:
        return None
    return model.id.in_(SQL('(SELECT rowid FROM "resident_search" WHERE "resident_search" MATCH ?)', [query]))
