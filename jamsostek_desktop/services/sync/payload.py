"""The payload lines of an export, read from the kelurahan's database (Kirim data's reading half).

SQLite builds every line (`json_array` over the row, rows.JSON_ARRAY and
tenure_rows.ARRAY_SQL); Python only joins them into runs and hands each run to the file
writer (format/chunked.py), which deflates, seals and hashes it in a second thread. A
city of 150,000 never has its payload whole in memory.

Two readers of the same lines:
- `producer`, the one the program uses: lines fetched as bytes (no Python string made,
  decoded and encoded again for each of 393,000 lines; invalid UTF-8 another tool stored
  is still replaced by U+FFFD, a run at a time); a full export reads each table in its
  stored order rather than through the change-number index (one B-tree walk a row less),
  cut into id ranges read at once on one connection per core (`_parallel`, below);
- `reference_producer`, the reader before issue 19's second pass (lines as text, in change
  order), kept for the benchmark's baseline and for the tests that compare the two.
Both write the same lines, section by section; only the order within a section may
differ, which the format leaves free (every line stands alone).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import _MAX_CHANGE_SEQ, max_change_seq
from jamsostek_desktop.services.sync import rows, tenure_rows
from jamsostek_desktop.services.sync.format import chunked, tenure_records

_RANGE = 'WHERE p."change_seq" > ? AND p."change_seq" <= ?'
_FROM = rows.FROM + _RANGE
SELECT_ARRAYS = f'SELECT {rows.JSON_ARRAY} {_FROM} ORDER BY p."change_seq"'
# Every row of the range in the table's own order: for a full file, where the range is the table.
SELECT_ARRAYS_SCAN = (f'SELECT {rows.JSON_ARRAY} '
                      + rows.FROM.replace('AS p JOIN', 'AS p NOT INDEXED JOIN', 1) + _RANGE)
_SELECT_FACTS = ('SELECT COUNT(*), COALESCE(SUM(p."archived"), 0), COALESCE(MIN(p."revision"), 0), '
                 f'COALESCE(MAX(p."revision"), 0), group_concat(DISTINCT c."code") {_FROM}')
FETCH = 2_000

Write = Callable[[bytes], None]


def facts(seq_from: int, seq_to: int) -> tuple[int, int, int, int, set[str]]:
    """(records, tombstones, min revision, max revision, category codes) of the range."""
    count, tombstones, rev_min, rev_max, codes = db.execute_sql(_SELECT_FACTS, (seq_from, seq_to)).fetchone()
    return count, tombstones, rev_min, rev_max, set(codes.split(",")) if codes else set()


def _checked(count: int, expected: int) -> None:
    if count != expected:           # the same transaction: cannot differ
        raise RuntimeError(f"export wrote {count} records, counted {expected}")


# --- the program's reader ------------------------------------------------------

def _utf8(run: bytes) -> bytes:
    """The run as is when it is UTF-8 (nearly always: the check costs a few ms for 100 MB),
    else with U+FFFD for each bad byte sequence, as the connection's lenient text reading does."""
    try:
        run.decode("utf-8")
    except UnicodeDecodeError:
        return run.decode("utf-8", "replace").encode("utf-8")
    return run


def _section_bytes(write: Write, kind: str, cursor) -> int:
    written = 0
    while batch := cursor.fetchmany(FETCH):
        if not written:
            write(chunked.section_header(kind))
        write(_utf8(b"\n".join([line for (line,) in batch]) + b"\n"))
        written += len(batch)
    return written


class _BytesText:
    """Within the block the connection hands text over as bytes, as SQLite holds it."""

    def __enter__(self):
        self._connection = db.connection()
        self._factory = self._connection.text_factory
        self._connection.text_factory = bytes
        return self

    def __exit__(self, *exc) -> None:
        self._connection.text_factory = self._factory


def producer(seq_from: int, seq_to: int, expected: int, full: bool) -> Callable[[Write], dict]:
    """The payload's lines for chunked.pack_to: participants, then each tenure kind.

    A full file on a computer with more than one core is read in parts at once (`_parallel`)."""
    participants = SELECT_ARRAYS_SCAN if full else SELECT_ARRAYS

    def produce(write: Write) -> dict:
        with _BytesText():
            if full and _parts() > 1:
                counts = _parallel(write, seq_from, seq_to, _parts())
                if counts is not None:
                    _checked(counts.pop(chunked.PARTICIPANT, 0), expected)
                    return {"tenure": tenure_records.without_empty_optional(counts)}
            _checked(_section_bytes(write, chunked.PARTICIPANT, db.execute_sql(participants, (seq_from, seq_to))),
                     expected)
            tenure = {kind: _section_bytes(write, kind, db.execute_sql(tenure_rows.ARRAY_SQL[kind],
                                                                        (seq_from, seq_to)))
                      for kind in tenure_rows.KINDS}
        return {"tenure": tenure_records.without_empty_optional(tenure)}
    return produce


# --- a full file read in parts at once ------------------------------------------------
#
# SQLite building 393,000 lines is most of a city export's CPU (about 1.5 s); one connection
# uses one core. A full file reads whole tables, so each section is cut into id ranges read
# at once: the export's own connection reads one, helper connections (one per further core,
# opened on the same file, query only) the others, and every run goes to the file writer as it
# comes (the order of lines within a section is free; a section's header goes first, once).
# The helpers see exactly what the export's transaction sees: that transaction took the write
# lock (BEGIN IMMEDIATE) before anything was read, so no one can commit until it ends, and it
# has written nothing the file carries; checked anyway (the highest change number seen by
# both), and without a match the file is read on the one connection as before.

