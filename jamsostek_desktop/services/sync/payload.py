"""The payload lines of an export, read from the kelurahan's database (Kirim data's reading half).

SQLite builds every line (`json_array` over the row, rows.JSON_ARRAY and
tenure_rows.ARRAY_SQL); Python only joins them into runs and hands each run to the file
writer (format/chunked.py), which deflates (unless the run came deflated), seals and hashes
it in a second thread. A city of 150,000 never has its payload whole in memory.

Two readers of the same lines:
- `producer`, the one the program uses: lines fetched as bytes (no Python string made,
  decoded and encoded again for each of 393,000 lines; invalid UTF-8 another tool stored
  is still replaced by U+FFFD, a run at a time); a full export reads each table in its
  stored order rather than through the change-number index (one B-tree walk a row less),
  cut into id ranges read and deflated at once by a child process per core (`_parallel`, below);
- `reference_producer`, the reader before issue 19's second pass (lines as text, in change
  order), kept for the benchmark's baseline and for the tests that compare the two.
Both write the same lines, section by section; only the order within a section may
differ, which the format leaves free (every line stands alone).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import NamedTuple

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import _MAX_CHANGE_SEQ, max_change_seq
from jamsostek_desktop.services.sync import payload_parts, rows, tenure_rows
from jamsostek_desktop.services.sync.format import chunked, deflated, tenure_records
from jamsostek_desktop.services.sync.payload_child import utf8 as _utf8

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


class Facts(NamedTuple):
    """What the manifest says of the participants a file carries."""

    records: int
    tombstones: int
    rev_min: int
    rev_max: int
    codes: set[str]


def facts(seq_from: int, seq_to: int) -> Facts:
    """The facts of the range, read on the export's connection."""
    count, tombstones, rev_min, rev_max, codes = db.execute_sql(_SELECT_FACTS, (seq_from, seq_to)).fetchone()
    if isinstance(codes, bytes):       # read within _BytesText
        codes = codes.decode("utf-8")
    return Facts(count, tombstones, rev_min, rev_max, set(codes.split(",")) if codes else set())


def _facts_of_ranges(count: int, extras: list) -> Facts:
    """The same facts put together from the ranges a full file's readers read (`_FACTS_OF_RANGE`)."""
    codes = {code for *_, joined in extras for code in joined.split(",")}
    return Facts(count, sum(e[0] for e in extras), min((e[1] for e in extras), default=0),
                 max((e[2] for e in extras), default=0), codes)


def _checked(count: int, expected: int) -> None:
    if count != expected:           # the same transaction: cannot differ
        raise RuntimeError(f"export wrote {count} records, counted {expected}")


# --- the program's reader ------------------------------------------------------

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


class Producer:
    """The payload's lines for chunked.pack_to: participants, then each tenure kind.

    A full file on a computer with more than one core is read in parts at once by child
    processes (`_parallel`), started as soon as this is made so that they read while the export
    works out the rest of its manifest; their pieces come deflated, and those of an unsealed
    file carry their plain lines too (its manifest's SHA-256 is of the lines). Then the
    participants' facts come from the same reading; otherwise they are read first, and the
    lines written are checked against them. The call returns the tenure counts and the facts
    (the export puts them in the manifest). `close()` always."""

    def __init__(self, seq_from: int, seq_to: int, full: bool, sealed: bool = False) -> None:
        self._range, self._full = (seq_from, seq_to), full
        self._reading = _parallel(seq_from, seq_to, _parts(), keep_plain=not sealed) \
            if full and _parts() > 1 else None

    def __call__(self, write: Write) -> dict:
        seq_from, seq_to = self._range
        with _BytesText():
            if self._reading is not None:
                read = self._reading.write_all(write, max_change_seq())
                self.close()
                if read is not None:
                    counts, extras = read
                    known = _facts_of_ranges(counts.pop(chunked.PARTICIPANT), extras[chunked.PARTICIPANT])
                    return {"tenure": tenure_records.without_empty_optional(counts), "facts": known}
            known = facts(seq_from, seq_to)
            participants = SELECT_ARRAYS_SCAN if self._full else SELECT_ARRAYS
            _checked(_section_bytes(write, chunked.PARTICIPANT, db.execute_sql(participants, (seq_from, seq_to))),
                     known.records)
            tenure = {kind: _section_bytes(write, kind, db.execute_sql(tenure_rows.ARRAY_SQL[kind],
                                                                        (seq_from, seq_to)))
                      for kind in tenure_rows.KINDS}
        return {"tenure": tenure_records.without_empty_optional(tenure), "facts": known}

    def close(self) -> None:
        if self._reading is not None:
            self._reading.close()
            self._reading = None


