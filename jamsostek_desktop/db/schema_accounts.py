"""Schema step: Accounts: users with argon2 hashes, roles, lock-out counters."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """Filled in by the feature that owns this schema."""
