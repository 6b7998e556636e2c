"""Schema step: the full-text index over participant names for search-as-you-type.

An FTS5 table with external content (`participant` itself) indexes `nama`; triggers
keep it in step with every write, so the services, the sync merge, the Excel import
and bulk inserts need to know nothing about it. Prefix indexes for 1-3 characters
make the first keystrokes as cheap as the later ones. NIK, RT and RW are searched
through a covering index in name order (the list's default order).
"""

from __future__ import annotations

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
