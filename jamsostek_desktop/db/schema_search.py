"""Schema step: Search index over participants (FTS5 or prefix indexes) for the entry window."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """Filled in by the feature that owns this schema."""
