"""The peewee database for PostgreSQL, shaped so the program's SQL runs unchanged on it.

The program's hand-written SQL uses `?` parameters and SQLite's storage classes (0/1 for
booleans, ISO text for dates and times). Here every statement's `?` becomes psycopg's `%s`
(cached per statement text), booleans are sent as integers and dates as ISO text, and the
schema keeps those storage classes (field_types), so the same statements and the same values
serve both backends and a moved city compares equal cell for cell. A plain multi-row
INSERT through executemany becomes a COPY, PostgreSQL's bulk load.

A transaction takes the writer lock (an advisory lock) unless it asks for
`lock_type="DEFERRED"`: writers queue one after the other, as on SQLite, so the change
order, the audit chain and a file's merge read what no one else is writing; readers never
wait. A connection the server dropped turns into ServerGoneError with nothing half-written.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
from peewee import InterfaceError, OperationalError, PostgresqlDatabase, __exception_wrapper__
from psycopg.adapt import Dumper

from jamsostek_desktop.db.backends.pg_statements import _packed, as_any, as_arrays, translated
from jamsostek_desktop.errors import DatabaseInUseError, ServerGoneError, translate

log = logging.getLogger(__name__)

WRITER_LOCK = 0x4A534B01        # pg_advisory_xact_lock key: "the one writer", like SQLite's write lock
LOCK_TIMEOUT = "60s"            # how long a writer waits for another's merge before giving up


class _IntBool(Dumper):
    oid = psycopg.postgres.types["int4"].oid

    def dump(self, obj):
        return b"1" if obj else b"0"


class _IsoText(Dumper):
    """Dates and times as SQLite's sqlite3 module stores them (ISO text, a space before the time)."""

    oid = psycopg.postgres.types["text"].oid

    def dump(self, obj):
        text = obj.isoformat(" ") if isinstance(obj, dt.datetime) else obj.isoformat()
        return text.encode()


# A COPY of at most this many rows may finish on a helper thread inside a large load (copying_behind).
BEHIND_ROWS = 20_000
# An INSERT ... ON CONFLICT of at least this many rows goes through a scratch table (_Cursor._upsert).
UPSERT_FROM = 500
_UPSERT = re.compile(r'^\s*INSERT INTO ("[^"]+") \(([^)]*)\) VALUES \((?:\?, )*\?\) (ON CONFLICT [^;?]*)$')
_INSERT = re.compile(r'^\s*INSERT INTO ("[^"]+") \(([^)]*)\) VALUES \((?:\?, )*\?\)\s*$')


