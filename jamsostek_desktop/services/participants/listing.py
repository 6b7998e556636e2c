"""The participant list's queries: row ids for a filter/search/sort, row contents by page, counts.

A ListQuery (a Scope: navigator choice, filters, archive, search text; and a sort) becomes
SQL once, in a PreparedList; the list then asks it for a count, for a page of ids
(LIMIT/OFFSET on an index in name order) or for every id (other sort orders), and for the
contents of the ids on screen. Which participants a Scope holds is services/participants/scope_sql.py,
the same translation the dashboard, the PDFs and the Excel export use.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from peewee import SQL, fn

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.domain import participant as rules
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import catalogue, scope_sql
from jamsostek_desktop.services.screening import gate as screening_gate

P = Participant

# Sortable columns: key -> SQL expression(s). The id breaks ties so the order is stable.
SORT_KEYS = ("nama", "nik", "jenis_kelamin", "tanggal_lahir", "rt_rw", "category", "status",
             "updated_at", "kelurahan_code", "archived_at")


def _sort_expressions(key: str):
    if key == "nama":
        return [scope_sql.NAME]        # "agus" and "AGUS" beside "Agus": the covering index's order
    if key == "rt_rw":
        return [P.rw, P.rt]
    if key == "category":
        return [SQL('(SELECT "sort_order" FROM "category" WHERE "category"."id" = "t1"."category_id")')]
    if key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {key!r}")
    return [getattr(P, key)]


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: a scope (filters, archive, search text) and a sort."""

    scope: Scope = Scope()
    sort: str = "nama"
    descending: bool = False


def _filtered(query, list_query: ListQuery):
    return scope_sql.where(query, list_query.scope)


def ids(list_query: ListQuery, offset: int = 0, limit: int | None = None) -> array:
    """Ids of the matching participants in display order (a compact int array); `limit`: one page."""
    return PreparedList(list_query).ids(offset, limit)


def position(list_query: ListQuery, participant_id: int) -> int | None:
    """The row of a participant in a name-ordered list, or None when the list does not hold it."""
    if list_query.sort != "nama":
        raise ValueError("position() follows the name order")
    if not _filtered(P.select(P.id), list_query).where(P.id == participant_id).exists():
        return None
    name = P.select(P.nama).where(P.id == participant_id).scalar()
    before = _after(name, participant_id) if list_query.descending else _before(name, participant_id)
    return _filtered(P.select(fn.COUNT(P.id)), list_query).where(before).scalar() or 0


def _before(name: str, participant_id: int):
    """Earlier in name order than (name, id), written as a range the name indexes can seek."""
    nama = scope_sql.NAME
    return (nama <= name) & ~((nama == name) & (P.id >= participant_id))


def _after(name: str, participant_id: int):
    nama = scope_sql.NAME
    return (nama >= name) & ~((nama == name) & (P.id <= participant_id))


def page_around(list_query: ListQuery, participant_id: int, before: int, size: int) -> list[ParticipantRow]:
    """The `size` list lines in name order whose `before`-th is `participant_id`: two short
    seeks on the name index from that person, instead of an OFFSET walked from the top."""
    if list_query.sort != "nama":
        raise ValueError("page_around() follows the name order")
    name = P.select(P.nama).where(P.id == participant_id).scalar()
    nama = scope_sql.NAME
    if list_query.descending:
        earlier = _after(name, participant_id)
        later = (nama <= name) & ~((nama == name) & (P.id > participant_id))
    else:
        earlier = _before(name, participant_id)
        later = (nama >= name) & ~((nama == name) & (P.id < participant_id))
    up = [nama.desc(), P.id.desc()] if not list_query.descending else [nama.asc(), P.id.asc()]
    down = [nama.asc(), P.id.asc()] if not list_query.descending else [nama.desc(), P.id.desc()]
    head = [pid for (pid,) in _filtered(P.select(P.id), list_query).where(earlier).order_by(*up)
            .limit(before).tuples()] if before else []
    tail = [pid for (pid,) in _filtered(P.select(P.id), list_query).where(later).order_by(*down)
            .limit(size - before).tuples()]
    page_ids = head[::-1] + tail
    by_id = rows(page_ids)
    return [by_id[i] for i in page_ids if i in by_id]


