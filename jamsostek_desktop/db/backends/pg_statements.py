"""The program's statements as PostgreSQL reads them, and the shapes that run faster there.

`translated` turns SQLite's spelling into PostgreSQL's (`?` parameters, NOCASE, INDEXED BY);
`as_any` and `as_arrays` send a long list of parameters (a batch's UUIDs) as one array, so the
statement stays short: psycopg parses it once (its cache holds short statements only) and the
server plans a few parameters instead of hundreds. What a statement finds never changes.
"""

from __future__ import annotations

import functools
import re

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


_VALUES = re.compile(r"\(VALUES \(0((?:, \?)+)\)(?:, \(\d+(?:, \?)+\))*\)")


@functools.lru_cache(maxsize=256)
def numbered_values(sql: str) -> tuple[tuple[int, int, int, int, int], ...]:
    """The numbered VALUES lists of `sql` (`(VALUES (0, ?, ?), (1, ?, ?), ...)`, a merge's batch of
    UUIDs): each as (start, end, its first parameter's place, rows, parameters a row). A list whose
    numbers are not 0, 1, 2 ... in order, or that sits inside a quoted text, is not one."""
    marks = [m.start() for m in _TOKENS.finditer(sql) if m.group(0) == "?"]
    found = []
    for match in _VALUES.finditer(sql):
        width = match.group(1).count("?")
        rows = match.group(0).count("(") - 1
        row = ", ?" * width
        if match.group(0) != "(VALUES " + ", ".join(f"({n}{row})" for n in range(rows)) + ")":
            continue
        first = sql.find("?", match.start())
        if first not in marks:
            continue
        found.append((match.start(), match.end(), marks.index(first), rows, width))
    return tuple(found)


@functools.lru_cache(maxsize=256)
def _unnested(sql: str, kinds: tuple[tuple[str, ...], ...]) -> str:
    """`sql` with each numbered VALUES list read from arrays, one a column (`kinds`: each list's
    array types): `(SELECT v.o - 1, v.c0 ... FROM unnest(CAST(? AS text[]) ...) WITH ORDINALITY ...)`,
    the same numbered rows in the same order."""
    out, end = [], 0
    for (start, stop, _first, _rows, width), types in zip(numbered_values(sql), kinds, strict=True):
        columns = ", ".join(f"v.c{j}" for j in range(width))
        arrays = ", ".join(f"CAST(? AS {kind}[])" for kind in types)
        named = ", ".join(f"c{j}" for j in range(width))
        out += [sql[end:start], f"(SELECT v.o - 1, {columns} FROM unnest({arrays}) WITH ORDINALITY AS v({named}, o))"]
        end = stop
    return "".join(out) + sql[end:]


def _kind(values: list) -> str | None:
    """The array type a VALUES column's parameters go in: text, bigint, or None (mixed: left as it is)."""
    kinds = {type(v) for v in values} - {type(None)}
    if kinds <= {str}:
        return "text"
    return "bigint" if kinds == {int} else None


def as_arrays(sql: str, params) -> tuple[str, list] | None:
    """`sql` and `params` with every numbered VALUES list sent as one array a column, or None when
    there is none (or a column mixes types). A batch's 400 UUIDs then go as a short statement psycopg
    parses once, instead of 400 rows of parameters the client parses and the server plans each time."""
    lists = numbered_values(sql)
    if not lists:
        return None
    params = list(params)
    kinds, packed, at = [], [], 0
    for _start, _end, first, rows, width in lists:
        block = params[first:first + rows * width]
        columns = [block[j::width] for j in range(width)]
        types = tuple(_kind(column) for column in columns)
        if None in types:
            return None
        kinds.append(types)
        packed += params[at:first] + [_array(column) for column in columns]
        at = first + rows * width
    return _unnested(sql, tuple(kinds)), packed + params[at:]
