"""Merging one checked sync file into the city database, batch by batch, inside its transaction.

A format-3 file hands its records over a few thousand at a time (format/chunked.py); older
files are cut into the same batches (sections.Batch: the file's arrays and lines). For each
batch of participants the city's copies are found by UUID (not at all in a city holding none),
SQL compares each with the record's line and leaves out those the city holds unchanged, the
merge rules (format/merge.py) sort the rest, and the adds and updates are written with one
prepared statement each; tenure lines go through tenure_rows.merge.
Bulk loads (indexes dropped and built once) are steps a PostgreSQL backend replaces:
`participant_bulk_load` and `table_bulk_load` in db/bulk.py, `_write` here.
"""

from __future__ import annotations

from contextlib import ExitStack

from peewee import fn

from jamsostek_desktop.db.bulk import participant_bulk_load, table_bulk_load
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.db.sync_models import SyncIssue
from jamsostek_desktop.services.accounts import audit, seal
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.sync import rows, tenure_rows
from jamsostek_desktop.services.sync.format import chunked, merge, records, tenure_records
from jamsostek_desktop.services.sync.format.container import SyncFile
from jamsostek_desktop.services.sync.format.sections import Batch
from jamsostek_desktop.services.sync.import_report import FileReport

_CHUNK = 900   # SQLite's default limit on bound parameters is 999
# The city's rows: its bookkeeping first, then the record (positions named in records.AT).
_SELECT_CITY = rows.select('p."kelurahan_code"', 'p."received_revision"')
_RECORD = 2
_UUID = records.AT["uuid"]
_REVISION, _TOMBSTONE, _CATEGORY = records.AT["revision"], records.AT["tombstone"], records.AT["category"]
_PAIRS = 400   # (uuid, text) pairs a statement: 800 parameters, within SQLite's oldest limit of 999


def _select_current(count: int, line: str | None) -> str:
    """The city's copies of `count` (UUID, text) pairs, numbered in a VALUES list, but for those it
    holds unchanged: what the rules need of each (a NULL revision: the city lacks it), and whether
    the row equals the text given (the line the file wrote when `line` is the SQL that writes a
    row's, else rows.content_text). Unchanged: the same text, this kelurahan's, not changed at the
    city since (merge.decide says UNCHANGED); its only parameter follows the pairs."""
    # The lines come as the file's bytes: SQLite reads them as the UTF-8 text they are.
    pairs = ", ".join(f"({n}, ?, CAST(? AS TEXT))" if line else f"({n}, ?, ?)" for n in range(count))
    same = f"CASE WHEN {line or rows.content_array()} = w.t THEN 1 ELSE 0 END"
    return (f'WITH w(n, u, t) AS (VALUES {pairs}) SELECT w.n, p."revision", p."kelurahan_code", p."archived", '
            f'p."received_revision", {same} FROM w LEFT JOIN "participant" AS p ON p."uuid" = w.u '
            f'LEFT JOIN "category" AS c ON c."id" = p."category_id" '
            f'WHERE p."id" IS NULL OR CASE WHEN p."kelurahan_code" = ? AND (p."received_revision" IS NULL '
            f'OR p."received_revision" = p."revision") AND {same} = 1 THEN 0 ELSE 1 END = 1')


def _city_copies(batch: Batch, code: str) -> tuple[dict[str, merge.Current], list[dict]]:
    """The city's copies of a batch's records as the rules see them, and the records the rules must
    sort: those the city holds unchanged (the same revision and content, from this kelurahan, not
    changed at the city since) are left out, counted by the caller.

    Found by UUID (the unique index), a few hundred at a time: a batch of a long file never
    reads the rest of the kelurahan's rows. SQL compares each row with the record's line as the
    file wrote it (rows.line_array: SQLite writes a row's line as the export did), or with the
    record's revision and content written as one JSON text (rows.content_text: another backend,
    a line not known), and hands back nothing for a row that holds the record, numbers and a
    flag for the others. Only a copy whose text differs at an equal revision (a conflict,
    different timestamps, or a row written in another spelling) is read whole and compared
    value by value, as before (records.content_of_row).
    """
    current, sort, look_closer = {}, [], []
    make, content_of, content_text = merge.Current, records.content_of, rows.content_text
    arrays, lines = batch.rows, batch.lines
    line = rows.line_array() if lines is not None else None
    for start in range(0, len(arrays), _PAIRS):
        part = arrays[start:start + _PAIRS]
        if line is not None:
            params = [value for pair in zip((row[_UUID] for row in part), lines[start:start + _PAIRS], strict=True)
                      for value in pair]
        else:
            params = [value for n in range(start, start + len(part))
                      for value in (part[n - start][_UUID], content_text(batch.records[n]))]
        params.append(code)
        for n, revision, kelurahan, archived, received, same in db.execute_sql(
                _select_current(len(part), line), params):
            row = part[n]
            sort.append(n + start)
            if revision is None:
                continue            # the city lacks it
            content = ()
            if revision == row[_REVISION]:
                if same:
                    content = content_of(batch.record(n + start))
                else:
                    look_closer.append(row[_UUID])
            current[row[_UUID]] = make(revision, content, kelurahan, bool(archived), received)
    if look_closer:
        parsed: dict = {}
        for uuid, city_row in _city_rows(look_closer).items():
            current[uuid] = current[uuid]._replace(content=records.content_of_row(city_row, parsed))
    if len(sort) == len(arrays):
        return current, batch.records
    sort.sort()
    return current, [batch.record(n) for n in sort]


