"""Looking residents up: as the clerk types, by NIK, by status for many NIKs at once, counts.

These are the register's questions the other features ask: the entry form offers
matches as the clerk types (search, under 10 ms at 150,000 residents), the Excel import
and the screening ask status_of() for a whole file's NIKs and covered_areas() to know
where a missing NIK means something. Queries use peewee's builder; the name index is
db/resident_search.py's (SQLite's FTS5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import fn

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.resident_models import Resident, ResidentImport
from jamsostek_desktop.db.resident_search import ids_by_name, name_condition
from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain import residents as rules

R = Resident
_CHUNK = 500            # NIKs per IN list (SQLite allows 999 parameters)
_SCAN_FROM = 5_000      # above this many NIKs, one pass over the register beats chunked lookups
_CANDIDATES = 60        # name matches read before the best are chosen


@dataclass(frozen=True)
class ResidentEntry:
    id: int
    kelurahan_code: str
    nik: str
    no_kk: str
    nama: str
    tempat_lahir: str
    tanggal_lahir: dt.date | None
    jenis_kelamin: str
    alamat: str
    dusun: str
    rt: int | None
    rw: int | None
    status: str
    notes: str
    left: bool

    def form_values(self) -> dict:
        """The participant form's identity fields as the register has them."""
        return {"nik": self.nik, "nama": self.nama, "tempat_lahir": self.tempat_lahir,
                "tanggal_lahir": self.tanggal_lahir, "jenis_kelamin": self.jenis_kelamin,
                "alamat": rules.full_address(self.alamat, self.dusun), "rt": self.rt, "rw": self.rw}

    @property
    def mismatched(self) -> tuple[str, ...]:
        """Fields the source gave in disagreement with the NIK (carried along as a warning)."""
        return tuple(f for f in self.notes.split(",") if f)

    def rank(self) -> tuple:
        """Which of several entries for one NIK speaks for the person: the current, living one."""
        return (self.left, self.status != rules.ALIVE, -self.id)


_COLUMNS = (R.id, R.kelurahan_code, R.nik, R.no_kk, R.nama, R.tempat_lahir, R.tanggal_lahir, R.jenis_kelamin,
            R.alamat, R.dusun, R.rt, R.rw, R.status, R.notes, R.left_at)


def _entries(query) -> list[ResidentEntry]:
    return [ResidentEntry(*row[:-1], row[-1] is not None) for row in query.tuples()]


def _best(entries: Iterable[ResidentEntry]) -> dict[str, ResidentEntry]:
    out: dict[str, ResidentEntry] = {}
    for entry in entries:
        held = out.get(entry.nik)
        if held is None or entry.rank() < held.rank():
            out[entry.nik] = entry
    return out


def exists() -> bool:
    return R.select().exists()


def covered_areas() -> set[str]:
    """Kelurahan codes that have a register: there a NIK missing from it is worth a warning."""
    return {code for (code,) in R.select(R.kelurahan_code).distinct().tuples()}


def by_nik(nik: str) -> ResidentEntry | None:
    """The register's entry for a NIK (the living, current one when several kelurahan list it)."""
    nik = nik_rules.compact(nik)
    if len(nik) != 16:
        return None
    return _best(_entries(R.select(*_COLUMNS).where(R.nik == nik))).get(nik)


def status_of(niks: Iterable[str]) -> dict[str, ResidentEntry]:
    """NIK -> the register's entry, for every given NIK it holds (Excel import, screening)."""
    wanted = {n for n in niks if n}
    if not wanted:
        return {}
    if len(wanted) >= _SCAN_FROM:
        return {nik: e for nik, e in _best(_entries(R.select(*_COLUMNS))).items() if nik in wanted}
    ordered = sorted(wanted)
    found: list[ResidentEntry] = []
    for start in range(0, len(ordered), _CHUNK):
        found += _entries(R.select(*_COLUMNS).where(R.nik.in_(ordered[start:start + _CHUNK])))
    return _best(found)


