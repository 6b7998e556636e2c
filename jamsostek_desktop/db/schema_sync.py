"""Schema step: Sync tables: installation keys, export log, import log, conflicts, known keys."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """Filled in by the feature that owns this schema."""