class _Cursor:
    """A psycopg cursor that reads the program's `?` statements."""

    def __init__(self, database: PgDatabase, cursor) -> None:
        self._database, self._cursor = database, cursor
        self._copied: int | None = None

    def execute(self, sql, params=None):
        self._copied = None
        self._database.finish_copy()
        if params and "IN (?, ?" in sql:
            sql, spans = as_any(sql)
            if spans:
                params = _packed(params, spans)
        if params and "(VALUES (0, ?" in sql:
            sql, params = as_arrays(sql, params) or (sql, params)
        with self._database.lost_connection_guard():
            return self._cursor.execute(translated(sql), params)

    def executemany(self, sql, rows):
        self._copied = None
        self._database.finish_copy()
        with self._database.lost_connection_guard():
            insert = _INSERT.match(sql)
            if insert is None:
                rows = list(rows)
                upsert = _UPSERT.match(sql)
                if upsert is not None and len(rows) >= UPSERT_FROM and self._database.in_transaction():
                    return self._upsert(upsert, sql, rows)
                return self._cursor.executemany(translated(sql), rows)
            # Many rows into one table: COPY, an order of magnitude faster than INSERTs.
            target = f"{insert.group(1)} ({insert.group(2)})"
            if self._database.copies_behind():
                # A batch (a few thousand rows) is held as tuples for the helper thread; a longer
                # stream of rows is sent as it comes, as outside a load.
                rows = iter(rows)
                held = [row if type(row) is tuple else tuple(row) for row in itertools.islice(rows, BEHIND_ROWS + 1)]
                if len(held) <= BEHIND_ROWS:
                    self._database.copy_behind(self._cursor.connection.cursor(), f"COPY {target} FROM STDIN", held,
                                               self._database.after_copy(insert.group(1)))
                    self._copied = len(held)
                    return None
                rows = itertools.chain(held, rows)
            self._copied = self._copy(target, rows)
            after = self._database.after_copy(insert.group(1)) if self._database.copies_behind() else None
            if after is not None:
                after(self._cursor)
            return None

    def _copy(self, target: str, rows) -> int:
        count = 0
        with self._cursor.copy(f"COPY {target} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        return count

    def _upsert(self, upsert: re.Match, sql: str, rows: list) -> None:
        """`INSERT ... ON CONFLICT ...` for many rows (a merge's row seals): COPY into a scratch table,
        then one INSERT ... SELECT with the same ON CONFLICT clause, instead of a statement per row.
        Should two rows meet the same existing row (which one statement may not update twice), the
        rows go one by one, as before, and the last one wins."""
        table, columns, conflict = upsert.groups()
        scratch = '"bulk_upsert"'
        database = self._database
        try:
            with database.atomic():
                self._cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{scratch}")
                self._cursor.execute(f"CREATE TEMP TABLE {scratch} ON COMMIT DROP AS SELECT {columns} FROM {table} "
                                     "WITH NO DATA")
                self._copy(f"{scratch} ({columns})", rows)
                self._cursor.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {scratch} {conflict}")
                self._copied = self._cursor.rowcount
                self._cursor.execute(f"DROP TABLE {scratch}")
        except psycopg.errors.CardinalityViolation:
            self._cursor.executemany(translated(sql), rows)
            self._copied = None

    @property
    def rowcount(self):
        return self._copied if self._copied is not None else self._cursor.rowcount

    def __iter__(self):
        return iter(self._cursor)

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class _PendingCopy:
    """One COPY running on a helper thread (PgDatabase.copying_behind). The thread holds the rows (a
    list of tuples the caller no longer changes) and its own cursor; while it sends them the
    caller's thread touches nothing of the connection but this object."""

    def __init__(self, cursor, statement: str, rows: list[tuple], after: Callable | None) -> None:
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(cursor, statement, rows, after), name="pg-copy",
                                       daemon=True)
        self.thread.start()

    def _run(self, cursor, statement: str, rows: list[tuple], after: Callable | None) -> None:
        try:
            with cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
            if after is not None:
                after(cursor)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread by wait()
            self.error = exc

    def wait(self, raise_error: bool = True) -> None:
        self.thread.join()
        if self.error is not None and raise_error:
            raise self.error


