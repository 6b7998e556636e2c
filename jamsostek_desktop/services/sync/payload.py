"""The payload lines of an export, read from the kelurahan's database (Kirim data's reading half).

SQLite builds every line (`json_array` over the row, rows.JSON_ARRAY and
tenure_rows.ARRAY_SQL); Python only joins them into runs and hands each run to the file
writer (format/chunked.py), which deflates, seals and hashes it in a second thread. A
city of 150,000 never has its payload whole in memory.

Two readers of the same lines:
- `producer`, the one the program uses: lines fetched as bytes (no Python string made,
  decoded and encoded again for each of 393,000 lines; invalid UTF-8 another tool stored
  is still replaced by U+FFFD, a run at a time), and a full export reads each table in
  its stored order rather than through the change-number index (one B-tree walk a row less);
- `reference_producer`, the reader before issue 19's second pass (lines as text, in change
  order), kept for the benchmark's baseline and for the tests that compare the two.
Both write the same lines, section by section; only the order within a section may
differ, which the format leaves free (every line stands alone).
"""

from __future__ import annotations

from collections.abc import Callable

from jamsostek_desktop.db.connection import db
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
    """The payload's lines for chunked.pack_to: participants, then each tenure kind."""
    participants = SELECT_ARRAYS_SCAN if full else SELECT_ARRAYS

    def produce(write: Write) -> dict:
        with _BytesText():
            _checked(_section_bytes(write, chunked.PARTICIPANT, db.execute_sql(participants, (seq_from, seq_to))),
                     expected)
            tenure = {kind: _section_bytes(write, kind, db.execute_sql(tenure_rows.ARRAY_SQL[kind],
                                                                        (seq_from, seq_to)))
                      for kind in tenure_rows.KINDS}
        return {"tenure": tenure_records.without_empty_optional(tenure)}
    return produce


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
