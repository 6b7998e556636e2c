"""Tenure rows <-> the tenure lines of a sync file: the kelurahan's export and the city's merge.

The lines' keys are defined once in services/sync/format/tenure_records.py (KINDS); this
module reads the rows changed in an export's range into lines, and merges a checked file's
lines into the city database inside the file's transaction, kind by kind so that what a
line refers to (a term's participant and post) is there before it. A reference the city
cannot find refuses the whole file, like any other fault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from jamsostek_desktop.db.bulk import table_bulk_load
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant, next_change_seq
from jamsostek_desktop.db.screening_models import ScreeningPair
from jamsostek_desktop.db.tenure_models import Claim, Coverage, LifeEvent, Post, Replacement, Term
from jamsostek_desktop.errors import AppError, translate
from jamsostek_desktop.services.sync.format import tenure_records
from jamsostek_desktop.services.sync.format.tenure_records import COMMON, KIND_KEY, KINDS

MODELS = {"post": Post, "term": Term, "coverage": Coverage, "replacement": Replacement, "event": LifeEvent,
          "claim": Claim, "decision": ScreeningPair}
REFERRED = {"participant": Participant, "post": Post, "event": LifeEvent}
_CHUNK = 900


def _expression(model, f: tenure_records.Field) -> str:
    """One value of a line in SQL, as the line carries it (the participant export's way, rows.JSON_OBJECT)."""
    column = f'"{model._meta.fields[f.column].column_name}"'
    if f.type == "ref":
        target = REFERRED[f.ref]._meta.table_name
        return f'(SELECT r."uuid" FROM "{target}" AS r WHERE r."id" = t.{column})'
    if f.type == "category":
        return f'(SELECT c."code" FROM "category" AS c WHERE c."id" = t.{column})'
    if f.type == "bool":
        return f"CASE WHEN t.{column} THEN json('true') ELSE json('false') END"
    if f.type == "json":
        return f"json(t.{column})"
    if f.type == "stamp":
        return f"substr(t.{column}, 1, 19)"
    return f"t.{column}"


def _line_sql(kind: str) -> str:
    model = MODELS[kind]
    pairs = [f"'{KIND_KEY}', '{kind}'"] + [f"'{f.key}', {_expression(model, f)}" for f in COMMON + KINDS[kind]]
    return (f'SELECT json_object({", ".join(pairs)}) FROM "{model._meta.table_name}" AS t '
            'WHERE t."change_seq" > ? AND t."change_seq" <= ? ORDER BY t."change_seq"')


def _array_sql(kind: str) -> str:
    """Format 3: the line as a JSON array in format/chunked.py's KEYS order (kind first)."""
    model = MODELS[kind]
    values = [f"'{kind}'"] + [_expression(model, f) for f in COMMON + KINDS[kind]]
    return (f'SELECT json_array({", ".join(values)}) FROM "{model._meta.table_name}" AS t '
            'WHERE t."change_seq" > ? AND t."change_seq" <= ? ORDER BY t."change_seq"')


# SQLite builds each line (json_object), as the participant export does: a city-sized file
# carries a quarter of a million of them, five times faster than json.dumps row by row.
LINE_SQL = {kind: _line_sql(kind) for kind in KINDS}
ARRAY_SQL = {kind: _array_sql(kind) for kind in KINDS}
POST_CODES = ('SELECT DISTINCT c."code" FROM "post" AS t JOIN "category" AS c ON c."id" = t."category_id" '
              'WHERE t."change_seq" > ? AND t."change_seq" <= ?')


def export_lines(seq_from: int, seq_to: int) -> tuple[bytes, dict[str, int], set[str]]:
    """(payload lines, count per kind, category codes the posts use) for seq_from < change_seq <= seq_to."""
    out: list[str] = []
    counts = tenure_records.empty_counts()
    for kind in KINDS:
        lines = [line for (line,) in db.execute_sql(LINE_SQL[kind], (seq_from, seq_to))]
        counts[kind] = len(lines)
        out += lines
    for kind in tenure_records.OPTIONAL_KINDS:
        if not counts[kind]:
            del counts[kind]      # a file without decisions reads as before wherever it goes
    codes = {code for (code,) in db.execute_sql(POST_CODES, (seq_from, seq_to))}
    return ("\n".join(out) + "\n").encode("utf-8") if out else b"", counts, codes


def post_codes(seq_from: int, seq_to: int) -> set[str]:
    """The category codes the posts changed in the range use (the manifest carries their definitions)."""
    return {code for (code,) in db.execute_sql(POST_CODES, (seq_from, seq_to))}


def pending(after_seq: int) -> int:
    """Tenure rows changed since the last export (the Kirim data dialog adds them to its count)."""
    return sum(model.select().where(model.change_seq > after_seq).count() for model in MODELS.values())


# What the city already holds of a kind, for one kelurahan: its rows are found through the
# participant they belong to (posts carry the kelurahan themselves), so a merge reads one
# kelurahan's rows in one query instead of looking 250,000 UUIDs up a few hundred at a time.
_OWN = {
    "participant": 'SELECT t."uuid", t."id", t."revision" FROM "participant" AS t WHERE t."kelurahan_code" = ?',
    "post": 'SELECT t."uuid", t."id", t."revision" FROM "post" AS t WHERE t."kelurahan_code" = ?',
    "term": 'SELECT t."uuid", t."id", t."revision" FROM "term" AS t JOIN "participant" AS p '
            'ON p."id" = t."participant_id" WHERE p."kelurahan_code" = ?',
    "coverage": 'SELECT t."uuid", t."id", t."revision" FROM "coverage" AS t JOIN "participant" AS p '
                'ON p."id" = t."participant_id" WHERE p."kelurahan_code" = ?',
    "replacement": 'SELECT t."uuid", t."id", t."revision" FROM "replacement" AS t JOIN "participant" AS p '
                   'ON p."id" = t."leaving_id" WHERE p."kelurahan_code" = ?',
    "event": 'SELECT t."uuid", t."id", t."revision" FROM "life_event" AS t JOIN "participant" AS p '
             'ON p."id" = t."participant_id" WHERE p."kelurahan_code" = ?',
    "claim": 'SELECT t."uuid", t."id", t."revision" FROM "claim" AS t JOIN "life_event" AS e ON e."id" = t."event_id" '
             'JOIN "participant" AS p ON p."id" = e."participant_id" WHERE p."kelurahan_code" = ?',
    "decision": 'SELECT t."uuid", t."id", t."revision" FROM "screening_pair" AS t JOIN "participant" AS p '
                'ON p."uuid" = t."uuid_a" WHERE p."kelurahan_code" = ?',
}
TABLES = _TABLE = {"participant": "participant", "post": "post", "term": "term", "coverage": "coverage",
                   "replacement": "replacement", "event": "life_event", "claim": "claim",
                   "decision": "screening_pair"}


def _held(kind: str, uuids: set[str], kelurahan_code: str, own: dict,
          whole: bool = True) -> dict[str, tuple[int, int]]:
    """{uuid: (id, revision)} of the city's rows among `uuids`: the kelurahan's own in one query
    (kept in `own` for the next reference to the same kind), any other (a participant the city
    holds under another kelurahan) looked up by UUID; with `whole` False, all by UUID."""
    if not whole:
        own = {kind: {}}
    elif kind not in own:
        own[kind] = {uuid: (row_id, revision) for uuid, row_id, revision in
                     db.execute_sql(_OWN[kind], (kelurahan_code,))}
    out = {uuid: own[kind][uuid] for uuid in uuids if uuid in own[kind]}
    missing = sorted(uuids - out.keys())
    for start in range(0, len(missing), _CHUNK):
        part = missing[start:start + _CHUNK]
        # The UUIDs numbered in a VALUES list: the rows come back as numbers only, three times
        # faster than an IN list handing every UUID's text back to Python.
        sql = 'WITH w(n, u) AS (VALUES {}) SELECT w.n, t."id", t."revision" FROM w JOIN "{}" AS t ON t."uuid" = w.u'.format(
            ", ".join(f"({n}, ?)" for n in range(len(part))), _TABLE[kind])
        out.update({part[n]: (row_id, revision) for n, row_id, revision in db.execute_sql(sql, part)})
    return out


def _to_write(kind: str, lines: list[dict]) -> list[tuple[dict, str]]:
    """(line, ADD or UPDATE) for the lines `tenure_records.decide` would write, in file order:
    the comparison of revisions made by SQL beside the UUID lookup, only the lines to write
    handed back (as numbers: their place in the batch)."""
    actions: dict[int, str] = {}
    for start in range(0, len(lines), _CHUNK):
        part = lines[start:start + _CHUNK]
        params = [value for line in part for value in (line["uuid"], line["revision"])]
        sql = ('WITH w(n, u, r) AS (VALUES {}) SELECT w.n, t."id" IS NULL FROM w LEFT JOIN "{}" AS t '
               'ON t."uuid" = w.u WHERE t."id" IS NULL OR t."revision" < w.r').format(
            ", ".join(f"({start + n}, ?, ?)" for n in range(len(part))), _TABLE[kind])
        actions.update({n: tenure_records.ADD if new else tenure_records.UPDATE
                        for n, new in db.execute_sql(sql, params)})
    return [(lines[n], actions[n]) for n in sorted(actions)]


def _converters(kind: str) -> list[tuple[str, str | None]]:
    """(key, conversion) of a kind's values in STATEMENTS order: None (stored as the line carries
    it: text, numbers, ISO dates and times), "ref", "category", "bool" or "json"."""
    return [(f.key, f.type if f.type in ("ref", "category", "bool", "json") else None)
            for f in COMMON + KINDS[kind] if f.key != "uuid"]


def _statements(kind: str) -> tuple[list[str], str, str]:
    model = MODELS[kind]
    columns = [model._meta.fields[f.column].column_name for f in COMMON + KINDS[kind] if f.key != "uuid"]
    columns += ["change_seq"] + (["kelurahan_code"] if kind == "post" else [])
    table = model._meta.table_name
    insert = 'INSERT INTO "{}" ("uuid", {}) VALUES ({})'.format(
        table, ", ".join(f'"{c}"' for c in columns), ", ".join("?" for _ in range(len(columns) + 1)))
    update = 'UPDATE "{}" SET {} WHERE "uuid" = ?'.format(table, ", ".join(f'"{c}" = ?' for c in columns))
    return columns, insert, update


STATEMENTS = {kind: _statements(kind) for kind in KINDS}
CONVERTERS = {kind: _converters(kind) for kind in KINDS}


@dataclass
class MergeState:
    """What a merge in batches carries from one batch to the next (format 3 hands lines over a
    few thousand at a time): the next change number, category ids, the kelurahan's rows of the
    kinds referred to, and `before_insert(kind, added, batch)`, called before rows are added
    (the caller may start a bulk load there)."""

    seq: int
    category_ids: dict[str, int]
    own: dict = field(default_factory=dict)
    before_insert: Callable[[str, int, int], None] | None = None
    batched: bool = True
    fresh: dict[str, bool] = field(default_factory=dict)   # kinds whose table held no row when first met


_MISSING = object()


def holds_none(table: str) -> bool:
    """The table has no row (a merge into it then has nothing to look up)."""
    return db.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is None


def _values(kind: str, lines: list[dict], refs: dict[str, dict[str, int]], category_ids: dict[str, int],
            seq: int, kelurahan_code: str) -> list[tuple]:
    """The lines' values in STATEMENTS order (change numbers from seq + 1 on), built a column at a time.

    A reference the city does not hold refuses the file, naming the first such line (AppError).
    """
    columns: list = []
    first_missing: tuple[int, int, str] | None = None
    for position, (key, how) in enumerate(CONVERTERS[kind]):
        column = [line[key] for line in lines]
        if how == "ref":
            found = refs[key]
            column = [v if v is None else found.get(v, _MISSING) for v in column]
            if _MISSING in column:
                at = column.index(_MISSING)
                if first_missing is None or at < first_missing[0]:
                    first_missing = (at, position, key)
        elif how == "category":
            column = [v if v is None else category_ids[v] for v in column]
        elif how == "bool":
            column = [v if v is None else int(v) for v in column]
        elif how == "json":
            column = [v if v is None else _json_text(v) for v in column]
        columns.append(column)
    if first_missing is not None:
        at, _position, key = first_missing
        f = next(f for f in KINDS[kind] if f.key == key)
        raise AppError(translate(
            "tenure_rows", "Rekaman {kind} {uuid} merujuk {ref} {target} yang tidak ada di basis "
            "data kota; berkas ditolak. Minta kelurahan mengirim berkas lengkap (--full).").format(
            kind=kind, uuid=lines[at]["uuid"], ref=f.ref, target=lines[at][key]))
    columns.append(range(seq + 1, seq + 1 + len(lines)))
    if kind == "post":
        columns.append([kelurahan_code] * len(lines))
    return list(zip(*columns, strict=True))


_json_text = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def merge(lines: list[dict], kelurahan_code: str, state: MergeState | None = None) -> dict[str, int]:
    """Merge a checked file's tenure lines; returns how many of each kind were added or updated.

    Call inside the file's transaction: an AppError (a line naming a participant, post or
    event the city does not hold) rolls the whole file back. With a `state`, `lines` is one
    batch of a longer run, and the state's change number moves on.
    """
    written = tenure_records.empty_counts()
    if not lines:
        return tenure_records.without_empty_optional(written)
    by_kind: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for line in lines:
        by_kind[line[KIND_KEY]].append(line)
    if state is None:
        # The first row takes the next number.
        state = MergeState(next_change_seq() - 1, {code: cid for cid, code in
                                                   Category.select(Category.id, Category.code).tuples()},
                           batched=False)
    category_ids, seq, own = state.category_ids, state.seq, state.own
    cursor = db.cursor()
    for kind, fields in KINDS.items():
        incoming = by_kind[kind]
        if kind == "decision" and incoming:
            # The city may hold the same pair under its own row (found by its own run).
            from jamsostek_desktop.services.screening.sync_decisions import make_room

            incoming = make_room(incoming)
        if not incoming:
            continue
        if kind not in state.fresh:
            # This file's lines of a kind have distinct UUIDs (the parser refuses a repeat), so
            # when the table holds none yet every line is new: nothing to look up, now or in
            # the kind's later batches. (Decisions may meet the city's own rows: make_room.)
            state.fresh[kind] = kind != "decision" and holds_none(_TABLE[kind])
        if state.fresh[kind]:
            changes = [(line, tenure_records.ADD) for line in incoming]
        elif state.batched:
            # In batches, the kind being merged is looked up by UUID (reading all its rows again
            # for every batch would read a quarter of a million rows thirty times), and SQL keeps
            # back the lines the city already holds at their revision: a re-sent file's lines
            # never come back to Python.
            changes = _to_write(kind, incoming)
        else:
            current = _held(kind, {line["uuid"] for line in incoming}, kelurahan_code, own)
            decide = tenure_records.decide
            changes = [(line, action) for line in incoming
                       if (action := decide(current[line["uuid"]][1] if line["uuid"] in current else None,
                                            line["revision"])) != tenure_records.KEEP]
        if not changes:
            continue
        # References are looked up for the lines written only; in batches by UUID too, except to
        # posts and events (a few, and read once): holding every participant of a city-sized file
        # would grow with the file.
        refs = {f.key: {uuid: row_id for uuid, (row_id, _rev) in _held(
            f.ref, {line[f.key] for line, _ in changes if line[f.key] is not None}, kelurahan_code, own,
            whole=not (state.batched and f.ref == "participant")).items()}
            for f in fields if f.type == "ref"}
        values = _values(kind, [line for line, _ in changes], refs, category_ids, seq, kelurahan_code)
        seq += len(changes)
        added = [(line["uuid"], row) for (line, action), row in zip(changes, values, strict=True)
                 if action == tenure_records.ADD]
        updated = [(line["uuid"], row) for (line, action), row in zip(changes, values, strict=True)
                   if action != tenure_records.ADD]
        _columns, insert, update = STATEMENTS[kind]
        if added:
            if state.before_insert is not None:
                state.before_insert(kind, len(added), len(incoming))
                cursor.executemany(insert, ((uuid, *row) for uuid, row in added))
            else:
                with table_bulk_load(db, _TABLE[kind], len(added)):
                    cursor.executemany(insert, ((uuid, *row) for uuid, row in added))
        if updated:
            cursor.executemany(update, ((*row, uuid) for uuid, row in updated))
        written[kind] = len(added) + len(updated)
        if written[kind]:
            own.pop(kind, None)          # its rows changed: a later kind referring to them reads them again
    state.seq = seq
    return tenure_records.without_empty_optional(written)
