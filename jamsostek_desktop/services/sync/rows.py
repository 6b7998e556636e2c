"""Participant rows <-> sync records: every statement built from records.COLUMNS.

The record's column list is defined once (services/sync/format/records.py); this module
turns it into the SQL the export reads with (`select`, `JSON_OBJECT`) and the SQL a merge
or a conflict resolution writes with (`INSERT`, `UPDATE` and `values`), so a column added
to the record is read, written and compared everywhere at once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from operator import itemgetter

from jamsostek_desktop.db import backends
from jamsostek_desktop.services.sync.format import records

FROM = 'FROM "participant" AS p JOIN "category" AS c ON c."id" = p."category_id" '


def _read_expression(column: records.Column) -> str:
    return 'c."code"' if column.kind == "category" else f'p."{column.column}"'


def select(*leading: str) -> str:
    """`SELECT <leading...>, <the record's columns in COLUMNS order> FROM participant JOIN category `.

    `leading` are extra expressions before the record (e.g. 'p."kelurahan_code"'); a raw
    row then holds them first and the record from position len(leading).
    """
    columns = [*leading, *(_read_expression(c) for c in records.COLUMNS)]
    return f"SELECT {', '.join(columns)} {FROM}"


def _json_expression(column: records.Column) -> str:
    if column.kind == "bool":
        return f"CASE WHEN p.\"{column.column}\" THEN json('true') ELSE json('false') END"
    if column.kind == "json":
        return f'json(p."{column.column}")'
    return _read_expression(column)


# SQLite's json_object() over a participant row: one payload line, built in C.
JSON_OBJECT = "json_object(" + ", ".join(f"'{c.key}', {_json_expression(c)}" for c in records.COLUMNS) + ")"
# Format 3 (format/chunked.py): the same values as a JSON array in COLUMNS order, keys said once.
JSON_ARRAY = "json_array(" + ", ".join(_json_expression(c) for c in records.COLUMNS) + ")"
# The same for a row the merge compares with a line, strictly: a boolean column holding neither 0
# nor 1, or a `fields` text that is not JSON (another tool's row), gives null there rather than
# `true` or a stopped statement, so the row is looked at closer (batches._city_copies). json('true')
# is a constant SQLite works out once, not a text parsed for every row.
_LINE_ARRAY = "json_array(" + ", ".join(
    f"CASE p.\"{c.column}\" WHEN 1 THEN json('true') WHEN 0 THEN json('false') END" if c.kind == "bool"
    else f'CASE WHEN json_valid(p."{c.column}") THEN json(p."{c.column}") END' if c.kind == "json"
    else _read_expression(c) for c in records.COLUMNS) + ")"

# What a merge writes: every record column but the uuid (the key it is found by), plain ones
# first (read from a record with one itemgetter), then those needing a conversion, then the
# city's own bookkeeping.
_PLAIN = tuple(c for c in records.COLUMNS if c.kind == "plain" and c.key != "uuid")
_CONVERTED = tuple(c for c in records.COLUMNS if c.kind != "plain")
BOOKKEEPING = ("kelurahan_code", "change_seq", "received_revision")
WRITE_COLUMNS = tuple(c.column for c in _PLAIN + _CONVERTED) + BOOKKEEPING

INSERT = 'INSERT INTO "participant" ({}) VALUES ({})'.format(
    ", ".join(f'"{c}"' for c in ("uuid", *WRITE_COLUMNS)), ", ".join("?" for _ in range(1 + len(WRITE_COLUMNS))))
UPDATE = 'UPDATE "participant" SET {} WHERE "uuid" = ?'.format(", ".join(f'"{c}" = ?' for c in WRITE_COLUMNS))

# The same row written from a file's array as it stands (records.COLUMNS order), then the bookkeeping.
INSERT_ARRAY = 'INSERT INTO "participant" ({}) VALUES ({})'.format(
    ", ".join(f'"{c}"' for c in (*(c.column for c in records.COLUMNS), *BOOKKEEPING)),
    ", ".join("?" for _ in range(len(records.COLUMNS) + len(BOOKKEEPING))))

_plain_values = itemgetter(*(c.key for c in _PLAIN))


def values(record: dict, kelurahan_code: str, category_ids: Mapping[str, int], change_seq: int) -> tuple:
    """A checked record as the values of WRITE_COLUMNS (INSERT prepends the uuid, UPDATE appends it)."""
    converted = []
    for column in _CONVERTED:
        value = record[column.key]
        if column.kind == "category":
            value = category_ids[value]
        elif column.kind == "bool":
            value = int(value)
        else:
            value = records.json_text(value)
        converted.append(value)
    return (*_plain_values(record), *converted, kelurahan_code, change_seq, record["revision"])


_json_text = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode     # as records.json_text


def _fields_texts():
    """fields -> its stored text (as records.json_text), remembered for the batch: many people share
    the same extra fields (one posyandu, one RT), and encoding was a third of a batch's values.
    Keyed by the items in order: a checked record's values are plain texts and whole numbers
    (never true or 1.0, which would share a key with 1)."""
    known: dict = {}

    def text(fields) -> str:
        if not fields:
            return "{}"
        try:
            key = tuple(fields.items())
            found = known.get(key)
        except TypeError:                   # an unhashable value: not remembered
            return _json_text(fields)
        if found is None:
            found = known[key] = _json_text(fields)
        return found

    return text


def batch_values(batch: list[dict], kelurahan_code: str, category_ids: Mapping[str, int], first_seq: int,
                 uuid_first: bool) -> list[tuple]:
    """values() of every record of a batch (change numbers from first_seq on), built a column at a
    time; the uuid first (INSERT) or last (UPDATE)."""
    columns: list = [list(map(_plain_values, batch))]
    for column in _CONVERTED:
        values = [record[column.key] for record in batch]
        if column.kind == "category":
            values = [category_ids[v] for v in values]
        elif column.kind == "bool":
            values = list(map(int, values))
        else:
            values = list(map(_fields_texts(), values))
        columns.append(values)
    columns += [[kelurahan_code] * len(batch), range(first_seq, first_seq + len(batch)),
                [record["revision"] for record in batch]]
    uuids = [record["uuid"] for record in batch]
    if uuid_first:
        return [(uuid, *plain, *rest) for uuid, plain, *rest in zip(uuids, *columns, strict=True)]
    return [(*plain, *rest, uuid) for uuid, plain, *rest in zip(uuids, *columns, strict=True)]


_CATEGORY_AT = records.AT["category"]
_BOOLS_AT = tuple(records.AT[c.key] for c in records.COLUMNS if c.kind == "bool")
_JSON_AT = tuple(records.AT[c.key] for c in records.COLUMNS if c.kind == "json")
_REVISION_AT = records.AT["revision"]


def array_values(arrays: list[list], kelurahan_code: str, category_ids: Mapping[str, int],
                 first_seq: int) -> list[list]:
    """INSERT_ARRAY's values for checked arrays in records.COLUMNS order (sections.Batch.rows),
    change numbers from first_seq on: insert_values()'s values, in the array's own order (each
    array copied once and converted in place, a third of the time of building insert_values)."""
    fields_text = _fields_texts()
    out = []
    for seq, array in enumerate(arrays, first_seq):
        values = list(array)
        values[_CATEGORY_AT] = category_ids[values[_CATEGORY_AT]]
        for at in _BOOLS_AT:
            values[at] = int(values[at])
        for at in _JSON_AT:
            values[at] = fields_text(values[at])
        values += (kelurahan_code, seq, values[_REVISION_AT])
        out.append(values)
    return out


def insert_values(record: dict, kelurahan_code: str, category_ids: Mapping[str, int], change_seq: int) -> tuple:
    return (record["uuid"], *values(record, kelurahan_code, category_ids, change_seq))


def update_values(record: dict, kelurahan_code: str, category_ids: Mapping[str, int], change_seq: int) -> tuple:
    return (*values(record, kelurahan_code, category_ids, change_seq), record["uuid"])


# The revision and the content the merge rules compare at equal revisions (records.CONTENT_KEYS) as
# one JSON array text: SQL writes the city's (content_array), Python the record's (content_text),
# booleans as 0/1 and `fields` as its stored text (JSONField's, keys sorted), as the row holds them.
# Equal texts mean the same revision with equal content; unequal ones at an equal revision are
# compared again value by value (a row another tool wrote).
_CONTENT = tuple(next(c for c in records.COLUMNS if c.key == key) for key in ("revision", *records.CONTENT_KEYS))
_CONTENT_VALUES = itemgetter(*(c.key for c in _CONTENT))
_CONTENT_BOOLS = tuple(i for i, c in enumerate(_CONTENT) if c.kind == "bool")
_CONTENT_JSON = tuple(i for i, c in enumerate(_CONTENT) if c.kind == "json")
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def content_array() -> str:
    """SQL: the revision and content of the participant row `p` (joined to its category `c`) as a JSON array."""
    return backends.current().json_array([_read_expression(c) for c in _CONTENT])


def content_text(record: dict) -> str:
    """A checked record's revision and content as content_array() writes a row holding the same."""
    values = list(_CONTENT_VALUES(record))
    for i in _CONTENT_BOOLS:
        values[i] = int(values[i])
    for i in _CONTENT_JSON:
        values[i] = _json_text(values[i] or {})
    return _ENCODE(values)


def line_array() -> str | None:
    """SQL: the participant row `p` as the export writes its format-3 line (JSON_ARRAY), where the
    database writes that text (SQLite's json functions); None elsewhere. A row whose text equals
    the line a file brings holds exactly that record: the merge compares the two without
    encoding the record in Python (batches._city_copies)."""
    return _LINE_ARRAY if backends.current().name == "sqlite" else None