def ensure_statistics() -> None:
    """Refresh the query planner's statistics when the participant count has moved a lot.

    Without them SQLite guesses, and at 150,000 rows a wrong guess (sorting a whole
    table instead of walking the name index) costs a second a keystroke (db/backends/).
    """
    backends.current().ensure_statistics(db)


def count(list_query: ListQuery) -> int:
    return PreparedList(list_query).count()


@dataclass
class ParticipantRow:
    """What one line of the list shows."""

    id: int
    nik: str
    nama: str
    jenis_kelamin: str
    tempat_lahir: str
    tanggal_lahir: dt.date
    alamat: str
    rt: int
    rw: int
    category_code: str
    category_name: str
    status: str
    status_reason: str
    kelurahan_code: str
    archive_reason: str
    archived_at: dt.datetime | None = None
    lacks: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)    # open screening flag codes, GANDA (issue 13)


_ROW_COLUMNS = (P.id, P.nik, P.nama, P.jenis_kelamin, P.tempat_lahir, P.tanggal_lahir, P.alamat, P.rt,
                P.rw, P.category, P.status, P.status_reason, P.kelurahan_code, P.archive_reason,
                P.archived_at, P.no_sk, P.tanggal_sk, P.fields)


_CONVERTERS = tuple(column.python_value for column in _ROW_COLUMNS)


def _row_objects(raw_rows) -> list[ParticipantRow]:
    names = _category_names()
    out = []
    for raw in raw_rows:
        (pid, nik, nama, sex, place, birth, alamat, rt, rw, cat_id, status, reason, kel, arch_reason,
         archived_at, no_sk, sk_date, extra) = (convert(v) for convert, v in zip(_CONVERTERS, raw, strict=True))
        code, name = names.get(cat_id, ("", ""))
        lacks: list[str] = []
        if status == "draft" and code:
            values = {"nik": nik, "nama": nama, "tempat_lahir": place, "tanggal_lahir": birth,
                      "jenis_kelamin": sex, "alamat": alamat, "rt": rt, "rw": rw, "no_sk": no_sk,
                      "tanggal_sk": sk_date, "fields": extra}
            lacks = rules.missing_for_verification(values, catalogue.get(code))
        out.append(ParticipantRow(pid, nik, nama, sex, place, birth, alamat, rt, rw, code, name, status,
                                  reason, kel, arch_reason, archived_at, lacks))
    return out


def rows(participant_ids: Sequence[int]) -> dict[int, ParticipantRow]:
    """The list lines of these participants, keyed by id (ids not found are left out)."""
    if not participant_ids:
        return {}
    ids = list(participant_ids)
    found = {row.id: row for row in _row_objects(db.execute_sql(_rows_sql(len(ids)), ids))}
    for pid, codes in screening_gate.review_codes(ids).items():
        if pid in found:
            found[pid].review = codes
    return found


@lru_cache(maxsize=8)
def _rows_sql(count: int) -> str:
    """The SELECT of `count` list lines by id, built once per page size (peewee takes
    milliseconds to build it, and the list reads a page on every keystroke)."""
    sql, _params = P.select(*_ROW_COLUMNS).where(P.id.in_(list(range(count)))).sql()
    return sql


