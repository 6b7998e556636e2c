"""SQLite: one file, one writer at a time, FTS5 indexes for names (migration steps 5 and 14)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from peewee import Database

from jamsostek_desktop.db.backends.base import Backend

TRIGRAM_IDS = 'SELECT rowid FROM "participant_trigram" WHERE "participant_trigram" MATCH ?'
WORD_IDS = 'SELECT rowid FROM "participant_search" WHERE "participant_search" MATCH ?'


def word_prefixes(words: Sequence[str]) -> str:
    """An FTS5 query: every word as the beginning of a word (tokens hold word characters only,
    so quoting them is enough to make them literal)."""
    return " ".join(f'"{w}"*' for w in words)


def substrings(words: Sequence[str]) -> str:
    """An FTS5 trigram query: each word as a substring (a phrase of its trigrams), all in one name."""
    return " ".join(f'"{w}"' for w in words)


class SqliteBackend(Backend):
    name = "sqlite"

    def database(self) -> Database:
        from jamsostek_desktop.db.connection import sqlite_database

        return sqlite_database(str(self.target))

    def describe(self) -> str:
        return str(Path(self.target))

    def schema_version(self, database: Database) -> int:
        return database.execute_sql("PRAGMA user_version").fetchone()[0]

    def set_schema_version(self, database: Database, version: int) -> None:
        database.execute_sql(f"PRAGMA user_version = {int(version)}")

    def name_ids_sql(self, two_letters, longer):
        found = []
        if longer:
            # Anywhere in the name, apostrophes ignored: "ahyuni" finds Wahyuni, "maruf" Ma'ruf.
            found.append((TRIGRAM_IDS, substrings(longer)))
        if two_letters:
            # Too short for trigrams: words of the name that begin with them.
            found.append((WORD_IDS, word_prefixes(two_letters)))
        if not found:
            return None
        # One set of ids, each index read once: the planner then looks up only the people
        # in every answer, not each answer against the other.
        return " INTERSECT ".join(sql for sql, _ in found), [expression for _, expression in found]

    def name_count_sql(self, two_letters, longer):
        if longer:
            # The trigram index holds the live names only: its count is the list's.
            sql, params = self.name_ids_sql(two_letters, longer)
            return f"SELECT COUNT(*) FROM ({sql})", params
        # The word index holds the archive too: take its matches out (the archive is small).
        expression = word_prefixes(two_letters)
        return (f'SELECT (SELECT COUNT(*) FROM "participant_search" WHERE "participant_search" MATCH ?) - '
                '(SELECT COUNT(*) FROM "participant" INDEXED BY "participant_live_nik" WHERE "archived" = 1 '
                f'AND "id" IN ({WORD_IDS}))', [expression, expression])

    def folded_name_like(self, column: str) -> str:
        from jamsostek_desktop.db.migrations.step_014_substring_search import folded

        return folded(column) + " LIKE ?"

    def index_hints(self) -> bool:
        return True

    def month_expression(self, column: str, hours: int) -> str:
        return f"strftime('%Y-%m', {column}, '+{int(hours)} hours')"

    def participant_bulk_load(self, database, incoming):
        from jamsostek_desktop.db.bulk import sqlite_participant_bulk_load

        return sqlite_participant_bulk_load(database, incoming)

    def table_bulk_load(self, database, table, incoming):
        from jamsostek_desktop.db.bulk import sqlite_table_bulk_load

        return sqlite_table_bulk_load(database, table, incoming)

    def ensure_statistics(self, database: Database) -> None:
        row = database.execute_sql(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'participant' AND idx = 'participant_list_by_name'"
        ).fetchone() if self._has_stat_table(database) else None
        known = int(row[0].split()[0]) if row else 0
        # The largest id stands in for the row count: one index probe instead of a 150,000-row count.
        actual = database.execute_sql('SELECT MAX("id") FROM "participant"').fetchone()[0] or 0
        if row is None or actual > 2 * known + 100 or known > 2 * actual + 100:
            database.execute_sql("PRAGMA analysis_limit = 2000")
            database.execute_sql('ANALYZE "participant"')

    @staticmethod
    def _has_stat_table(database: Database) -> bool:
        return database.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is not None

    def quick_check(self, database: Database) -> list[str]:
        lines = [row[0] for row in database.execute_sql("PRAGMA quick_check").fetchall()]
        return [] if lines == ["ok"] else lines

    def table_names(self, database: Database) -> list[str]:
        return [name for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%\\_search\\_%' ESCAPE '\\' "
            "AND name NOT LIKE '%\\_trigram\\_%' ESCAPE '\\' ORDER BY name").fetchall()]
