"""A server database, built from the frozen baseline and the steps' `upgrade_postgresql`, has the
schema a SQLite file gets from the steps' `upgrade`: the same tables, columns in the same order and
indexes by name (a step added with only one of its two forms shows here)."""

from __future__ import annotations

from jamsostek_desktop.db import backends, migrations
from jamsostek_desktop.db.connection import close_db, db
from jamsostek_desktop.services.startup import init_db

# The server's own: the schema version and the name search table (SQLite keeps both otherwise).
SERVER_ONLY = {"schema_version", "participant_name"}


def _schema() -> tuple[dict[str, list[str]], set[str]]:
    backend = backends.current()
    tables = {name: [c.name for c in db.get_columns(name)] for name in backend.table_names(db)
              if name not in SERVER_ONLY}
    indexes = {i.name for name in tables for i in db.get_indexes(name) if not i.name.endswith("_pkey")
               and not i.name.startswith("sqlite_autoindex")}
    return tables, indexes


def test_the_server_schema_equals_the_files_at_the_latest_step(pg_url, tmp_path):
    init_db(tmp_path / "kota.sqlite3")
    assert migrations.current_version(db) == migrations.LATEST
    sqlite_tables, sqlite_indexes = _schema()
    close_db()
    init_db(pg_url)
    assert migrations.current_version(db) == migrations.LATEST
    pg_tables, pg_indexes = _schema()
    assert pg_tables == sqlite_tables
    assert "screening_pair" in pg_tables and "eligibility" in pg_tables["category"]
    assert pg_indexes == sqlite_indexes