_MAX_PARTS = 4
_RANGED = ' AND {alias}."id" >= ? AND {alias}."id" < ?'


def _parts() -> int:
    database = db.obj
    if not isinstance(database.database, str) or database.database in ("", ":memory:") \
            or not os.path.isfile(database.database):
        return 1                     # not a SQLite file (a server, or memory): one connection
    return max(1, min(_MAX_PARTS, os.cpu_count() or 1))


def _ranged(kind: str) -> tuple[str, str] | None:
    """(table, the section's SQL over one id range, in table order) or None when it cannot be cut."""
    if kind == chunked.PARTICIPANT:
        return "participant", SELECT_ARRAYS_SCAN + _RANGED.format(alias="p")
    sql = tenure_rows.ARRAY_SQL[kind]
    table = tenure_rows.MODELS[kind]._meta.table_name
    tail = ' AS t WHERE t."change_seq" > ? AND t."change_seq" <= ? ORDER BY t."change_seq"'
    if not sql.endswith(tail):
        return None
    return table, sql[:-len(tail)] + ' AS t NOT INDEXED WHERE t."change_seq" > ? AND t."change_seq" <= ?' \
        + _RANGED.format(alias="t")


class _Sections:
    """Runs of lines from several threads into one writer: each section's header once, before its lines."""

    def __init__(self, write: Write) -> None:
        self._write, self._lock, self._started = write, threading.Lock(), set()
        self.stopped = False            # a reader failed: the others stop at their next run

    def read(self, kind: str, cursor) -> int:
        written = 0
        while not self.stopped and (batch := cursor.fetchmany(FETCH)):
            run = _utf8(b"\n".join([line for (line,) in batch]) + b"\n")
            with self._lock:
                if kind not in self._started:
                    self._started.add(kind)
                    self._write(chunked.section_header(kind))
                self._write(run)
            written += len(batch)
        return written


class _Helper:
    """A read-only connection to the database file and the one thread that uses it (query_only:
    it cannot write, whatever a later change sends it)."""

    def __init__(self, path: str) -> None:
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="sync-payload-reader")
        self._connection: sqlite3.Connection | None = None
        self.opened = self._thread.submit(self._open, path)

    def _open(self, path: str) -> int:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
        self._connection = connection
        connection.text_factory = bytes
        connection.execute("PRAGMA query_only = 1")
        connection.execute("PRAGMA cache_size = -2000")      # 2 MB: its reads are scans
        connection.execute("BEGIN")
        return connection.execute(_MAX_CHANGE_SEQ).fetchone()[0] or 0      # its snapshot starts here

    def read(self, sections: _Sections, kind: str, sql: str, args: tuple):
        return self._thread.submit(lambda: sections.read(kind, self._connection.execute(sql, args)))

    def close(self) -> None:
        def close() -> None:
            if self._connection is not None:
                self._connection.close()
        self._thread.submit(close)
        self._thread.shutdown(wait=True)


def _parallel(write: Write, seq_from: int, seq_to: int, parts: int) -> dict[str, int] | None:
    """Every section read in `parts` id ranges at once; counts by kind, or None when the helpers'
    view differs from this transaction's (then nothing was written)."""
    helpers = [_Helper(db.obj.database) for _ in range(parts - 1)]
    sections = _Sections(write)
    try:
        seen = max_change_seq()
        if any(helper.opened.result() != seen for helper in helpers):
            return None
        return _read_all(sections, seq_from, seq_to, helpers)
    except BaseException:
        sections.stopped = True
        raise
    finally:
        for helper in helpers:
            helper.close()


def _read_all(sections: _Sections, seq_from: int, seq_to: int, helpers: list[_Helper]) -> dict[str, int]:
    counts = {}
    for kind in (chunked.PARTICIPANT, *tenure_rows.KINDS):
        ranged = _ranged(kind)
        if ranged is None:
            sql = SELECT_ARRAYS_SCAN if kind == chunked.PARTICIPANT else tenure_rows.ARRAY_SQL[kind]
            counts[kind] = sections.read(kind, db.execute_sql(sql, (seq_from, seq_to)))
            continue
        table, sql = ranged
        low, high = db.execute_sql(f'SELECT MIN("id"), MAX("id") FROM "{table}"').fetchone()
        if low is None:
            counts[kind] = 0
            continue
        step = (high - low) // (len(helpers) + 1) + 1
        futures = [helper.read(sections, kind, sql, (seq_from, seq_to, low + n * step, low + (n + 1) * step))
                   for n, helper in enumerate(helpers, start=1)]
        counts[kind] = sections.read(kind, db.execute_sql(sql, (seq_from, seq_to, low, low + step)))
        counts[kind] += sum(future.result() for future in futures)
    return counts


# --- the reference reader (before issue 19's second pass) -------------------------

def _section_text(write: Write, kind: str, cursor) -> int:
    written = 0
    while batch := cursor.fetchmany(FETCH):
        if not written:
            write(chunked.section_header(kind))
        write(("\n".join([line for (line,) in batch]) + "\n").encode("utf-8"))
        written += len(batch)
    return written


def reference_producer(seq_from: int, seq_to: int, expected: int) -> Callable[[Write], dict]:
    """The same lines, read as the export read them before: text, in change order."""
    def produce(write: Write) -> dict:
        _checked(_section_text(write, chunked.PARTICIPANT, db.execute_sql(SELECT_ARRAYS, (seq_from, seq_to))),
                 expected)
        tenure = {kind: _section_text(write, kind, db.execute_sql(tenure_rows.ARRAY_SQL[kind], (seq_from, seq_to)))
                  for kind in tenure_rows.KINDS}
        return {"tenure": tenure_records.without_empty_optional(tenure)}
    return produce
