"""The tenure lines of the sync payload (format version 2): posts, terms, coverage, replacements,
deaths and accidents, claims.

They follow the participant records in the same payload (so they are sealed and signed
with them), one JSON object per line, each naming its kind in `record`; a participant
record has no such key. Each kind's keys are defined once below: the export, the checks
and the city merge all read them from here. References travel as UUIDs (a term names its
participant's and its post's). The kelurahan is the only one that writes these rows, so
the merge is plain: unknown UUID added, higher revision replaces, anything else stays.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.errors import translate

KIND_KEY = "record"


@dataclass(frozen=True)
class Field:
    """One value of a tenure line: its key, the model field it lives in, and what it holds."""

    key: str
    column: str
    type: str                  # text, int, date, stamp, bool, json, ref, category, one of
    optional: bool = False     # may be null
    ref: str = ""              # ref: the kind it points to (participant, post, event)
    choices: tuple = ()        # one of: the values allowed


COMMON = (Field("uuid", "uuid", "uuid"), Field("revision", "revision", "int"),
          Field("created_at", "created_at", "stamp"), Field("updated_at", "updated_at", "stamp"))

# Kinds in the order the city merges them: what a line refers to is merged before it.
KINDS: dict[str, tuple[Field, ...]] = {
    "post": (Field("category", "category", "category"), Field("jabatan", "jabatan", "text"),
             Field("unit", "unit", "text"), Field("seats", "seats", "int", optional=True)),
    "term": (Field("participant", "participant", "ref", ref="participant"),
             Field("post", "post", "ref", optional=True, ref="post"), Field("number", "number", "int"),
             Field("sk_kind", "sk_kind", "text"), Field("sk_number", "sk_number", "text"),
             Field("sk_date", "sk_date", "date", optional=True), Field("start", "start", "date", optional=True),
             Field("end", "end", "date", optional=True), Field("closed_on", "closed_on", "date", optional=True),
             Field("close_reason", "close_reason", "one of", choices=("", *rules.CLOSE_REASONS))),
    "coverage": (Field("participant", "participant", "ref", ref="participant"),
                 Field("first_month", "first_month", "date", optional=True),
                 Field("last_month", "last_month", "date", optional=True)),
    "replacement": (Field("post", "post", "ref", optional=True, ref="post"),
                    Field("leaving", "leaving", "ref", ref="participant"),
                    Field("reason", "reason", "one of", choices=rules.REASONS), Field("date", "date", "date"),
                    Field("incoming", "incoming", "ref", optional=True, ref="participant"),
                    Field("note", "note", "text"), Field("actor", "actor", "text")),
    "event": (Field("participant", "participant", "ref", ref="participant"),
              Field("event_kind", "kind", "one of", choices=rules.EVENT_KINDS),
              Field("occurred_at", "occurred_at", "stamp"), Field("work_accident", "work_accident", "bool"),
              Field("place", "place", "text"), Field("cause", "cause", "text"),
              Field("reported_at", "reported_at", "stamp", optional=True), Field("note", "note", "text")),
    "claim": (Field("event", "event", "ref", ref="event"), Field("claim_kind", "kind", "text"),
              Field("status", "status", "one of", choices=rules.CLAIM_STATUSES),
              Field("amount", "amount", "int", optional=True), Field("documents", "documents", "json"),
              Field("heir_name", "heir_name", "text"), Field("heir_relation", "heir_relation", "text"),
              Field("submitted_on", "submitted_on", "date", optional=True),
              Field("paid_on", "paid_on", "date", optional=True), Field("note", "note", "text")),
    # A decision on a near-duplicate pair (issue 13): the two participants by UUID, as screening
    # keeps them, so "different people" decided in a kelurahan is not asked again at the city.
    "decision": (Field("one", "uuid_a", "uuid"), Field("other", "uuid_b", "uuid"), Field("reasons", "reasons", "text"),
                 Field("score", "score", "int"), Field("decision", "decision", "one of", choices=("same", "different")),
                 Field("kept", "kept_uuid", "text"), Field("reason", "reason", "text"),
                 Field("decided_by", "decided_by", "text"),
                 Field("decided_at", "decided_at", "stamp", optional=True)),
}
# Kinds a manifest may leave out (counted as none): files written before they existed.
OPTIONAL_KINDS = frozenset({"decision"})
KEYS = {kind: frozenset((KIND_KEY, *(f.key for f in COMMON + fields))) for kind, fields in KINDS.items()}

MAX_TEXT = 2000
MAX_INT = 10**15
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?$")


def is_tenure(line) -> bool:
    return type(line) is dict and KIND_KEY in line


def empty_counts() -> dict[str, int]:
    return {kind: 0 for kind in KINDS}


def without_empty_optional(counts: dict[str, int]) -> dict[str, int]:
    """Counts as the files carry them: a kind added later (decisions) only when there is one."""
    return {kind: n for kind, n in counts.items() if n or kind not in OPTIONAL_KINDS}


class Checker:
    """Checks tenure lines; one per file, remembering the dates already found sound (a city file
    holds a quarter of a million lines, most of them sharing a few hundred dates)."""

    def __init__(self, known_categories) -> None:
        self.known_categories = known_categories
        self._dates: set[str] = set()
        self._stamps: set[str] = set()
        self._by_kind: dict[str, list] = {}

    def _date(self, value) -> bool:
        if type(value) is not str:          # a list or an object in the file must not stop the check
            return False
        if value in self._dates:
            return True
        if not _DATE.match(value):
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        self._dates.add(value)
        return True

    def _test(self, f: Field):
        """A function telling a non-null value that does not fit the field: made once per field,
        since a city file runs it some three million times."""
        kind = f.type
        if kind == "text":
            return lambda v: type(v) is not str or len(v) > MAX_TEXT
        if kind in ("uuid", "ref"):
            match = _UUID.match
            return lambda v: type(v) is not str or len(v) != 36 or not match(v)
        if kind == "date":
            return lambda v: not self._date(v)
        if kind == "int":
            return lambda v: type(v) is not int or not -MAX_INT <= v <= MAX_INT
        if kind == "stamp":
            stamps, match = self._stamps, _STAMP.match

            def bad_stamp(v) -> bool:
                if type(v) is not str:
                    return True
                if v in stamps:
                    return False
                if not match(v):
                    return True
                stamps.add(v)
                return False
            return bad_stamp
        if kind == "bool":
            return lambda v: type(v) is not bool
        if kind == "json":
            return lambda v: type(v) is not dict or len(v) > 200
        if kind == "category":
            return lambda v: type(v) is not str or v not in self.known_categories
        return lambda v: v not in f.choices

    def _tests(self, kind: str) -> list[tuple[str, bool, object]]:
        tests = self._by_kind.get(kind)
        if tests is None:
            tests = self._by_kind[kind] = [(f.key, f.optional, self._test(f)) for f in ALL_FIELDS[kind]]
        return tests

    def problems(self, line: dict) -> list[str]:
        """Everything wrong with one tenure line, in Indonesian (empty when it is sound)."""
        kind = line.get(KIND_KEY)
        fields = ALL_FIELDS.get(kind)
        if fields is None:
            return [translate("tenure_records", "jenis rekaman '{kind}' tidak dikenal").format(kind=kind)]
        keys = KEYS[kind]
        if line.keys() != keys:
            missing = sorted(keys - set(line))
            if missing:
                return [translate("tenure_records", "kolom tidak ada: {keys}").format(keys=", ".join(missing))]
            return [translate("tenure_records", "kolom tidak dikenal: {keys}").format(
                keys=", ".join(sorted(set(line) - keys)))]
        out = None
        for key, optional, bad in self._tests(kind):
            value = line[key]
            if (not optional) if value is None else bad(value):
                out = out or []
                out.append(translate("tenure_records", "{kind}.{key} tidak valid").format(kind=kind, key=key))
        if out:
            return out
        if line["revision"] < 1:
            return [translate("tenure_records", "revisi harus bilangan bulat positif")]
        return []


    def sound_rows(self, kind: str, rows: list) -> bool:
        """True when problems() would find nothing in any of `rows`: lists in the kind's key order
        (KIND_KEY first, then ALL_FIELDS), as format 3 carries them.

        Checked a column at a time, mostly in C (sets of types, min and max, each distinct date
        once): several times faster than problems() line by line. It never accepts what
        problems() refuses; False only means "look line by line" (which names the faults).
        """
        fields = ALL_FIELDS.get(kind)
        if fields is None or not rows:
            return False
        try:
            columns = list(zip(*rows, strict=True))
            if len(columns) != len(fields) + 1 or set(columns[0]) != {kind}:
                return False
            for f, column in zip(fields, columns[1:], strict=True):
                if not self._sound_column(f, column):
                    return False
            return min(columns[2]) >= 1         # the revision (an int, checked above)
        except (TypeError, ValueError):          # unhashable or unorderable values, ragged rows
            return False

    def _sound_column(self, f: Field, column: tuple) -> bool:
        types = frozenset(map(type, column))
        if type(None) in types:
            if not f.optional:
                return False
            types = types - {type(None)}
            column = [v for v in column if v is not None]
            if not column:
                return True
        kind = f.type
        if kind == "text":
            return types == {str} and max(map(len, column)) <= MAX_TEXT
        if kind in ("uuid", "ref"):
            return types == {str} and set(map(len, column)) == {36} and all(map(_UUID.match, column))
        if kind == "int":
            return types == {int} and min(column) >= -MAX_INT and max(column) <= MAX_INT
        if kind == "date":
            return all(map(self._date, set(column)))
        if kind == "stamp":
            return types == {str} and all(map(self._sound_stamp, set(column)))
        if kind == "bool":
            return types == {bool}
        if kind == "json":
            return types == {dict} and max(map(len, column)) <= 200
        if kind == "category":
            return set(column) <= self.known_categories
        return set(column) <= set(f.choices)

    def _sound_stamp(self, value: str) -> bool:
        if value in self._stamps:
            return True
        if _STAMP.match(value):
            self._stamps.add(value)
            return True
        return False


ALL_FIELDS = {kind: COMMON + fields for kind, fields in KINDS.items()}


def problems(line: dict, known_categories) -> list[str]:
    """Everything wrong with one tenure line (see Checker)."""
    return Checker(known_categories).problems(line)


def counts_of(lines) -> dict[str, int]:
    counts = empty_counts()
    for line in lines:
        counts[line[KIND_KEY]] += 1
    return counts


ADD, UPDATE, KEEP = "add", "update", "keep"


def decide(current_revision: int | None, incoming_revision: int) -> str:
    """What an incoming line does to the city's copy: the kelurahan is the only writer."""
    if current_revision is None:
        return ADD
    return UPDATE if incoming_revision > current_revision else KEEP
