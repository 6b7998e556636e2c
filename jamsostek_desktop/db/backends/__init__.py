"""The backend seam: what differs between SQLite (a kelurahan, a small city) and PostgreSQL (a city office).

`--db` takes a path or a `postgresql://` URL; `for_target()` picks the backend and the
rest of the program asks `current()` for the few things that differ: the name search,
bulk-load index deferral, the schema's version, locking, the quick check and backups.
Services call these methods; no `if postgres` is scattered around.
"""

from __future__ import annotations

from jamsostek_desktop.db.backends.base import Backend

_current: Backend | None = None


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def for_target(target) -> Backend:
    """The backend a `--db` value names (a URL is PostgreSQL; anything else a SQLite file)."""
    if is_url(target):
        from jamsostek_desktop.db.backends.postgresql import PostgresqlBackend

        return PostgresqlBackend(str(target))
    from jamsostek_desktop.db.backends.sqlite import SqliteBackend

    return SqliteBackend(target)


def current() -> Backend:
    """The backend of the open database (SQLite before anything was opened)."""
    global _current
    if _current is None:
        from jamsostek_desktop.db.backends.sqlite import SqliteBackend

        _current = SqliteBackend(None)
    return _current


def set_current(backend: Backend) -> None:
    global _current
    _current = backend
