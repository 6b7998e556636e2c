"""The participant list's queries: row ids for a filter/search/sort, row contents by page, counts.

A ListQuery (navigator scope, filters, search text, sort) becomes SQL once, in a
PreparedList; the list then asks it for a count, for a page of ids (LIMIT/OFFSET on
an index in name order) or for every id (other sort orders), and for the contents
of the ids on screen. Names are searched through the FTS5 index `participant_search`
(db/migrations/step_005_search.py); NIK prefixes, RT and RW on the covering index in name order,
or on their own indexes where that is narrower.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import SQL, fn

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.domain import participant as rules
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.participants.stats import Scope

P = Participant

# Sortable columns: key -> SQL expression(s). The id breaks ties so the order is stable.
SORT_KEYS = ("nama", "nik", "jenis_kelamin", "tanggal_lahir", "rt_rw", "category", "status",
             "updated_at", "kelurahan_code")


def _sort_expressions(key: str):
    if key == "rt_rw":
        return [P.rw, P.rt]
    if key == "category":
        return [SQL('(SELECT "sort_order" FROM "category" WHERE "category"."id" = "t1"."category_id")')]
    if key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {key!r}")
    return [getattr(P, key)]


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: a scope (category, region, RT/RW, status), a search text, a sort."""

    scope: Scope = Scope()
    text: str = ""
    archived: bool = False
    sort: str = "nama"
    descending: bool = False


@dataclass(frozen=True)
class SearchTerms:
    """A search text read into conditions: name word prefixes, NIK prefixes, RT/RW numbers."""

    words: tuple[str, ...] = ()
    nik_prefixes: tuple[str, ...] = ()
    numbers: tuple[int, ...] = ()          # matches RT or RW
    rt: int | None = None
    rw: int | None = None


_RT_RW_PAIR = re.compile(r"^0*(\d{1,3})/0*(\d{1,3})$")
_LABELLED = re.compile(r"^(rt|rw)\.?0*(\d{1,3})$")
_WORD_SPLIT = re.compile(r"[^\w]+", re.UNICODE)


