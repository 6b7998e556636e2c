"""Format 3's payload lines turned into checked records, section by section (see chunked.py).

The parser is fed runs of whole lines as they are inflated; it yields (kind, records) in
batches, remembers each section's UUIDs as numbers to refuse a UUID given twice, names up to
MAX_PROBLEMS bad lines, and compares its counts with the manifest's at the end (`finish`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from itertools import repeat
from operator import itemgetter

from jamsostek_desktop.errors import Texts, translate
from jamsostek_desktop.services.sync.format import jsonlines, tenure_records
from jamsostek_desktop.services.sync.format import records as record_rules

PARTICIPANT = "participant"
SECTION_KEY = "section"
SECTIONS = (PARTICIPANT, *tenure_records.KINDS)
KEYS = {PARTICIPANT: record_rules.RECORD_KEYS,
        **{kind: (tenure_records.KIND_KEY, *(f.key for f in tenure_records.ALL_FIELDS[kind]))
           for kind in tenure_records.KINDS}}
MAX_PROBLEMS = 20
_TOMBSTONE_OF = itemgetter(record_rules.AT["tombstone"])
_UUID_OF = (itemgetter(record_rules.AT["uuid"]), itemgetter(1))     # a participant's, a tenure line's
_LIST = {list}


def uuid_number(text: str) -> int:
    """A checked UUID's 128-bit number (sets of them hold a whole file's UUIDs in little memory)."""
    return int(text.replace("-", ""), 16)


class Batch(Sequence):
    """One batch of checked participant records, as handed to the merge.

    Held as the file's arrays (`rows`, in RECORD_KEYS order) with each record's line as the
    file wrote it (`lines`, None where unknown): the merge compares a line with the city's row
    in SQL and writes rows as they are (services/sync/batches.py), so a record becomes a dict
    only where the merge rules look at it (`record(n)`, or iterating the batch)."""

    __slots__ = ("rows", "lines", "_records")

    def __init__(self, rows: list[list], lines: list[bytes | None] | None = None,
                 records: list[dict] | None = None) -> None:
        self.rows, self.lines, self._records = rows, lines, records

    @classmethod
    def of_records(cls, records: list[dict]) -> Batch:
        """A batch of records read as dicts (older formats); no lines."""
        return cls([[record[k] for k in record_rules.RECORD_KEYS] for record in records], None, records)

    @property
    def records(self) -> list[dict]:
        if self._records is None:
            self._records = list(map(dict, map(zip, repeat(record_rules.RECORD_KEYS), self.rows)))
        return self._records

    def record(self, n: int) -> dict:
        if self._records is not None:
            return self._records[n]
        return dict(zip(record_rules.RECORD_KEYS, self.rows[n], strict=True))

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, n):
        return self.records[n]

    def __iter__(self):
        return iter(self.records)

    def __eq__(self, other) -> bool:
        if isinstance(other, Batch):
            return self.rows == other.rows and self.lines == other.lines
        return self.records == other if isinstance(other, list) else NotImplemented

    __hash__ = None     # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Batch({self.records!r})"


def _line_texts(text: bytes, count: int) -> list[bytes] | None:
    """The run's lines as the file wrote them, one per decoded item (None when they do not line up).
    Kept as bytes, not decoded: the merge hands them to SQL as they are (batches._select_current)."""
    lines = bytes(text).rstrip(b"\n").split(b"\n")
    return lines if len(lines) == count else None


def section_header(kind: str) -> bytes:
    return json.dumps({SECTION_KEY: kind, "keys": list(KEYS[kind])}, separators=(",", ":")).encode() + b"\n"


def _refused(reason: str, message: str, details: list[str] | None = None):
    from jamsostek_desktop.services.sync.format.container import RefusedFile

    return RefusedFile(reason, message, details)


class Parser:
    """Turns runs of whole lines into checked records by section, counting against the manifest."""

    def __init__(self, manifest: dict, known_categories: set[str], field_keys: dict | None, batch: int) -> None:
        self.manifest, self.batch = manifest, batch
        self.checker = record_rules.Checker(known_categories, field_keys)
        self.tenure_checker = tenure_records.Checker(known_categories)
        self.problems: list[str] = []
        self.kind: str | None = None
        self.keys: tuple = ()
        self.done: set[str] = set()
        self.counts = dict.fromkeys(SECTIONS, 0)
        self.tombstones = 0
        self.seen: dict[str, set[int]] = {kind: set() for kind in SECTIONS}
        self.line = 0
        self.expected_records = manifest["counts"]["records"]

    def _problem(self, number: int, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(translate("container", "baris {n}: {problems}").format(n=number, problems=text))

    def _items(self, text: bytes) -> list:
        fast = jsonlines.decode(bytes(text).rstrip(b"\n"))
        if fast is not None:
            return fast
        try:
            body = text.decode("utf-8").rstrip("\n")
        except UnicodeDecodeError as exc:
            raise _refused("corrupt", translate("container", "Isi berkas bukan teks UTF-8.")) from exc
        if not body:
            return []
        lines = body.count("\n") + 1
        try:
            items = json.loads("[" + body.replace("\n", ",") + "]")
            if len(items) == lines:
                return items
        except (json.JSONDecodeError, RecursionError):
            pass
        items = []
        for offset, line in enumerate(body.split("\n")):
            try:
                items.append(json.loads(line))
            except (json.JSONDecodeError, RecursionError):
                self._problem(self.line + offset + 1, translate("container", "bukan JSON"))
                items.append(None)
        return items

    def feed(self, text: bytes) -> Iterator[tuple[str, Batch | list[dict]]]:
        """(kind, records) batches of the lines in `text`: a participant Batch (see Batch), a list
        of dicts for the other kinds."""
        items = self._items(text)
        texts = _line_texts(text, len(items)) if self.kind == PARTICIPANT or b'"participant"' in text else None
        batch: list = []
        lines: list = []
        start, end = 0, len(items)
        while start < end:
            # A run of records up to the next section header: checked a column at a time when it
            # is sound (_sound_run), else record by record (which names the faults).
            stop = start
            while stop < end and type(items[stop]) is not dict:
                stop += 1
            run = self._sound_run(items[start:stop]) if stop > start else None
            if run is not None:
                self.line += stop - start
                at = start
                while run:
                    take = min(self.batch - len(batch), len(run))
                    batch += run[:take]
                    if self.kind == PARTICIPANT:
                        lines += texts[at:at + take] if texts is not None else repeat(None, take)
                    at += take
                    run = run[take:]
                    if len(batch) >= self.batch:
                        yield self.kind, self._out(batch, lines)
                        batch, lines = [], []
                start = stop
                continue
            for at in range(start, min(stop + 1, end)):
                item = items[at]
                self.line += 1
                if type(item) is dict:
                    if batch:
                        yield self.kind, self._out(batch, lines)
                        batch, lines = [], []
                    self._section(item)
                    continue
                if len(self.problems) >= MAX_PROBLEMS:
                    continue
                record = self._record(item)
                if record is not None:
                    if self.kind == PARTICIPANT:
                        batch.append(item)         # checked: the array the record was made of
                        lines.append(texts[at] if texts is not None else None)
                    else:
                        batch.append(record)
                    if len(batch) >= self.batch:
                        yield self.kind, self._out(batch, lines)
                        batch, lines = [], []
            start = stop + 1
        if batch:
            yield self.kind, self._out(batch, lines)

    def _out(self, batch: list, lines: list) -> Batch | list[dict]:
        return Batch(batch, lines) if self.kind == PARTICIPANT else batch

    def _sound_run(self, items: list) -> list | None:
        """The records of a run of lines of the current section when every one is sound (and no
        UUID repeats, and the manifest's count holds), else None: _record then looks line by line."""
        kind, keys = self.kind, self.keys
        if kind is None or self.problems:
            return None
        if set(map(type, items)) != _LIST or set(map(len, items)) != {len(keys)}:
            return None
        if kind == PARTICIPANT:
            if self.counts[kind] + len(items) > self.expected_records or not self.checker.sound_rows(items):
                return None
        elif not self.tenure_checker.sound_rows(kind, items):
            return None
        seen = self.seen[kind]
        numbers = [int(uuid.replace("-", ""), 16) for uuid in map(_UUID_OF[kind != PARTICIPANT], items)]
        if len(set(numbers)) != len(numbers) or not seen.isdisjoint(numbers):
            return None
        seen.update(numbers)
        self.counts[kind] += len(items)
        if kind == PARTICIPANT:
            self.tombstones += sum(map(_TOMBSTONE_OF, items))
            return items            # the arrays themselves (Batch.rows): dicts only where the merge needs them
        # Lengths checked above; map() rather than a comprehension: a third less for 400,000 lines.
        return list(map(dict, map(zip, repeat(keys), items)))

    def _section(self, header: dict) -> None:
        kind = header.get(SECTION_KEY)
        if (kind not in KEYS or kind in self.done or header.get("keys") != list(KEYS[kind])
                or set(header) != {SECTION_KEY, "keys"}
                or (self.kind is not None and SECTIONS.index(kind) < SECTIONS.index(self.kind))):
            self._problem(self.line, translate("container", "kepala bagian tidak dikenal atau tidak berurutan"))
            self.kind = None
            return
        self.kind, self.keys = kind, KEYS[kind]
        self.done.add(kind)

    def _record(self, item) -> dict | None:
        if self.kind is None:
            if item is not None:
                self._problem(self.line, translate("container", "rekaman di luar bagian"))
            return None
        if type(item) is not list or len(item) != len(self.keys):
            if item is not None:
                self._problem(self.line, translate("container", "rekaman harus larik {n} nilai").format(
                    n=len(self.keys)))
            return None
        record = dict(zip(self.keys, item, strict=True))
        kind = self.kind
        if kind == PARTICIPANT:
            bad = self.checker.problems(record)
        else:
            bad = [translate("container", "jenis rekaman tidak sesuai bagiannya")] \
                if record[tenure_records.KIND_KEY] != kind else self.tenure_checker.problems(record)
        if not bad:
            # The UUID as its 128-bit number: a third of the memory of the text, for every record of the file.
            seen, number = self.seen[kind], uuid_number(record["uuid"])
            if number in seen:
                bad = [translate("container", "UUID muncul dua kali dalam berkas")]
            seen.add(number)
        if bad:
            self._problem(self.line, str(Texts(bad, "; ")))
            return None
        self.counts[kind] += 1
        if kind == PARTICIPANT:
            self.tombstones += record["tombstone"]
            if self.counts[kind] > self.expected_records:
                self._problem(self.line, translate("container", "lebih banyak rekaman dari yang dinyatakan manifest"))
        return record

    def finish(self) -> None:
        if self.problems:
            raise _refused("invalid", translate(
                "container", "Ada rekaman yang tidak valid di berkas; seluruh berkas ditolak."), self.problems)
        counts = self.manifest["counts"]
        if self.counts[PARTICIPANT] != counts["records"] or self.tombstones != counts["tombstones"]:
            raise _refused("tampered", translate(
                "container", "Jumlah rekaman ({records}, tombstone {tombstones}) tidak sama dengan manifest "
                "({expected}, tombstone {expected_tombstones}).").format(
                records=self.counts[PARTICIPANT], tombstones=self.tombstones, expected=counts["records"],
                expected_tombstones=counts["tombstones"]))
        # A kind added later (screening's decisions) is counted only when some were sent.
        tenure = tenure_records.without_empty_optional({kind: self.counts[kind] for kind in tenure_records.KINDS})
        expected = tenure_records.without_empty_optional(self.manifest.get("tenure") or tenure_records.empty_counts())
        if tenure != expected:
            raise _refused("tampered", translate(
                "container", "Jumlah rekaman masa jabatan ({found}) tidak sama dengan manifest ({expected}).").format(
                found=tenure, expected=expected))


class Mistrust(Exception):
    """What only the checking parser may judge, met by the trusting one (parse_child.py)."""


class TrustedParser(Parser):
    """The batches Parser yields, for a file that another process checks line by line at the same
    time (format/parse_child.py): records taken as they parse, nothing checked, no UUID held.
    Whatever it cannot take as a sound run (a fault, a header out of place, a line that is not
    an array of the section's length) raises Mistrust, and the checking side's verdict decides.
    For a sound file the batches are the same (kind, records and lines) as Parser's, at a
    quarter of the cost."""

    def __init__(self, manifest: dict, batch: int) -> None:
        self.manifest, self.batch = manifest, batch
        self.problems: list[str] = []
        self.kind, self.keys, self.done = None, (), set()
        self.counts = dict.fromkeys(SECTIONS, 0)
        self.line = 0

    def _problem(self, number: int, text: str) -> None:
        raise Mistrust(number)

    def _sound_run(self, items: list) -> list | None:
        kind, keys = self.kind, self.keys
        if kind is None or set(map(type, items)) != _LIST or set(map(len, items)) != {len(keys)}:
            raise Mistrust(self.line)
        self.counts[kind] += len(items)
        if kind == PARTICIPANT:
            return items
        return list(map(dict, map(zip, repeat(keys), items)))

    def _record(self, item) -> dict | None:
        raise Mistrust(self.line)

    def finish(self) -> None:
        """Nothing: the checking side compares the counts with the manifest."""