# --- a full file read in parts at once ------------------------------------------------
#
# SQLite building 393,000 lines is most of a city export's CPU (about 1.1 s), and deflating
# them most of the rest. A full file reads whole tables, so each section is cut into id
# ranges that child processes read and deflate at once (payload_parts.py; threads would not
# do: payload_child.py says why). Each range's lines come back joined by SQLite itself
# (group_concat: one value per range, not one Python object per line).

_MAX_PARTS = 4
# The manifest's facts (`_SELECT_FACTS`) of each range, worked out as its lines are read.
_FACTS_OF_RANGE = (', COALESCE(SUM(p."archived"), 0), MIN(p."revision"), MAX(p."revision"), '
                   'group_concat(DISTINCT c."code")')
_RANGE_IDS = 4_000                  # ids per range: about a megabyte of lines
_RANGED = ' AND {alias}."id" >= ? AND {alias}."id" < ?'


def _parts() -> int:
    database = db.obj
    if not isinstance(database.database, str) or database.database in ("", ":memory:") \
            or not os.path.isfile(database.database) or not deflated.AVAILABLE:
        return 1                     # not a SQLite file (a server, or memory): one connection
    return max(1, min(_MAX_PARTS, os.cpu_count() or 1))


def _ranged(kind: str) -> tuple[str, str] | None:
    """(table, the section's SQL over one id range in table order, giving its lines joined by
    newlines and their count, and for participants the range's facts), or None when it cannot be cut."""
    extra = ""
    if kind == chunked.PARTICIPANT:
        table, sql = "participant", SELECT_ARRAYS_SCAN + _RANGED.format(alias="p")
        extra = _FACTS_OF_RANGE
    else:
        sql = tenure_rows.ARRAY_SQL[kind]
        table = tenure_rows.MODELS[kind]._meta.table_name
        tail = ' AS t WHERE t."change_seq" > ? AND t."change_seq" <= ? ORDER BY t."change_seq"'
        if not sql.endswith(tail):
            return None
        sql = sql[:-len(tail)] + ' AS t NOT INDEXED WHERE t."change_seq" > ? AND t."change_seq" <= ?' \
            + _RANGED.format(alias="t")
    line, separator, rest = sql.rpartition(f' FROM "{table}" AS ')
    if not separator or not line.startswith("SELECT "):
        return None
    return table, (f"SELECT CAST(group_concat({line[len('SELECT '):]}, char(10)) AS BLOB), count(*){extra}"
                   f"{separator}{rest}")


def _sections(seq_from: int, seq_to: int) -> list[tuple[str, str, list[tuple]]] | None:
    """Each section's (kind, SQL over one id range, its ranges), or None when one cannot be cut."""
    sections = []
    for kind in (chunked.PARTICIPANT, *tenure_rows.KINDS):
        ranged = _ranged(kind)
        if ranged is None:
            return None
        table, sql = ranged
        # Two subqueries: MIN and MAX in one SELECT make SQLite scan the whole table.
        low, high = db.execute_sql(f'SELECT (SELECT MIN("id") FROM "{table}"), (SELECT MAX("id") FROM "{table}")'
                                   ).fetchone()
        ranges = [] if low is None else [(seq_from, seq_to, start, start + _RANGE_IDS)
                                          for start in range(low, high + 1, _RANGE_IDS)]
        sections.append((kind, sql, ranges))
    return sections


def _parallel(seq_from: int, seq_to: int, parts: int, keep_plain: bool) -> payload_parts.Reading | None:
    """Every section read in id ranges by `parts` child processes (started now), or None when
    a section's SQL cannot be cut."""
    sections = _sections(seq_from, seq_to)
    if sections is None:
        return None
    return payload_parts.Reading(db.obj.database, sections, _MAX_CHANGE_SEQ, parts, chunked.section_header,
                                 keep_plain)


# --- the reference reader (before issue 19's second pass) -------------------------

def _section_text(write: Write, kind: str, cursor) -> int:
    written = 0
    while batch := cursor.fetchmany(FETCH):
        if not written:
            write(chunked.section_header(kind))
        write(("\n".join([line for (line,) in batch]) + "\n").encode("utf-8"))
        written += len(batch)
    return written


def reference_producer(seq_from: int, seq_to: int) -> Callable[[Write], dict]:
    """The same lines, read as the export read them before: text, in change order."""
    def produce(write: Write) -> dict:
        known = facts(seq_from, seq_to)
        _checked(_section_text(write, chunked.PARTICIPANT, db.execute_sql(SELECT_ARRAYS, (seq_from, seq_to))),
                 known.records)
        tenure = {kind: _section_text(write, kind, db.execute_sql(tenure_rows.ARRAY_SQL[kind], (seq_from, seq_to)))
                  for kind in tenure_rows.KINDS}
        return {"tenure": tenure_records.without_empty_optional(tenure), "facts": known}
    return produce