def _city_rows(uuids: list[str]) -> dict[str, tuple]:
    """{uuid: the city's raw row in records.COLUMNS order} (conflict details, a closer comparison)."""
    found = {}
    for start in range(0, len(uuids), _CHUNK):
        part = uuids[start:start + _CHUNK]
        for row in db.execute_sql(_SELECT_CITY + 'WHERE p."uuid" IN ({})'.format(", ".join("?" * len(part))), part):
            found[row[_RECORD + _UUID]] = row[_RECORD:]
    return found


def _ensure_categories(manifest: dict, used: set[str], have: set[str]) -> None:
    """Categories a kelurahan added that the city lacks are added from the manifest (`have`: the
    city's codes, kept up to date across a file's batches)."""
    missing = used - have
    if not missing:
        return
    order = (Category.select(fn.MAX(Category.sort_order)).scalar() or 0) + 1
    for document in manifest["categories"]:
        if document["code"] in missing:
            Category.create(code=document["code"], name=document["name"], group_name=document["group"] or "Lainnya",
                            fields=document["fields"], key_field=document["key_field"], sort_order=order)
            audit.record("create", "category", document["code"], new=document["name"], reason=audit.FROM_SYNC_FILE)
            have.add(document["code"])
            order += 1
    catalogue.invalidate()


def _write(plan: merge.Plan, code: str, category_ids: dict[str, int], seq: int) -> int:
    """Add and update a batch's participants from change number `seq` on; returns the next number.
    The rows are sealed once the file's last batch is written (_Batches.run)."""
    cursor = db.cursor()
    if isinstance(plan.add, Batch):
        # A whole batch into an empty city (Batches._add_all): written from the file's arrays.
        cursor.executemany(rows.INSERT_ARRAY, rows.array_values(plan.add.rows, code, category_ids, seq))
    elif plan.add:
        cursor.executemany(rows.INSERT, rows.batch_values(plan.add, code, category_ids, seq, uuid_first=True))
    seq += len(plan.add)
    if plan.update:
        cursor.executemany(rows.UPDATE, rows.batch_values(plan.update, code, category_ids, seq, uuid_first=False))
    return seq + len(plan.update)


def _unlisted_conflicts(plan: merge.Plan) -> list[tuple[dict, merge.Current]]:
    """The plan's conflicts not listed yet (the same incoming version is listed once, resolved or not)."""
    listed: dict[str, list] = {}
    uuids = [record["uuid"] for record, _ in plan.conflicts]
    for start in range(0, len(uuids), _CHUNK):
        part = uuids[start:start + _CHUNK]
        for issue in SyncIssue.select().where((SyncIssue.kind == "conflict") & SyncIssue.record_key.in_(part)):
            listed.setdefault(issue.record_key, []).append(issue.detail.get("incoming"))
    return [(record, current) for record, current in plan.conflicts
            if record not in listed.get(record["uuid"], [])]


