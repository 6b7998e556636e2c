"""The participants screening compares, read in one pass as domain.duplicates.Person tuples."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.duplicates import Person
from jamsostek_desktop.domain.names import comparison_key


def date_of(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if len(value) == 10:
        return _iso(value)
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@lru_cache(maxsize=32768)
def _iso(text: str) -> dt.date | None:
    """A birth date from its ISO text; a city has ~18,000 distinct ones, each read once."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def live_people() -> list[Person]:
    """Every live participant (SQLite hands the dates back as text; fromisoformat is the fast read)."""
    P = Participant
    query = P.select(P.uuid, P.nik, P.nama, P.tanggal_lahir, P.kelurahan_code).where(P.archived == False)  # noqa: E712
    cursor = db.execute_sql(*query.sql())      # as the driver gives them: dates stay ISO text
    # A city holds 150,000 people in a few hundred kelurahan born on some 20,000 days: one object
    # per distinct code and date, not one per person, keeps the list small at the city merge.
    dates: dict = {}
    codes: dict = {}
    return [Person(uuid, nik, comparison_key(nama), dates[born] if born in dates
                   else dates.setdefault(born, date_of(born)), codes.setdefault(code, code))
            for uuid, nik, nama, born, code in cursor]


def person_of(values: dict, key: str = "", kelurahan_code: str = "") -> Person:
    """The Person a form's typed values make (the NIK compacted like every other path)."""
    from jamsostek_desktop.domain import nik as nik_rules

    return Person(key, nik_rules.compact(str(values.get("nik") or "")), comparison_key(values.get("nama") or ""),
                  values.get("tanggal_lahir") if isinstance(values.get("tanggal_lahir"), dt.date) else None,
                  kelurahan_code)
