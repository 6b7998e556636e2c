"""The rows of a roster or receipt list, streamed from SQLite in the order they are printed.

Grouped the way a reader looks for a person: by category in a roster of several
categories (each group headed by its name and head count), and in a city document by
kelurahan first. One query per group, its SQL built once per category and run with the
kelurahan as a parameter; each query walks the (category, archived, name) index, and
rows come FETCH_PAGE at a time, so a 150,000-row roster never sits in memory whole.
The cursor's raw values are converted here rather than by peewee's field converters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from peewee import Value, fn

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.formatting import long_date, thousands
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.participants import regions, scope_sql, stats
from jamsostek_desktop.services.printing.layout.roster import RosterRow

FETCH_PAGE = 2_000
_KELURAHAN_MARK = "\x00kelurahan"       # replaced by each group's kelurahan code
P = Participant


@dataclass(frozen=True)
class Group:
    category: object                    # domain Category
    kelurahan: str | None               # a code when grouped by kelurahan
    count: int
    heading: str                        # "" when the roster has no headings
    section: str = ""                   # the kelurahan heading above the category headings (city)


@dataclass(frozen=True)
class RosterSource:
    """The rows (a callable giving a fresh stream) and what the layout needs to know first."""

    rows: Callable[[], Iterator[RosterRow]]
    groups: list[Group]
    categories: list                    # the categories present, in print order
    total: int
    measure_rows: Callable[[], Iterator[RosterRow]] | None = None   # the same rows, lighter, for measuring


def _key_text(spec, value) -> str:
    """The key field's stored value as printed (a date field in Indonesian words)."""
    if value in (None, ""):
        return ""
    if spec.type == "date":
        try:
            return long_date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _by_kelurahan(scope: Scope) -> bool:
    """A city document covering more than one kelurahan is grouped by kelurahan."""
    return profile_service.is_city() and not (scope.kelurahan_prefix and region.is_village_code(scope.kelurahan_prefix))


def groups(scope: Scope, mixed_headings: bool | None = None) -> tuple[list[Group], list]:
    """The roster's groups in print order, with their head counts."""
    present = stats.categories_in(scope)
    categories = [category for _row_id, category in present]
    ids = {category.code: row_id for row_id, category in present}
    by_place = _by_kelurahan(scope)
    mixed = (len(categories) > 1 or not scope.category) if mixed_headings is None else mixed_headings
    columns = (P.kelurahan_code, P.category) if by_place else (P.category,)
    query = scope_sql.where(P.select(*columns, fn.COUNT(P.id)).from_(P), scope).group_by(*columns)
    counts = {tuple(row[:-1]): row[-1] for row in query.tuples()}
    out: list[Group] = []
    if by_place:
        places = [k for k in regions.all_kelurahan() if any(key[0] == k.code for key in counts)]
        for place in places:
            in_place = [(category, counts.get((place.code, ids[category.code]), 0)) for category in categories]
            people = sum(n for _, n in in_place)
            section = (f"Kelurahan {place.kelurahan}" + (f", Kecamatan {place.kecamatan}" if place.kecamatan else "")
                       + f" ({thousands(people)} orang)")
            for category, n in in_place:
                if n:
                    out.append(Group(category, place.code, n, _category_heading(category, n) if mixed else "",
                                     section))
        return out, categories
    for category in categories:
        n = counts.get((ids[category.code],), 0)
        if n:
            out.append(Group(category, None, n, _category_heading(category, n) if mixed else ""))
    return out, categories


def _category_heading(category, n: int) -> str:
    text = f"{category.name} ({thousands(n)} orang)"
    spec = category.field(category.key_field) if category.key_field else None
    return f"{text} · Keterangan: {spec.label}" if spec else text


def source(scope: Scope, status_column: bool = False) -> RosterSource:
    """The roster's rows for `scope` (statuses and card already in it), grouped for print."""
    found, categories = groups(scope)
    labels = {s.value: str(label) for s, label in status_rules.LABELS.items()}
    templates: dict[tuple[str, bool], tuple[str, list, int | None, object]] = {}
    if set(scope.statuses) >= {s.value for s in status_rules.Status}:
        scope = dataclasses.replace(scope, statuses=())            # every status: no condition to test

    def template(group: Group, lean: bool):
        code = group.category.code
        if (code, lean) not in templates:
            category = group.category
            spec = category.field(category.key_field) if category.key_field else None
            key_column = fn.json_extract(P.fields, f"$.{spec.key}") if spec else Value("")
            narrowed = dataclasses.replace(scope, category=code, group=None)
            columns = ((P.nama, P.jenis_kelamin, P.tempat_lahir, P.alamat, key_column) if lean else
                       (P.nik, P.nama, P.jenis_kelamin, P.tempat_lahir, P.tanggal_lahir, P.alamat, P.rt, P.rw,
                        P.program_jht, key_column, P.status, P.kpj))
            query = scope_sql.where(P.select(*columns).from_(P), narrowed)
            if group.kelurahan is not None:
                query = query.where(P.kelurahan_code == _KELURAHAN_MARK)
            sql, params = query.order_by(P.nama, P.id).sql()
            index = params.index(_KELURAHAN_MARK) if group.kelurahan is not None else None
            templates[(code, lean)] = (sql, params, index, spec)
        return templates[(code, lean)]

    def batches(group: Group, lean: bool) -> Iterator[list]:
        sql, params, index, _spec = template(group, lean)
        if index is not None:
            params = list(params)
            params[index] = group.kelurahan
        cursor = db.execute_sql(sql, params)
        while batch := cursor.fetchmany(FETCH_PAGE):
            yield batch
        cursor.close()

    def stream() -> Iterator[RosterRow]:
        for group in found:
            spec = template(group, False)[3]
            heading, section = group.heading, group.section
            for batch in batches(group, False):
                for nik, nama, sex, place, born, alamat, rt, rw, jht, value, status, kpj in batch:
                    yield RosterRow(nik, nama, sex, place or "", _date(born), alamat or "", rt, rw,
                                    _key_text(spec, value) if spec else "", bool(jht), group=heading,
                                    section=section, status=labels.get(status, status) if status_column else "",
                                    kpj=kpj or "")

    def measured() -> Iterator[RosterRow]:
        """The same rows in the same order with only what measuring needs (no dates, numbers, cards)."""
        for group in found:
            spec = template(group, True)[3]
            heading, section = group.heading, group.section
            for batch in batches(group, True):
                for nama, sex, place, alamat, value in batch:
                    yield RosterRow("", nama, sex, place or "", None, alamat or "", 0, 0,
                                    _key_text(spec, value) if spec else "", group=heading, section=section)

    return RosterSource(stream, found, categories, sum(g.count for g in found), measured)