class Batches:
    """One file's merge, batch by batch (format 3 hands records over a few thousand at a time;
    older formats are cut into the same batches), inside the file's transaction.

    A bulk load (indexes dropped and built once) starts at a section's first batch when that
    batch adds every record it holds and the file brings at least as many rows as the table
    has: an empty city, not a city that already holds them. It ends with the section.
    """

    def __init__(self, sync_file: SyncFile, report: FileReport) -> None:
        self.report = report
        self.sync_file = sync_file
        self.code = self.sync_file.kelurahan_code
        self.manifest = self.sync_file.manifest
        self.have = {c for (c,) in Category.select(Category.code).tuples()}
        self.category_ids: dict[str, int] = {}
        self.seq = Participant.next_change_seq()
        self.first_seq = self.seq
        self.mine: set[int] = set()          # live UUIDs of the file (as numbers), for the duplicate check
        self.conflicts: list[tuple[dict, merge.Current, tuple]] = []
        self.writes = self.wrote_participants = False
        self.loads = ExitStack()
        self.section: str | None = None
        self.tenure_state: tenure_rows.MergeState | None = None
        self.tenure = tenure_records.empty_counts()
        self.fresh: bool | None = None       # the participant table held no row when the file began

    def _category_ids(self, used: set[str]) -> dict[str, int]:
        if used - self.have:
            _ensure_categories(self.manifest, used, self.have)
            self.category_ids = {}
        if not self.category_ids:
            self.category_ids = {c: i for c, i in Category.select(Category.code, Category.id).tuples()}
        return self.category_ids

    def _enter_section(self, kind: str) -> None:
        if kind != self.section:
            self.loads.close()                # the previous section's indexes are built now
            self.loads = ExitStack()
            self.section = kind

    def _bulk(self, table: str, adding: int, batch: int, incoming: int) -> None:
        """Start the section's bulk load when this (its first writing) batch only adds rows."""
        if getattr(self.loads, "started", False):
            return
        self.loads.started = True
        if adding == batch:
            load = participant_bulk_load(db, incoming) if table == "participant" else \
                table_bulk_load(db, table, incoming)
            self.loads.enter_context(load)

    def participants(self, batch: Batch) -> None:
        if self.fresh is None:
            # A file's UUIDs are distinct (the parser refuses a repeat): into a city holding no
            # participant yet, every record of every batch is new and nothing is looked up.
            self.fresh = tenure_rows.holds_none("participant")
        number = chunked.uuid_number
        self.mine.update(number(row[_UUID]) for row in batch.rows if not row[_TOMBSTONE])
        if self.fresh:
            self._add_all(batch)
            return
        current, incoming = _city_copies(batch, self.code)
        plan = merge.plan(current, incoming, self.code)
        plan.unchanged += len(batch) - len(incoming)     # held unchanged: left out by SQL
        report = self.report
        report.added += len(plan.add) - sum(1 for r in plan.add if r["tombstone"])
        report.archived += plan.archived
        report.updated += len(plan.update) - sum(
            1 for r in plan.update if r["tombstone"] and not current[r["uuid"]].archived)
        report.unchanged += plan.unchanged
        report.older += plan.older
        report.conflicts += len(plan.conflicts)
        unlisted = _unlisted_conflicts(plan)
        if unlisted:
            city_rows = _city_rows([record["uuid"] for record, _ in unlisted])
            self.conflicts += [(record, existing, city_rows[record["uuid"]]) for record, existing in unlisted]
        if plan.writes:
            self.writes = self.wrote_participants = True
            if plan.add:
                self._bulk("participant", len(plan.add), len(batch), self.manifest["counts"]["records"])
            ids = self._category_ids({r["category"] for r in plan.add} | {r["category"] for r in plan.update})
            self.seq = _write(plan, self.code, ids, self.seq)

    def _add_all(self, batch: Batch) -> None:
        """A batch into a city that held no participant when the file began: every record is added
        (what merge.plan decides for each), written from the file's arrays as they are (_write)."""
        arrays = batch.rows
        if not arrays:
            return
        tombstones = sum(row[_TOMBSTONE] for row in arrays)
        self.report.added += len(arrays) - tombstones
        self.report.archived += tombstones
        self.writes = self.wrote_participants = True
        self._bulk("participant", len(arrays), len(arrays), self.manifest["counts"]["records"])
        ids = self._category_ids({row[_CATEGORY] for row in arrays})
        self.seq = _write(merge.Plan(add=batch, archived=tombstones), self.code, ids, self.seq)

    def tenure_lines(self, kind: str, batch: list[dict]) -> None:
        if self.tenure_state is None:
            self.tenure_state = tenure_rows.MergeState(self.seq - 1, {}, before_insert=self._tenure_insert)
        state = self.tenure_state
        state.category_ids = self._category_ids({r["category"] for r in batch if "category" in r})
        state.seq = self.seq - 1
        written = tenure_rows.merge(batch, self.code, state)
        self.seq = state.seq + 1
        for key, n in written.items():
            self.tenure[key] += n
        self.writes = self.writes or any(written.values())

    def _tenure_insert(self, kind: str, adding: int, batch: int) -> None:
        expected = (self.manifest.get("tenure") or {}).get(kind, 0)
        self._bulk(tenure_rows.TABLES[kind], adding, batch, expected)

    def run(self) -> None:
        try:
            for kind, batch in self.sync_file.batches():
                self._enter_section(kind)
                if kind == chunked.PARTICIPANT:
                    self.participants(batch)
                else:
                    self.tenure_lines(kind, batch)
        finally:
            self.loads.close()
        if self.wrote_participants:
            seal.participants_from(self.first_seq)    # every participant row this file wrote, once
