"""Tenure rows <-> the tenure lines of a sync file: the kelurahan's export and the city's merge.

The lines' keys are defined once in services/sync/format/tenure_records.py (KINDS); this
module reads the rows changed in an export's range into lines, and merges a checked file's
lines into the city database inside the file's transaction, kind by kind so that what a
line refers to (a term's participant and post) is there before it. A reference the city
cannot find refuses the whole file, like any other fault.
"""

from __future__ import annotations

import datetime as dt

from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant, max_change_seq
from jamsostek_desktop.db.tenure_models import Claim, Coverage, LifeEvent, Post, Replacement, Term
from jamsostek_desktop.errors import AppError, translate
from jamsostek_desktop.services.sync.format import tenure_records
from jamsostek_desktop.services.sync.format.tenure_records import COMMON, KIND_KEY, KINDS

MODELS = {"post": Post, "term": Term, "coverage": Coverage, "replacement": Replacement, "event": LifeEvent,
          "claim": Claim}
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
        return f"json(CASE WHEN t.{column} THEN 'true' ELSE 'false' END)"
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


# SQLite builds each line (json_object), as the participant export does: a city-sized file
# carries a quarter of a million of them, five times faster than json.dumps row by row.
LINE_SQL = {kind: _line_sql(kind) for kind in KINDS}
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
    codes = {code for (code,) in db.execute_sql(POST_CODES, (seq_from, seq_to))}
    return ("\n".join(out) + "\n").encode("utf-8") if out else b"", counts, codes


def pending(after_seq: int) -> int:
    """Tenure rows changed since the last export (the Kirim data dialog adds them to its count)."""
    return sum(model.select().where(model.change_seq > after_seq).count() for model in MODELS.values())


def _parse(f: tenure_records.Field, value):
    if value is None:
        return None
    if f.type == "date":
        return dt.date.fromisoformat(value)
    if f.type == "stamp":
        return dt.datetime.fromisoformat(value)
    return value


def _current(model, uuids: list[str]) -> dict[str, tuple[int, int]]:
    out = {}
    for start in range(0, len(uuids), _CHUNK):
        part = uuids[start:start + _CHUNK]
        for uuid, row_id, revision in model.select(model.uuid, model.id, model.revision).where(
                model.uuid.in_(part)).tuples():
            out[uuid] = (row_id, revision)
    return out


def merge(lines: list[dict], kelurahan_code: str) -> dict[str, int]:
    """Merge a checked file's tenure lines; returns how many of each kind were added or updated.

    Call inside the file's transaction: an AppError (a line naming a participant, post or
    event the city does not hold) rolls the whole file back.
    """
    written = tenure_records.empty_counts()
    if not lines:
        return written
    by_kind: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for line in lines:
        by_kind[line[KIND_KEY]].append(line)
    category_ids = {code: cid for cid, code in Category.select(Category.id, Category.code).tuples()}
    seq = max_change_seq()
    for kind, fields in KINDS.items():
        incoming = by_kind[kind]
        if not incoming:
            continue
        model = MODELS[kind]
        current = _current(model, [line["uuid"] for line in incoming])
        refs = {}
        for f in fields:
            if f.type == "ref":
                wanted = sorted({line[f.key] for line in incoming if line[f.key] is not None})
                refs[f.key] = {uuid: row_id for uuid, (row_id, _rev) in _current(REFERRED[f.ref], wanted).items()}
        added, updated = [], []
        for line in incoming:
            values = {}
            for f in COMMON + fields:
                value = _parse(f, line[f.key])
                if f.type == "ref" and value is not None:
                    found = refs[f.key].get(value)
                    if found is None:
                        raise AppError(translate(
                            "tenure_rows", "Rekaman {kind} {uuid} merujuk {ref} {target} yang tidak ada di basis "
                            "data kota; berkas ditolak. Minta kelurahan mengirim berkas lengkap (--full).").format(
                            kind=kind, uuid=line["uuid"], ref=f.ref, target=value))
                    value = found
                elif f.type == "category":
                    value = category_ids[value]
                values[f.column] = value
            if kind == "post":
                values["kelurahan_code"] = kelurahan_code
            action = tenure_records.decide(current[line["uuid"]][1] if line["uuid"] in current else None,
                                           line["revision"])
            if action == tenure_records.KEEP:
                continue
            seq += 1
            values["change_seq"] = seq
            (added if action == tenure_records.ADD else updated).append(values)
        insert_rows(model, added)
        for values in updated:
            uuid = values.pop("uuid")
            model.update(**values).where(model.uuid == uuid).execute()
        written[kind] = len(added) + len(updated)
    return written
