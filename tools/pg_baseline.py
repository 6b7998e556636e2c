"""Write jamsostek_desktop/db/migrations/pg_baseline.py: the SQLite schema at a version, for PostgreSQL.

A PostgreSQL city database starts at this baseline (steps after it carry their own
PostgreSQL form). Run once when the baseline is set; the generated module is frozen like a step.
Usage: .venv/bin/python tools/pg_baseline.py VERSION
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from jamsostek_desktop.db import migrations
from jamsostek_desktop.db.connection import close_db, connect, db

OUT = Path(__file__).resolve().parents[1] / "jamsostek_desktop" / "db" / "migrations" / "pg_baseline.py"


def translate(sql: str) -> str:
    sql = sql.replace('"id" INTEGER NOT NULL PRIMARY KEY', '"id" SERIAL NOT NULL PRIMARY KEY')
    sql = re.sub(r"\bDATETIME\b", "TEXT", sql)
    sql = re.sub(r"\bDATE\b", "TEXT", sql)
    sql = re.sub(r"\bBLOB\b", "BYTEA", sql)
    sql = sql.replace(" WITHOUT ROWID", "")
    # SQLite's NOCASE: lower() in an index (the program's `COLLATE NOCASE` is read the same way,
    # db/backends/pg_database.py); user names are unique whatever their case.
    sql = sql.replace('"nama" COLLATE NOCASE', 'lower("nama")').replace(" COLLATE NOCASE", "")
    sql = sql.replace('ON "user_account" ("username")', 'ON "user_account" (lower("username"))')
    return sql


def main(version: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        connect(Path(folder) / "schema.sqlite3")
        migrations.migrate(db, version)
        tables = {name: sql for name, sql in db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE 'sqlite_%'").fetchall() if not re.search(r"_(search|trigram)_", name)}
        indexes = [sql for (sql,) in db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").fetchall()]
        close_db()
    ordered: list[str] = []

    def visit(name: str) -> None:
        if name in ordered:
            return
        for other in re.findall(r'REFERENCES "([^"]+)"', tables[name]):
            if other != name:
                visit(other)
        ordered.append(name)

    for name in sorted(tables):
        visit(name)
    statements = [translate(tables[name]) for name in ordered] + [translate(sql) for sql in indexes]
    lines = ["# ruff: noqa: E501", f'"""PostgreSQL baseline: the SQLite schema at version {version}, translated by tools/pg_baseline.py.'
             , "",
             "Generated once and frozen like a migration step: a PostgreSQL city database begins here;",
             "the steps after VERSION run their `upgrade_postgresql`. Storage classes follow SQLite's",
             "(INTEGER booleans, ISO text dates), see db/backends/pg_database.py.", '"""', "",
             f"VERSION = {version}", "",
             "STATEMENTS = ("]
    for statement in statements:
        lines.append(f"    {statement!r},")
    lines.append(")")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(statements)} statements")


if __name__ == "__main__":
    main(int(sys.argv[1]))
