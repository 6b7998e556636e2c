"""One participant in the sync payload: its keys, how a database row becomes one, and its checks.

A record is a JSON object whose keys are the paper form's field keys plus the
sync metadata (uuid, revision, timestamps, category code, status, tombstone).
Dates are `YYYY-MM-DD`, timestamps `YYYY-MM-DD HH:MM:SS` (UTC), as SQLite stores them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from operator import itemgetter

from jamsostek_desktop.domain.status import Status
from jamsostek_desktop.errors import translate

# Columns read from the participant table (joined with category.code), in this order.
ROW_COLUMNS = (
    "uuid", "revision", "updated_at", "created_at", "category", "status", "status_reason",
    "archived", "archive_reason", "archived_at", "nik", "nama", "tempat_lahir", "tanggal_lahir",
    "jenis_kelamin", "alamat", "rt", "rw", "telepon", "email", "no_sk", "tanggal_sk", "tmt",
    "program_jht", "penghasilan", "kpj", "fields",
)
# Record keys: the row columns with `archived` travelling as `tombstone`.
RECORD_KEYS = tuple("tombstone" if c == "archived" else c for c in ROW_COLUMNS)
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


def from_row(row: tuple) -> dict:
    """A record from a raw SQL row in ROW_COLUMNS order (SQLite's own text and integers)."""
    record = dict(zip(RECORD_KEYS, row, strict=True))
    record["tombstone"] = bool(record["tombstone"])
    record["program_jht"] = bool(record["program_jht"])
    record["fields"] = json.loads(record["fields"]) if record["fields"] else {}
    return record


def to_line(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def fields_text(record: dict) -> str:
    """The `fields` column as JSONField stores it (keys sorted)."""
    return json.dumps(record.get("fields") or {}, ensure_ascii=False, sort_keys=True)


_PLAIN = itemgetter(*(k for k in CONTENT_KEYS if k != "fields"))
_CONTENT_ROW = itemgetter(*(RECORD_KEYS.index(k) for k in CONTENT_KEYS if k != "fields"))
_FIELDS_AT = RECORD_KEYS.index("fields")


def content_of(record: dict) -> tuple:
    """What a revision holds; equal revisions with unequal content are a conflict.

    Booleans compare equal to SQLite's 0/1 and `fields` compares as a dict, so a
    record and a raw database row (content_of_row) give equal tuples for equal content.
    """
    return _PLAIN(record) + (record["fields"],)


def content_of_row(row: tuple, parsed: dict[str, dict] | None = None) -> tuple:
    """content_of() for a raw SQL row in ROW_COLUMNS order.

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


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEY_SET = frozenset(RECORD_KEYS)


class Checker:
    """Checks records; one per file, remembering the date and time texts already found sound.

    Runs for every record of a 150,000-row file, so it is written for speed: plain
    type checks, a regex only for a date text not seen before, messages built only on failure.
    """

    def __init__(self, known_categories: frozenset[str] | set[str]) -> None:
        self.known_categories = known_categories
        self._dates: set[str] = set()
        self._stamps: set[str] = set()

    def _date(self, value) -> bool:
        if value in self._dates:
            return True
        if type(value) is str and _DATE.match(value):
            try:
                dt.date.fromisoformat(value)     # the pattern lets 2026-02-31 through
            except ValueError:
                return False
            self._dates.add(value)
            return True
        return False

    def _stamp(self, value) -> bool:
        if value in self._stamps:
            return True
        if type(value) is str and _STAMP.match(value):
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
        if category not in self.known_categories:
            out.append(translate("records", "kategori '{code}' tidak dikenal").format(code=category)
                       if type(category) is str else translate("records", "kode kategori tidak valid"))
        if r["status"] not in STATUSES:
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
        return out


def problems(record, known_categories: frozenset[str] | set[str]) -> list[str]:
    """Everything wrong with one record (see Checker)."""
    return Checker(known_categories).problems(record)