class PgDatabase(PostgresqlDatabase):
    param = "?"
    # SQLite's storage classes (see the module docstring).
    field_types = {"BOOL": "INTEGER", "DATE": "TEXT", "DATETIME": "TEXT", "TIME": "TEXT", "JSON": "TEXT"}

    def _connect(self):
        try:
            conn = super()._connect()
        except psycopg.OperationalError as exc:
            raise ServerGoneError(translate(
                "postgresql", "Tidak dapat tersambung ke server basis data {server}: {reason}").format(
                server=self.connect_params.get("host") or self.database.split("@")[-1],
                reason=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)) from exc
        conn.adapters.register_dumper(bool, _IntBool)
        for kind in (dt.date, dt.datetime):
            conn.adapters.register_dumper(kind, _IsoText)
        conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        conn.execute("SET client_min_messages = warning")
        return conn

    # --- a large load's COPY finished on a helper thread (copy_behind) ----------------------
    @contextmanager
    def copying_behind(self, after: dict[str, Callable] | None = None) -> Iterator[None]:
        """Inside a large load (db/backends/postgresql.py): each COPY of a batch is sent on a helper
        thread while the caller goes on reading and checking its next batch, so the server's work on
        one batch (parsing, inserting, the unique index) overlaps the client's on the next. The
        connection's next use waits for the COPY first, and the load's end waits for the last; an
        error of a COPY is raised there, inside the same transaction, which it has aborted anyway.
        `after` names, by quoted table name, what to run after each COPY into that table, on the same
        thread and cursor (pg_names.NameFill.after_copy)."""
        self._state.copy_behind, self._state.after_copy = True, after or {}
        try:
            yield
        except BaseException:
            self._state.copy_behind, self._state.after_copy = False, {}
            self.finish_copy(raise_error=False)
            raise
        self._state.copy_behind, self._state.after_copy = False, {}
        self.finish_copy()

    def after_copy(self, table: str) -> Callable | None:
        return (getattr(self._state, "after_copy", None) or {}).get(table)

    def copies_behind(self) -> bool:
        return getattr(self._state, "copy_behind", False) and self.in_transaction()

    def copy_behind(self, cursor, statement: str, rows: list[tuple], after: Callable | None = None) -> None:
        self._state.pending_copy = _PendingCopy(cursor, statement, rows, after)

    def finish_copy(self, raise_error: bool = True) -> None:
        """Wait for the COPY sent on the helper thread, if any (raising its error, if it had one)."""
        pending = getattr(self._state, "pending_copy", None)
        if pending is None:
            return
        self._state.pending_copy = None
        if not raise_error:
            pending.wait(raise_error=False)
            return
        with __exception_wrapper__, self.lost_connection_guard():
            pending.wait()

    def cursor(self, named_cursor=None):
        self.finish_copy()
        self._reconnect_if_lost()
        return _Cursor(self, super().cursor(named_cursor))

    def _reconnect_if_lost(self) -> None:
        """Outside a transaction, a connection the server dropped is opened again: the next piece of
        work after "Sambungan ... terputus" simply works once the server is back. Inside one, the
        loss stays an error (the transaction is gone whole)."""
        if self._state.conn is not None and self.transaction_depth() == 0 and self.lost():
            log.info("reconnecting to the database server")
            self.close()
            self.connect()

    def begin(self, lock_type=None, isolation_level=None):
        self.finish_copy()
        self._reconnect_if_lost()
        kind = str(lock_type or "").upper()
        with self.lost_connection_guard():
            if kind == "DEFERRED":
                # One snapshot for a long read (an export, a report), taking no writer lock.
                self._state.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            elif kind == "ROWS":
                # Row locks only (FOR UPDATE SKIP LOCKED): the review queue hands out issues.
                self._state.conn.execute("BEGIN")
            else:
                self._state.conn.execute("BEGIN")
                self._state.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))

    def rollback(self):
        self._state.copy_behind = False
        self.finish_copy(raise_error=False)
        if self.lost():
            return          # the server ended the transaction with the connection: nothing stays
        super().rollback()

    def commit(self):
        self.finish_copy()
        with self.lost_connection_guard():
            super().commit()

    def _close(self, conn):
        self.finish_copy(raise_error=False)
        super()._close(conn)

    def execute_sql(self, sql, params=None):
        with self.lost_connection_guard():
            return super().execute_sql(sql, params)

    def lost(self) -> bool:
        conn = self._state.conn
        return conn is None or bool(conn.closed) or bool(getattr(conn, "broken", False))

    @functools.cached_property
    def _guard(self):
        return _LostConnectionGuard(self)

    def lost_connection_guard(self):
        return self._guard


class _LostConnectionGuard:
    """Turns a dropped connection into ServerGoneError, and a writer-lock timeout into DatabaseInUseError."""

    def __init__(self, database: PgDatabase) -> None:
        self.database = database

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None or isinstance(exc, ServerGoneError):
            return False
        if isinstance(exc, (psycopg.OperationalError, OperationalError, InterfaceError, psycopg.InterfaceError)):
            if self.database.lost():
                log.warning("database server connection lost (%s)", type(exc).__name__)
                raise ServerGoneError(translate(
                    "postgresql", "Sambungan ke server basis data terputus. Pekerjaan yang belum selesai tidak "
                    "disimpan sebagian pun; sambungkan lagi lalu ulangi.")) from exc
            if isinstance(exc, psycopg.errors.LockNotAvailable) or "lock timeout" in str(exc):
                raise DatabaseInUseError(translate(
                    "postgresql", "Server basis data sedang dipakai pekerjaan lain terlalu lama; coba lagi "
                    "sebentar lagi.")) from exc
        return False
