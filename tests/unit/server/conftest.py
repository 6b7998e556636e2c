"""A city office database on either backend: a SQLite file or a PostgreSQL database (tests/pg_server.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def city_target(request, tmp_path):
    """What `--db` names for a new city office: a file path, or the URL of an empty server database."""
    if request.param == "sqlite":
        yield str(tmp_path / "kota.sqlite3")
        return
    server = request.getfixturevalue("pg_server")
    url = server.empty_database("city")
    yield url
    from jamsostek_desktop.db.connection import close_db

    close_db()
    server.drop(url)
