"""One participant in the sync payload: its keys, how a database row becomes one, and its checks.

A record is a JSON object whose keys are the paper form's field keys plus the
sync metadata (uuid, revision, timestamps, category code, status, tombstone).
Dates are `YYYY-MM-DD`, timestamps `YYYY-MM-DD HH:MM:SS` (UTC), as SQLite stores them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from jamsostek_desktop.domain.status import Status
from jamsostek_desktop.errors import translate


@dataclass(frozen=True)
class Column:
    """One value of a record: its key in the file and where it lives in the participant table."""

    key: str            # the record's key in the sync file
    column: str         # the participant table's column
    kind: str = "plain"  # plain (as SQLite stores it), bool (0/1 <-> true/false), json, category (code <-> id)


# The sync record, defined once. services/sync/rows.py builds every SELECT, INSERT and UPDATE
# from this list, and raw rows come back in this order (positions by name: AT["revision"]).
COLUMNS = (
    Column("uuid", "uuid"),
    Column("revision", "revision"),
    Column("updated_at", "updated_at"),
    Column("created_at", "created_at"),
    Column("category", "category_id", "category"),     # travels as the category's code
    Column("status", "status"),
    Column("status_reason", "status_reason"),
    Column("tombstone", "archived", "bool"),           # an archived record travels as a tombstone
    Column("archive_reason", "archive_reason"),
    Column("archived_at", "archived_at"),
    Column("nik", "nik"),
    Column("nama", "nama"),
    Column("tempat_lahir", "tempat_lahir"),
    Column("tanggal_lahir", "tanggal_lahir"),
    Column("jenis_kelamin", "jenis_kelamin"),
    Column("alamat", "alamat"),
    Column("rt", "rt"),
    Column("rw", "rw"),
    Column("telepon", "telepon"),
    Column("email", "email"),
    Column("no_sk", "no_sk"),
    Column("tanggal_sk", "tanggal_sk"),
    Column("tmt", "tmt"),
    Column("program_jht", "program_jht", "bool"),
    Column("penghasilan", "penghasilan"),
    Column("kpj", "kpj"),
    Column("fields", "fields", "json"),
)
RECORD_KEYS = tuple(c.key for c in COLUMNS)
AT = {c.key: i for i, c in enumerate(COLUMNS)}      # a record key -> its position in a raw row
# Timestamps say when, not what: two records differing only there hold the same content.
TIMESTAMP_KEYS = frozenset({"updated_at", "created_at", "archived_at"})
CONTENT_KEYS = tuple(k for k in RECORD_KEYS if k not in TIMESTAMP_KEYS and k not in ("uuid", "revision"))

TEXT_KEYS = ("status_reason", "archive_reason", "nama", "tempat_lahir", "alamat", "telepon", "email",
             "no_sk", "kpj")
DATE_KEYS = ("tanggal_lahir",)
OPTIONAL_DATE_KEYS = ("tanggal_sk", "tmt")
MAX_TEXT = 2000
MAX_INT = 10**12
STATUSES = frozenset(s.value for s in Status)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?$")
_CODE = re.compile(r"^[a-z0-9_\-]{1,64}$")


_BOOL_KEYS = tuple(c.key for c in COLUMNS if c.kind == "bool")
_JSON_KEYS = tuple(c.key for c in COLUMNS if c.kind == "json")


def from_row(row: tuple) -> dict:
    """A record from a raw SQL row in COLUMNS order (SQLite's own text and integers)."""
    record = dict(zip(RECORD_KEYS, row, strict=True))
    for key in _BOOL_KEYS:
        record[key] = bool(record[key])
    for key in _JSON_KEYS:
        record[key] = json.loads(record[key]) if record[key] else {}
    return record


def to_line(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_text(value: dict | None) -> str:
    """A JSON column's text as JSONField stores it (keys sorted)."""
    return json.dumps(value or {}, ensure_ascii=False, sort_keys=True)


def fields_text(record: dict) -> str:
    """The `fields` column as JSONField stores it (keys sorted)."""
    return json_text(record.get("fields"))


_PLAIN = itemgetter(*(k for k in CONTENT_KEYS if k != "fields"))
_CONTENT_ROW = itemgetter(*(AT[k] for k in CONTENT_KEYS if k != "fields"))
_FIELDS_AT = AT["fields"]


def content_of(record: dict) -> tuple:
    """What a revision holds; equal revisions with unequal content are a conflict.

    Booleans compare equal to SQLite's 0/1 and `fields` compares as a dict, so a
    record and a raw database row (content_of_row) give equal tuples for equal content.
    """
    return _PLAIN(record) + (record["fields"],)


def content_of_row(row: tuple, parsed: dict[str, dict] | None = None) -> tuple:
    """content_of() for a raw SQL row in COLUMNS order.

    `parsed` caches decoded `fields` texts across rows: many people share the same
    extra fields (one posyandu, one mosque), and decoding is most of the cost here.
    """
    text = row[_FIELDS_AT] or "{}"
    if parsed is None:
        return _CONTENT_ROW(row) + (json.loads(text),)
    fields = parsed.get(text)
    if fields is None:
        fields = parsed[text] = json.loads(text)
    return _CONTENT_ROW(row) + (fields,)


_COLUMN_OF = tuple(map(itemgetter, range(len(RECORD_KEYS))))
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEY_SET = frozenset(RECORD_KEYS)


class Checker:
    """Checks records; one per file, remembering the date and time texts already found sound.

    Runs for every record of a 150,000-row file, so it is written for speed: plain
    type checks, a regex only for a date text not seen before, messages built only on failure.
    """

    def __init__(self, known_categories: frozenset[str] | set[str],
                 field_keys: dict[str, frozenset[str]] | None = None) -> None:
        self.known_categories = known_categories
        # The extra fields each category may carry (from the manifest's definitions, else the
        # city's catalogue); a category missing here is held to the value rules only.
        self.field_keys = field_keys or {}
        self._dates: set[str] = set()
        self._stamps: set[str] = set()

    def _date(self, value) -> bool:
        if type(value) is not str:          # a list or an object in the file must not stop the check
            return False
        if value in self._dates:
            return True
        if _DATE.match(value):
            try:
                dt.date.fromisoformat(value)     # the pattern lets 2026-02-31 through
            except ValueError:
                return False
            self._dates.add(value)
            return True
        return False

    def _stamp(self, value) -> bool:
        if type(value) is not str:
            return False
        if value in self._stamps:
            return True
        if _STAMP.match(value):
            self._stamps.add(value)
            return True
        return False

    def problems(self, record) -> list[str]:
        """Everything wrong with one record, in Indonesian (empty when it is sound)."""
        if type(record) is not dict:
            return [translate("records", "bukan objek JSON")]
        out = []
        if record.keys() != _KEY_SET:
            missing = [k for k in RECORD_KEYS if k not in record]
            if missing:
                return [translate("records", "kolom tidak ada: {keys}").format(keys=", ".join(missing))]
            out.append(translate("records", "kolom tidak dikenal: {keys}").format(
                keys=", ".join(sorted(set(record) - _KEY_SET))))
        r = record
        if type(r["uuid"]) is not str or not _UUID.match(r["uuid"]):
            out.append(translate("records", "UUID tidak valid"))
        if type(r["revision"]) is not int or not 1 <= r["revision"] <= MAX_INT:
            out.append(translate("records", "revisi harus bilangan bulat positif"))
        if not (self._stamp(r["updated_at"]) and self._stamp(r["created_at"])
                and (r["archived_at"] is None or self._stamp(r["archived_at"]))):
            out.append(translate("records", "updated_at, created_at atau archived_at bukan waktu yang valid"))
        category = r["category"]
        if type(category) is not str or category not in self.known_categories:
            out.append(translate("records", "kategori '{code}' tidak dikenal").format(code=category)
                       if type(category) is str else translate("records", "kode kategori tidak valid"))
        if type(r["status"]) is not str or r["status"] not in STATUSES:
            out.append(translate("records", "status tidak dikenal"))
        if type(r["tombstone"]) is not bool or type(r["program_jht"]) is not bool:
            out.append(translate("records", "tombstone dan program_jht harus true/false"))
        nik = r["nik"]
        if type(nik) is not str or len(nik) != 16 or not nik.isascii() or not nik.isdigit():
            out.append(translate("records", "NIK harus 16 digit"))
        for key in TEXT_KEYS:
            value = r[key]
            if type(value) is not str or len(value) > MAX_TEXT:
                out.append(translate("records", "{key} harus teks (paling panjang {n} huruf)").format(key=key, n=MAX_TEXT))
        if type(r["nama"]) is str and not r["nama"].strip():
            out.append(translate("records", "nama kosong"))
        if not self._date(r["tanggal_lahir"]):
            out.append(translate("records", "tanggal_lahir bukan tanggal yang valid"))
        for key in OPTIONAL_DATE_KEYS:
            if r[key] is not None and not self._date(r[key]):
                out.append(translate("records", "{key} bukan tanggal yang valid").format(key=key))
        if r["jenis_kelamin"] not in ("L", "P"):
            out.append(translate("records", "jenis kelamin harus L atau P"))
        rt, rw = r["rt"], r["rw"]
        if type(rt) is not int or type(rw) is not int or not (1 <= rt <= 999 and 1 <= rw <= 999):
            out.append(translate("records", "RT dan RW harus angka 1-999"))
        if type(r["penghasilan"]) is not int or not 0 <= r["penghasilan"] <= MAX_INT:
            out.append(translate("records", "penghasilan harus angka"))
        if type(r["fields"]) is not dict:
            out.append(translate("records", "fields harus objek"))
        else:
            out += self._fields(r["fields"], category)
        return out

    def _fields(self, fields: dict, category) -> list[str]:
        """The extra fields: keys the category defines, values plain text or whole numbers."""
        allowed = self.field_keys.get(category) if type(category) is str else None
        for key, value in fields.items():
            if allowed is not None and key not in allowed:
                return [translate("records", "fields: '{key}' bukan field kategori ini").format(key=str(key)[:40])]
            kind = type(value)
            if not ((kind is str and len(value) <= MAX_TEXT) or (kind is int and -MAX_INT <= value <= MAX_INT)):
                return [translate("records", "fields: nilai '{key}' harus teks atau angka").format(key=str(key)[:40])]
        return []


    def sound_rows(self, rows: list) -> bool:
        """True when problems() would find nothing in any of `rows` (lists in RECORD_KEYS order).

        A whole batch checked a column at a time, in C where it can be (sets of types, min and
        max, a regex mapped over a column, each distinct date once): a few times faster than
        problems() record by record. It never accepts what problems() refuses; False only means
        "look record by record" (which names the faults).
        """
        try:
            if set(map(len, rows)) != {len(RECORD_KEYS)}:
                return False
            # A column at a time by itemgetter: twice as fast as zip(*rows) over thousands of rows.
            return self._sound_columns([tuple(map(column, rows)) for column in _COLUMN_OF])
        except (TypeError, ValueError, LookupError):       # unhashable or unorderable values, not arrays
            return False

    def _sound_columns(self, columns: list[tuple]) -> bool:
        if len(columns) != len(RECORD_KEYS):
            return False
        column = dict(zip(RECORD_KEYS, columns, strict=True))
        if _types(column["uuid"]) != _STR or not all(map(_UUID.match, column["uuid"])):
            return False
        if not _whole(column["revision"], 1, MAX_INT):
            return False
        stamps = set(column["updated_at"]) | set(column["created_at"]) | (set(column["archived_at"]) - {None})
        if _types(stamps) != _STR or not all(map(_STAMP.match, stamps)):
            return False
        if not set(column["category"]) <= self.known_categories or not set(column["status"]) <= STATUSES:
            return False
        if _types(column["tombstone"]) != _BOOL or _types(column["program_jht"]) != _BOOL:
            return False
        niks = column["nik"]
        if _types(niks) != _STR or set(map(len, niks)) != {16}:
            return False
        joined = "".join(niks)
        if not (joined.isascii() and joined.isdigit()):
            return False
        for key in TEXT_KEYS:
            if _types(column[key]) != _STR or max(map(len, column[key])) > MAX_TEXT:
                return False
        if not all(map(str.strip, column["nama"])):
            return False
        dates = set(column["tanggal_lahir"]) | {d for key in OPTIONAL_DATE_KEYS for d in column[key]} - {None}
        if None in column["tanggal_lahir"] or not all(map(self._date, dates)):
            return False
        if not set(column["jenis_kelamin"]) <= {"L", "P"}:
            return False
        if not (_whole(column["rt"], 1, 999) and _whole(column["rw"], 1, 999)
                and _whole(column["penghasilan"], 0, MAX_INT)):
            return False
        return self._sound_fields(column["fields"], column["category"])

    def _sound_fields(self, fields: tuple, categories: tuple) -> bool:
        if _types(fields) != _DICT:
            return False
        # (category, its keys) pairs: a few distinct ones however many records.
        for category, keys in set(zip(categories, map(frozenset, fields), strict=True)):
            allowed = self.field_keys.get(category)
            if allowed is not None and not keys <= allowed:
                return False
        values = list(chain.from_iterable(map(dict.values, fields)))
        kinds = _types(values)
        if not kinds <= {str, int}:
            return False
        if str in kinds and max(len(v) for v in values if type(v) is str) > MAX_TEXT:
            return False
        numbers = [v for v in values if type(v) is int] if int in kinds else ()
        return not numbers or (min(numbers) >= -MAX_INT and max(numbers) <= MAX_INT)


_STR, _BOOL, _DICT = frozenset({str}), frozenset({bool}), frozenset({dict})


def _types(column) -> frozenset:
    return frozenset(map(type, column))


def _whole(column, low: int, high: int) -> bool:
    """Every value a plain int (not a bool) within [low, high]."""
    return _types(column) == {int} and min(column) >= low and max(column) <= high


def problems(record, known_categories: frozenset[str] | set[str]) -> list[str]:
    """Everything wrong with one record (see Checker)."""
    return Checker(known_categories).problems(record)