class PreparedList:
    """A ListQuery turned into SQL once, then run for each count, page or id list.

    Building the SQL through peewee costs about as much as running it at this size,
    and the list runs it on every keystroke and every page it scrolls to.
    """

    def __init__(self, list_query: ListQuery) -> None:
        self.query = list_query
        order = _sort_expressions(list_query.sort) + [P.id]
        order = [e.desc() if list_query.descending else e.asc() for e in order]
        self._count = scope_sql.quick_count(list_query.scope) or \
            _filtered(P.select(fn.COUNT(P.id)), list_query).sql()
        self._counted: int | None = None
        sql, params = _filtered(P.select(P.id), list_query).order_by(*order).sql()
        words = scope_sql.name_words_only(list_query.scope) if list_query.sort == "nama" else None
        if words and len({len(w) > 2 for w in words}) == 1:
            # One full-text index narrows the list (the trigram or the word index, not both).
            sql = _indexed_by(sql, self._name_search_index())
        self._ids = sql, params

    def _name_search_index(self) -> str:
        """Which index puts a name search's matches in name order fastest.

        Many matches lie close together in the list: walk it in order until a page is
        full. Few: sort just them, reading their names from the small id-name index.
        """
        return "participant_list_by_name" if self.count() > WALK_ABOVE else "participant_name_by_id"

    def count(self) -> int:
        if self._counted is None:
            self._counted = db.execute_sql(*self._count).fetchone()[0] or 0
        return self._counted

    def ids(self, offset: int = 0, limit: int | None = None) -> array:
        sql, params = self._ids
        if limit is not None or offset:
            sql, params = sql + " LIMIT ? OFFSET ?", [*params, backends.current().no_limit if limit is None
                                                      else limit, offset]
        return array("q", (row[0] for row in db.execute_sql(sql, params)))

    def page(self, offset: int, limit: int) -> list[ParticipantRow]:
        """`limit` list lines from `offset`: their ids from the index, then their contents by id.

        Two steps on purpose: asked for whole rows in name order, SQLite walks the plain name
        index and reads the table for every row it tests, which is a second when few match.
        """
        page_ids = self.ids(offset, limit)
        by_id = rows(page_ids)
        return [by_id[i] for i in page_ids if i in by_id]


# Above this many matches a name search walks the list in order (measured at 150,000:
# 18,700 matches of "ani" sort in 18 ms, the walk finds the first page in 5 ms).
WALK_ABOVE = 8_000
_FROM_PARTICIPANT = 'FROM "participant" AS "t1"'


def _indexed_by(sql: str, index: str) -> str:
    if _FROM_PARTICIPANT not in sql:
        raise ValueError("unexpected list query shape")
    return sql.replace(_FROM_PARTICIPANT, f'{_FROM_PARTICIPANT} INDEXED BY "{index}"', 1)


def _category_names() -> dict[int, tuple[str, str]]:
    return {cid: (code, name) for cid, code, name in
            Category.select(Category.id, Category.code, Category.name).tuples()}


@dataclass(frozen=True)
class NavigatorCounts:
    by_category: dict[str, int]
    total: int
    archived: int


def navigator_counts(kelurahan_prefix: str | None = None) -> NavigatorCounts:
    """Live counts per category, the live total and the archive's size, for the navigator."""
    codes = {cid: code for cid, (code, _name) in _category_names().items()}
    query = P.select(P.category, P.archived, fn.COUNT(P.id))
    if kelurahan_prefix:
        query = query.where(scope_sql.region_condition(kelurahan_prefix))
    by_category: dict[str, int] = {}
    total = archived = 0
    for cat_id, is_archived, n in query.group_by(P.archived, P.category).tuples():
        if is_archived:
            archived += n
        else:
            total += n
            by_category[codes.get(cat_id, "")] = n
    return NavigatorCounts(by_category, total, archived)


def rt_rw_choices(kelurahan_prefix: str | None = None) -> tuple[list[int], list[int]]:
    """The RT and RW numbers in use, for the filter boxes."""
    # Archived people's numbers are offered too: that keeps this a skip-scan of the (rw, rt) index.
    base = P.select(P.rw, P.rt)
    if kelurahan_prefix:
        base = base.where(scope_sql.region_condition(kelurahan_prefix))
    pairs = base.distinct().tuples()
    rws: set[int] = set()
    rts: set[int] = set()
    for rw, rt in pairs:
        rws.add(rw)
        rts.add(rt)
    return sorted(rts), sorted(rws)
