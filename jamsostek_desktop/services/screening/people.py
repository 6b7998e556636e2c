"""The participants screening compares, read in one pass as domain.duplicates.Person tuples."""

from __future__ import annotations

import datetime as dt

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.domain.duplicates import Person
from jamsostek_desktop.domain.names import comparison_key

_LIVE = ('SELECT "uuid", "nik", "nama", "tanggal_lahir", "kelurahan_code" FROM "participant" '
         'WHERE "archived" = 0')


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def live_people() -> list[Person]:
    """Every live participant (SQLite hands the dates back as text; fromisoformat is the fast read)."""
    cursor = db.execute_sql(_LIVE)
    return [Person(uuid, nik, comparison_key(nama), _date(born), code) for uuid, nik, nama, born, code in cursor]


def person_of(values: dict, key: str = "", kelurahan_code: str = "") -> Person:
    """The Person a form's typed values make (the NIK compacted like every other path)."""
    from jamsostek_desktop.domain import nik as nik_rules

    return Person(key, nik_rules.compact(str(values.get("nik") or "")), comparison_key(values.get("nama") or ""),
                  values.get("tanggal_lahir") if isinstance(values.get("tanggal_lahir"), dt.date) else None,
                  kelurahan_code)