def search(text: str, limit: int = 12) -> list[ResidentEntry]:
    """Residents matching what the clerk typed: a NIK's first digits, or the start of name words.

    Living residents still on the latest list come first, then by name. Digits need at
    least 4 (a region prefix), words at least 2 letters in all.
    """
    text = " ".join(text.split())
    digits = text.replace(" ", "").replace(".", "")
    if digits.isdigit():
        if len(digits) < 4:
            return []
        upper = digits[:-1] + chr(ord(digits[-1]) + 1)
        query = R.select(*_COLUMNS).where((R.nik >= digits) & (R.nik < upper)).order_by(R.nik).limit(limit * 3)
        return sorted(_best(_entries(query)).values(), key=lambda e: (e.left, e.status != rules.ALIVE, e.nik))[:limit]
    if len(text.replace(" ", "")) < 2:
        return []
    ids = ids_by_name(db, text, _CANDIDATES)
    if not ids:
        return []
    entries = _entries(R.select(*_COLUMNS).where(R.id.in_(ids)))
    typed = text.upper()
    entries.sort(key=lambda e: (e.left, e.status != rules.ALIVE, not e.nama.upper().startswith(typed), e.nama))
    return entries[:limit]


@dataclass(frozen=True)
class RegisterCounts:
    total: int
    by_status: dict[str, int]
    left: int
    families: int
    latest: ResidentImport | None


def counts(kelurahan_code: str | None = None) -> RegisterCounts:
    """How many residents, by life status, who left, how many families; the latest import."""
    base = R.select()
    if kelurahan_code:
        base = base.where(R.kelurahan_code == kelurahan_code)
    listed = base.where(R.left_at.is_null())
    by_status = dict(listed.select(R.status, fn.COUNT(R.id)).group_by(R.status).tuples())
    left = base.where(R.left_at.is_null(False)).count()
    families = listed.select(fn.COUNT(R.no_kk.distinct())).where(R.no_kk != "").scalar() or 0
    return RegisterCounts(sum(by_status.values()) + left, by_status, left, families,
                          ResidentImport.latest(kelurahan_code))


# --- the register's list ----------------------------------------------------------------

LEFT = "keluar"     # a status filter: residents a newer full list no longer holds


@dataclass(frozen=True)
class ListQuery:
    """What the register window (and `jamsostek residents list`) shows: search text and status."""

    text: str = ""
    status: str | None = None       # hidup, mati, pindah, LEFT, or None for everyone
    kelurahan_code: str | None = None


def _where(query, list_query: ListQuery):
    text = " ".join(list_query.text.split())
    digits = text.replace(" ", "").replace(".", "")
    if digits.isdigit():
        upper = digits[:-1] + chr(ord(digits[-1]) + 1)
        query = query.where(((R.nik >= digits) & (R.nik < upper)) | ((R.no_kk >= digits) & (R.no_kk < upper)))
    elif text:
        condition = name_condition(R, text)
        if condition is not None:
            query = query.where(condition)
    if list_query.status == LEFT:
        query = query.where(R.left_at.is_null(False))
    elif list_query.status:
        query = query.where((R.status == list_query.status) & R.left_at.is_null())
    if list_query.kelurahan_code:
        query = query.where(R.kelurahan_code == list_query.kelurahan_code)
    return query


def list_ids(list_query: ListQuery) -> list[int]:
    """Ids of the listed residents in name order (one query; rows are read a page at a time)."""
    return [i for (i,) in _where(R.select(R.id), list_query).order_by(R.nama, R.id).tuples()]


def rows(ids: list[int]) -> dict[int, ResidentEntry]:
    """The entries of some ids (a page of the list), by id."""
    out: dict[int, ResidentEntry] = {}
    for start in range(0, len(ids), _CHUNK):
        for entry in _entries(R.select(*_COLUMNS).where(R.id.in_(ids[start:start + _CHUNK]))):
            out[entry.id] = entry
    return out


def listing(list_query: ListQuery, limit: int | None = None) -> list[ResidentEntry]:
    """The listed residents themselves, in name order (the command line)."""
    query = _where(R.select(*_COLUMNS), list_query).order_by(R.nama, R.id)
    return _entries(query.limit(limit) if limit else query)
