"""What a backend provides: the SQL and operations that differ between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager

from peewee import Database


class Backend:
    """One database server kind. Subclasses: sqlite.SqliteBackend, postgresql.PostgresqlBackend."""

    name = ""
    # Appended to a SELECT that hands out one row to one of several reviewers at once.
    skip_locked = ""
    # Appended to a SELECT whose rows the transaction is about to decide on.
    for_update = ""
    # The LIMIT that means "no limit" (with an OFFSET).
    no_limit: int | None = -1

    def __init__(self, target) -> None:
        self.target = target

    # --- connecting and the schema ------------------------------------------------------
    def database(self) -> Database:
        """A new, unconnected peewee database for the target."""
        raise NotImplementedError

    def describe(self) -> str:
        """The target as shown to a person (a path, or a URL without any password)."""
        raise NotImplementedError

    def schema_version(self, database: Database) -> int:
        raise NotImplementedError

    def set_schema_version(self, database: Database, version: int) -> None:
        raise NotImplementedError

    def baseline(self, database: Database) -> int:
        """An empty database's starting schema; returns its version (0: begin with step 1)."""
        return 0

    def migrate_step(self, database: Database, module, step) -> None:
        """Run one migration step (`step` is the module's `upgrade`)."""
        step(database)

    # --- the name search (services/participants/scope_sql.py) --------------------------
    def name_ids_sql(self, two_letters: Sequence[str], longer: Sequence[str]) -> tuple[str, list] | None:
        """SQL selecting the ids of live participants whose name has every word (or None: no words)."""
        raise NotImplementedError

    def name_count_sql(self, two_letters: Sequence[str], longer: Sequence[str]) -> tuple[str, list]:
        """SQL counting the live participants the name words find."""
        sql, params = self.name_ids_sql(two_letters, longer)
        return f'SELECT COUNT(*) FROM "participant" WHERE "archived" = 0 AND "id" IN ({sql})', params

    def folded_name_like(self, column: str) -> str:
        """`<name without apostrophes, any case> LIKE ?` for the archive's small search."""
        raise NotImplementedError

    def index_hints(self) -> bool:
        """Whether list queries may name an index (SQLite's INDEXED BY)."""
        return False

    def json_array(self, columns: Sequence[str]) -> str:
        """SQL writing the columns as one compact JSON array, character for character as SQLite's
        json_array() does (the row digests of services/accounts/seal.py must agree on both)."""
        return f"json_array({', '.join(columns)})"

    def month_expression(self, column: str, hours: int) -> str:
        """`YYYY-MM` of a stored UTC time shifted by `hours` (the dashboard's months)."""
        raise NotImplementedError

    # --- bulk loads ---------------------------------------------------------------------
    def participant_bulk_load(self, database: Database, incoming: int) -> AbstractContextManager:
        raise NotImplementedError

    def table_bulk_load(self, database: Database, table: str, incoming: int) -> AbstractContextManager:
        """Inside the caller's transaction: many rows into `table` (its indexes built once, not row by row)."""
        raise NotImplementedError

    def ensure_statistics(self, database: Database) -> None:
        """Refresh the planner's statistics when the participant count has moved a lot."""

    def refresh_statistics(self, database: Database) -> None:
        """Let the planner know the table's new size after a large load or at start-up."""

    # --- locking ------------------------------------------------------------------------
    def row_locks(self, database: Database) -> AbstractContextManager:
        """A transaction that takes row locks only (not the writer lock): handing out queue items."""
        return database.atomic()

    def lock_key(self, database: Database, key: str) -> None:
        """Inside a transaction: wait until no other transaction holds `key` (released at its end).

        SQLite has one writer at a time already; PostgreSQL takes an advisory lock.
        """

    # --- check and backup ---------------------------------------------------------------
    def quick_check(self, database: Database) -> list[str]:
        """Problems found (an empty list when healthy)."""
        raise NotImplementedError

    def table_names(self, database: Database) -> list[str]:
        raise NotImplementedError

    def open(self, database: Database) -> None:
        """Connect `database` (turning a refusal into a clear StorageError)."""
        database.connect()
