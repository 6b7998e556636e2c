"""The participants screening compares, read in one pass as domain.duplicates.Person tuples."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import repeat

from peewee import SQL, fn

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain import duplicates
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
    return live_people_written()[0]


def live_people_written() -> tuple[list[Person], list[int]]:
    """Every live participant and, in the same order, their change numbers (what a merge wrote).

    Read in the table's own order (SQLite: NOT INDEXED, one pass over the pages instead of a
    walk through an index to every row); the order people are compared in changes nothing,
    except where a birth date has more people than duplicates compares in full: there they
    come in the order the list's index gives (created, then id), as they always did.
    """
    P = Participant
    sqlite = backends.current().index_hints()
    # On SQLite every text comes as bytes: the connection's decoding, a Python call for each value,
    # is done here in C for the UUID and NIK, and once per distinct name, birth date and kelurahan.
    columns = [P.uuid, P.nik, P.nama, P.tanggal_lahir, P.kelurahan_code]
    if sqlite:
        columns = [fn.CAST(SQL(f'"t1"."{c.column_name}" AS BLOB')) for c in columns]
    query = P.select(*columns, P.change_seq).where(P.archived == False)  # noqa: E712
    sql, params = query.sql()
    if sqlite:
        # One pass over the table's pages instead of a walk through an index to every row.
        sql = sql.replace('FROM "participant" AS "t1"', 'FROM "participant" AS "t1" NOT INDEXED', 1)
    with collector_paused():
        rows = db.execute_sql(sql, params).fetchall()
        if not rows:
            return [], []
        uuids, niks, names, borns, codes, seqs = zip(*rows, strict=True)
        del rows
        if sqlite:
            uuids, niks = (list(map(bytes.decode, column, repeat("utf-8"), repeat("replace"))) for column in (uuids, niks))
        # A city holds 150,000 people in a few hundred kelurahan born on some 20,000 days, with a
        # few thousand names: one object per distinct code, date and name key, not one per person.
        text = _text if sqlite else _same
        keys = {name: comparison_key(text(name)) for name in set(names)}
        dates = {born: date_of(text(born)) for born in set(borns)}
        places = {code: text(code) for code in set(codes)}
        people = list(map(tuple.__new__, repeat(Person), zip(
            uuids, niks, map(keys.__getitem__, names), map(dates.__getitem__, borns), map(places.__getitem__, codes), strict=True)))
        if duplicates.order_matters(people):
            rank = {uuid: n for n, (uuid,) in enumerate(
                P.select(P.uuid).where(P.archived == False).order_by(P.created_at, P.id).tuples())}  # noqa: E712
            order = sorted(range(len(people)), key=lambda n: rank[uuids[n]])
            people, seqs = [people[n] for n in order], [seqs[n] for n in order]
    return people, list(seqs)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while screening builds its 150,000 tuples: it would walk
    every object made so far again and again (0.3 s of a 0.7 s read); tuples make no cycles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _text(value: bytes | None) -> str | None:
    return None if value is None else value.decode("utf-8", "replace")


def _same(value):
    return value


def person_of(values: dict, key: str = "", kelurahan_code: str = "") -> Person:
    """The Person a form's typed values make (the NIK compacted like every other path)."""
    from jamsostek_desktop.domain import nik as nik_rules

    return Person(key, nik_rules.compact(str(values.get("nik") or "")), comparison_key(values.get("nama") or ""),
                  values.get("tanggal_lahir") if isinstance(values.get("tanggal_lahir"), dt.date) else None,
                  kelurahan_code)