def _is_number(token: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts '²', which int() refuses."""
    return token.isascii() and token.isdigit()


def parse_search(text: str) -> SearchTerms:
    """`slamet`, `1872`, `3/2`, `RT 3`, `rw02 sri` -> the conditions they stand for."""
    tokens = (text or "").lower().split()
    words: list[str] = []
    niks: list[str] = []
    numbers: list[int] = []
    rt = rw = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        # "RT 03" typed with a space: join the label and its number.
        if token.rstrip(".") in ("rt", "rw") and i + 1 < len(tokens) and _is_number(tokens[i + 1]):
            token = token.rstrip(".") + tokens[i + 1]
            i += 1
        i += 1
        if m := _RT_RW_PAIR.match(token):
            rt, rw = int(m[1]), int(m[2])
        elif m := _LABELLED.match(token):
            if m[1] == "rt":
                rt = int(m[2])
            else:
                rw = int(m[2])
        elif _is_number(token):
            if len(token) >= 4:
                niks.append(token[:16])
            else:
                numbers.append(int(token))
        else:
            words += [w for w in _WORD_SPLIT.split(token) if w]
    return SearchTerms(tuple(words), tuple(niks), tuple(numbers), rt, rw)


def _fts_expression(words: Sequence[str]) -> str:
    # Tokens hold word characters only, so quoting them is enough to make them literal.
    return " ".join(f'"{w}"*' for w in words)


def _filtered(query, list_query: ListQuery):
    scope = list_query.scope
    query = query.where(P.archived == list_query.archived)
    if scope.category:
        query = query.where(P.category == catalogue.row_id(scope.category))
    if scope.group:
        ids = [c.id for c in Category.select(Category.id).where(Category.group_name == scope.group)]
        query = query.where(P.category.in_(ids))
    if scope.kelurahan_prefix:
        prefix = scope.kelurahan_prefix
        # A range on the indexed column instead of LIKE, which ignores the index.
        query = query.where((P.kelurahan_code >= prefix) & (P.kelurahan_code < prefix + "\uffff"))
    if scope.status:
        query = query.where(P.status == scope.status)
    if scope.rt is not None:
        query = query.where(P.rt == scope.rt)
    if scope.rw is not None:
        query = query.where(P.rw == scope.rw)
    terms = parse_search(list_query.text)
    long_words = [w for w in terms.words if len(w) > 1]
    for letter in (w for w in terms.words if len(w) == 1):
        # One letter: names that begin with it, read from the name index (an FTS prefix
        # query for one letter matches most of the city and costs a sort).
        upper, lower = letter.upper(), letter.lower()
        query = query.where(((P.nama >= upper) & (P.nama < chr(ord(upper) + 1)))
                            | ((P.nama >= lower) & (P.nama < chr(ord(lower) + 1))))
    if long_words:
        query = query.where(SQL('"t1"."id" IN (SELECT rowid FROM "participant_search" '
                                'WHERE "participant_search" MATCH ?)', [_fts_expression(long_words)]))
    for prefix in terms.nik_prefixes:
        if len(prefix) >= 8:
            # Narrow: the NIK index finds the few rows.
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            query = query.where((P.nik >= prefix) & (P.nik < upper))
        else:
            # Broad (a region code matches most rows): test it on the name-ordered covering index.
            query = query.where(fn.substr(P.nik, 1, len(prefix)) == prefix)
    for number in terms.numbers:
        query = query.where((P.rt == number) | (P.rw == number))
    if terms.rt is not None:
        query = query.where(P.rt == terms.rt)
    if terms.rw is not None:
        query = query.where(P.rw == terms.rw)
    return query


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
    if list_query.descending:
        before = (P.nama > name) | ((P.nama == name) & (P.id > participant_id))
    else:
        before = (P.nama < name) | ((P.nama == name) & (P.id < participant_id))
    return _filtered(P.select(fn.COUNT(P.id)), list_query).where(before).scalar() or 0


def ensure_statistics() -> None:
    """Refresh the query planner's statistics when the participant count has moved a lot.

    Without them SQLite guesses, and at 150,000 rows a wrong guess (sorting a whole
    table instead of walking the name index) costs a second a keystroke.
    """
    row = db.execute_sql(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'participant' AND idx = 'participant_list_by_name'"
    ).fetchone() if _has_stat_table() else None
    known = int(row[0].split()[0]) if row else 0
    # The largest id stands in for the row count: one index probe instead of a 150,000-row count.
    actual = db.execute_sql('SELECT MAX("id") FROM "participant"').fetchone()[0] or 0
    if row is None or actual > 2 * known + 100 or known > 2 * actual + 100:
        db.execute_sql("PRAGMA analysis_limit = 2000")
        db.execute_sql('ANALYZE "participant"')


def _has_stat_table() -> bool:
    return db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is not None


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
    lacks: list[str] = field(default_factory=list)


_ROW_COLUMNS = (P.id, P.nik, P.nama, P.jenis_kelamin, P.tempat_lahir, P.tanggal_lahir, P.alamat, P.rt,
                P.rw, P.category, P.status, P.status_reason, P.kelurahan_code, P.archive_reason,
                P.no_sk, P.tanggal_sk, P.fields)


_CONVERTERS = tuple(column.python_value for column in _ROW_COLUMNS)


def _row_objects(raw_rows) -> list[ParticipantRow]:
    names = _category_names()
    out = []
    for raw in raw_rows:
        (pid, nik, nama, sex, place, birth, alamat, rt, rw, cat_id, status, reason, kel, arch_reason,
         no_sk, sk_date, extra) = (convert(v) for convert, v in zip(_CONVERTERS, raw, strict=True))
        code, name = names.get(cat_id, ("", ""))
        lacks: list[str] = []
        if status == "draft" and code:
            values = {"nik": nik, "nama": nama, "tempat_lahir": place, "tanggal_lahir": birth,
                      "jenis_kelamin": sex, "alamat": alamat, "rt": rt, "rw": rw, "no_sk": no_sk,
                      "tanggal_sk": sk_date, "fields": extra}
            lacks = rules.missing_for_verification(values, catalogue.get(code))
        out.append(ParticipantRow(pid, nik, nama, sex, place, birth, alamat, rt, rw, code, name, status,
                                  reason, kel, arch_reason, lacks))
    return out


def rows(participant_ids: Sequence[int]) -> dict[int, ParticipantRow]:
    """The list lines of these participants, keyed by id (ids not found are left out)."""
    if not participant_ids:
        return {}
    sql, params = P.select(*_ROW_COLUMNS).where(P.id.in_(list(participant_ids))).sql()
    return {row.id: row for row in _row_objects(db.execute_sql(sql, params))}


class PreparedList:
    """A ListQuery turned into SQL once, then run for each count, page or id list.

    Building the SQL through peewee costs about as much as running it at this size,
    and the list runs it on every keystroke and every page it scrolls to.
    """

    def __init__(self, list_query: ListQuery) -> None:
        self.query = list_query
        order = _sort_expressions(list_query.sort) + [P.id]
        order = [e.desc() if list_query.descending else e.asc() for e in order]
        self._count = _filtered(P.select(fn.COUNT(P.id)), list_query).sql()
        self._ids = _filtered(P.select(P.id), list_query).order_by(*order).sql()

    def count(self) -> int:
        return db.execute_sql(*self._count).fetchone()[0] or 0

    def ids(self, offset: int = 0, limit: int | None = None) -> array:
        sql, params = self._ids
        if limit is not None or offset:
            sql, params = sql + " LIMIT ? OFFSET ?", [*params, -1 if limit is None else limit, offset]
        return array("q", (row[0] for row in db.execute_sql(sql, params)))

    def page(self, offset: int, limit: int) -> list[ParticipantRow]:
        """`limit` list lines from `offset`: their ids from the index, then their contents by id.

        Two steps on purpose: asked for whole rows in name order, SQLite walks the plain name
        index and reads the table for every row it tests, which is a second when few match.
        """
        page_ids = self.ids(offset, limit)
        by_id = rows(page_ids)
        return [by_id[i] for i in page_ids if i in by_id]


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
        query = query.where((P.kelurahan_code >= kelurahan_prefix)
                            & (P.kelurahan_code < kelurahan_prefix + "\uffff"))
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
        base = base.where((P.kelurahan_code >= kelurahan_prefix)
                          & (P.kelurahan_code < kelurahan_prefix + "\uffff"))
    pairs = base.distinct().tuples()
    rws: set[int] = set()
    rts: set[int] = set()
    for rw, rt in pairs:
        rws.add(rw)
        rts.add(rt)
    return sorted(rts), sorted(rws)
