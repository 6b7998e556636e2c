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
import logging
import re

import psycopg
from peewee import InterfaceError, OperationalError, PostgresqlDatabase
from psycopg.adapt import Dumper

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


_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|%s|\?|%")


@functools.lru_cache(maxsize=2048)
def pg_sql(sql: str) -> str:
    """`?` outside quotes -> `%s`; a literal `%` -> `%%` (peewee's own `%s` is kept)."""
    def swap(match: re.Match) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%s":
            return token
        if token == "%":
            return "%%"
        return token.replace("%", "%%") if token[0] == "'" else token

    return _TOKENS.sub(swap, sql)


_NOCASE = re.compile(r'((?:"[^"]+"\.)?"[^"]+") COLLATE NOCASE')
_INDEXED_BY = re.compile(r' INDEXED BY "[^"]+"')
# Columns SQLite compares case-blind (declared COLLATE NOCASE): user names.
_NOCASE_COLUMN = re.compile(r'(WHERE |AND |OR |\()((?:"[^"]+"\.)?"username") = \?')


@functools.lru_cache(maxsize=2048)
def translated(sql: str) -> str:
    """A statement of the program as PostgreSQL reads it: parameters, SQLite's NOCASE as lower()
    (in ORDER BY and for the user name column), and no SQLite planner hints (INDEXED BY: PostgreSQL's planner chooses from its statistics)."""
    if "NOCASE" in sql:
        sql = _NOCASE.sub(r"lower(\1)", sql)
    if "INDEXED BY" in sql:
        if 'INDEXED BY "participant_name_by_id"' in sql:
            # SQLite's hint for "few matches: sort them, do not walk the list in name order" (the
            # list's name search, services/participants/listing.py). PostgreSQL's planner would walk
            # the name index hoping to meet the matches early; an order no index gives makes it sort.
            sql = sql.replace(' ORDER BY lower("t1"."nama")', ' ORDER BY (lower("t1"."nama") || \'\')')
        sql = _INDEXED_BY.sub("", sql)
    if '"username" = ?' in sql:
        sql = _NOCASE_COLUMN.sub(r"\1lower(\2) = lower(?)", sql)
    return pg_sql(sql)


# A list of at least this many parameters (`IN (?, ?, ...)`, a batch's UUIDs) is sent as one array.
ANY_FROM = 16
_IN_LIST = re.compile(r"(NOT )?IN \((\?(?:, \?){" + str(ANY_FROM - 1) + r",})\)")


@functools.lru_cache(maxsize=512)
def as_any(sql: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`x IN (?, ?, ...)` -> `x = ANY(?)` (`NOT IN` -> `<> ALL(?)`), with where each list's parameters
    start and how many there are. A merge's batch asks for 900 UUIDs at a time: psycopg parses
    such a statement anew on every call (its cache holds short statements only) and the server
    plans 900 constants; one array parameter makes it one short statement, prepared once."""
    lists = list(_IN_LIST.finditer(sql))
    if not lists:
        return sql, ()
    marks = [m.start() for m in _TOKENS.finditer(sql) if m.group(0) == "?"]
    spans, out, end = [], [], 0
    for found in lists:
        first = marks.index(found.start(2)) if found.start(2) in marks else -1
        if first < 0:
            continue                    # inside a quoted text: not parameters
        spans.append((first, found.group(2).count("?")))
        out.append(sql[end:found.start()])
        out.append("<> ALL(?)" if found.group(1) else "= ANY(?)")
        end = found.end()
    out.append(sql[end:])
    return "".join(out), tuple(spans)


_PLAIN = re.compile(r"[0-9A-Za-z._:-]+")


def _array(values: list):
    """The list as an array literal when its items need no quoting (ids, UUIDs, codes: the server reads
    it as an array of the column's type, and psycopg's list dumper takes 3 us an item); else the list."""
    if all(type(v) is int or (type(v) is str and _PLAIN.fullmatch(v) and v.upper() != "NULL") for v in values):
        return "{" + ",".join(map(str, values)) + "}"
    return values


def _packed(params, spans: tuple[tuple[int, int], ...]) -> list:
    params, packed, at = list(params), [], 0
    for first, count in spans:
        packed += params[at:first]
        packed.append(_array(params[first:first + count]))
        at = first + count
    return packed + params[at:]


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
        if params and "IN (?, ?" in sql:
            sql, spans = as_any(sql)
            if spans:
                params = _packed(params, spans)
        with self._database.lost_connection_guard():
            return self._cursor.execute(translated(sql), params)

    def executemany(self, sql, rows):
        self._copied = None
        with self._database.lost_connection_guard():
            insert = _INSERT.match(sql)
            if insert is None:
                rows = list(rows)
                upsert = _UPSERT.match(sql)
                if upsert is not None and len(rows) >= UPSERT_FROM and self._database.in_transaction():
                    return self._upsert(upsert, sql, rows)
                return self._cursor.executemany(translated(sql), rows)
            # Many rows into one table: COPY, an order of magnitude faster than INSERTs.
            self._copied = self._copy(f"{insert.group(1)} ({insert.group(2)})", rows)
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

    def cursor(self, named_cursor=None):
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
        if self.lost():
            return          # the server ended the transaction with the connection: nothing stays
        super().rollback()

    def commit(self):
        with self.lost_connection_guard():
            super().commit()

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
