"""Tenure rows <-> the tenure lines of a sync file: the kelurahan's export and the city's merge.

The lines' keys are defined once in services/sync/format/tenure_records.py (KINDS); this
module reads the rows changed in an export's range into lines, and merges a checked file's
lines into the city database inside the file's transaction, kind by kind so that what a
line refers to (a term's participant and post) is there before it. A reference the city
cannot find refuses the whole file, like any other fault.
"""

from __future__ import annotations

import datetime as dt
import json

from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.models import Category, Participant, max_change_seq
from jamsostek_desktop.db.tenure_models import Claim, Coverage, LifeEvent, Post, Replacement, Term
from jamsostek_desktop.errors import AppError, translate
from jamsostek_desktop.services.sync.format import tenure_records
from jamsostek_desktop.services.sync.format.tenure_records import COMMON, KIND_KEY, KINDS

MODELS = {"post": Post, "term": Term, "coverage": Coverage, "replacement": Replacement, "event": LifeEvent,
          "claim": Claim}
REFERRED = {"participant": Participant, "post": Post, "event": LifeEvent}
_CHUNK = 900


def _text(value):
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _uuids(model, ids: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    ids = sorted(i for i in ids if i is not None)
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        out.update(model.select(model.id, model.uuid).where(model.id.in_(part)).tuples())
    return out


def export_lines(seq_from: int, seq_to: int) -> tuple[bytes, dict[str, int], set[str]]:
    """(payload lines, count per kind, category codes the posts use) for seq_from < change_seq <= seq_to."""
    out: list[bytes] = []
    counts = tenure_records.empty_counts()
    codes: set[str] = set()
    category_codes = dict(Category.select(Category.id, Category.code).tuples())
    for kind, fields in KINDS.items():
        model = MODELS[kind]
        columns = COMMON + fields
        query = (model.select(*(getattr(model, f.column) for f in columns))
                 .where((model.change_seq > seq_from) & (model.change_seq <= seq_to)).order_by(model.change_seq))
        rows = list(query.tuples())
        if not rows:
            continue
        refs = {}
        for position, f in enumerate(columns):
            if f.type == "ref":
                refs[position] = _uuids(REFERRED[f.ref], {row[position] for row in rows})
        for row in rows:
            line = {KIND_KEY: kind}
            for position, (f, value) in enumerate(zip(columns, row, strict=True)):
                if f.type == "ref":
                    value = refs[position].get(value) if value is not None else None
                elif f.type == "category":
                    value = category_codes[value]
                    codes.add(value)
                elif f.type == "bool":
                    value = bool(value)
                else:
                    value = _text(value)
                line[f.key] = value
            out.append(json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        counts[kind] = len(rows)
    return (b"\n".join(out) + b"\n") if out else b"", counts, codes


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
