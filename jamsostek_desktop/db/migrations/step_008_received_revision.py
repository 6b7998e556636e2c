"""Schema step 8: the kelurahan revision the city last merged."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """City side: the kelurahan revision last merged, so a city edit is never silently undone."""
    db.execute_sql('ALTER TABLE "participant" ADD COLUMN "received_revision" INTEGER')
