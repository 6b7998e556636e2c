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
from jamsostek_desktop.services.participants import catalogue, fast_paths, scope_sql
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


def only_writer() -> bool:
    """Whether this program is the database's only writer (a SQLite file under the instance
    lock), so list lines read earlier are still true after its own save; on the city office's
    server other staff write at the same time."""
    return backends.current().name == "sqlite"


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
# The columns whose stored value needs converting (dates, the JSON fields); text and numbers
# come from the driver as they are shown (peewee's python_value only coerces them again).
_CONVERTED = tuple(i for i, column in enumerate(_ROW_COLUMNS)
                   if column in (P.tanggal_lahir, P.archived_at, P.tanggal_sk, P.fields, P.category))


def _converted(raw) -> list:
    if not fast_paths.enabled:
        return [convert(v) for convert, v in zip(_CONVERTERS, raw, strict=True)]
    values = list(raw[:len(_CONVERTERS)])
    for i in _CONVERTED:
        values[i] = _CONVERTERS[i](values[i])
    return values


def _row_objects(raw_rows) -> list[ParticipantRow]:
    names = _category_names()
    out = []
    for raw in raw_rows:
        (pid, nik, nama, sex, place, birth, alamat, rt, rw, cat_id, status, reason, kel, arch_reason,
         archived_at, no_sk, sk_date, extra) = _converted(raw)
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
    if not fast_paths.enabled:
        found = {row.id: row for row in _row_objects(db.execute_sql(_rows_sql(len(ids)), ids))}
        for pid, codes in screening_gate.review_codes(ids).items():
            if pid in found:
                found[pid].review = codes
        return found
    # One query: the lines, and whether each has an open flag or an undecided pair (the
    # "Periksa" column); the codes are read only for the few lines that have some.
    raw = db.execute_sql(_rows_sql(len(ids), marked=True), ids).fetchall()
    found = {row.id: row for row in _row_objects(raw)}
    flagged = [r[0] for r in raw if r[-2]]
    if flagged:
        for pid, code in db.execute_sql(_flag_codes_sql(len(flagged)), flagged):
            found[pid].review.append(code)
    for r in raw:
        if r[-1]:
            found[r[0]].review.append(screening_gate.DUPLICATE)
    return found


@lru_cache(maxsize=16)
def _rows_sql(count: int, marked: bool = False) -> str:
    """The SELECT of `count` list lines by id, built once per page size (peewee takes
    milliseconds to build it, and the list reads a page on every keystroke); `marked` adds
    two columns: an open screening flag, an undecided pair."""
    sql, _params = P.select(*_ROW_COLUMNS).where(P.id.in_(list(range(count)))).sql()
    if marked:
        sql = sql.replace(_FROM_PARTICIPANT, _REVIEW_MARKS + " " + _FROM_PARTICIPANT, 1)
    return sql


_REVIEW_MARKS = (', EXISTS (SELECT 1 FROM "screening_flag" AS "f" WHERE "f"."resolution" = \'\' '
                 'AND "f"."participant_uuid" = "t1"."uuid"), '
                 'EXISTS (SELECT 1 FROM "screening_pair" AS "sp" WHERE "sp"."decision" = \'\' '
                 'AND ("sp"."uuid_a" = "t1"."uuid" OR "sp"."uuid_b" = "t1"."uuid"))')


@lru_cache(maxsize=16)
def _flag_codes_sql(count: int) -> str:
    """The open flag codes of `count` participants, in the order they were opened."""
    marks = ", ".join("?" for _ in range(count))
    return ('SELECT "p"."id", "f"."code" FROM "screening_flag" AS "f" JOIN "participant" AS "p" '
            'ON "p"."uuid" = "f"."participant_uuid" WHERE "f"."resolution" = \'\' '
            f'AND "p"."id" IN ({marks}) ORDER BY "f"."id"')


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
        self._templates: dict[str, tuple[str, list]] = {}
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

    def forget_count(self) -> None:
        """The data changed: count again when asked (the SQL stays)."""
        self._counted = None

    # --- one person's place in the name order (after a save): statements built once per list,
    # with marks where the person's name and id go (peewee builds them in milliseconds, the
    # index answers them in less).
    def _run(self, key: str, build, name: str | None = None, participant_id: int | None = None,
             limit: int | None = None):
        template = self._templates.get(key)
        if template is None:
            template = self._templates[key] = build().sql()
        sql, params = template
        filled = {_NAME_MARK: name, _ID_MARK: participant_id, _LIMIT_MARK: limit}
        return db.execute_sql(sql, [filled.get(p, p) if isinstance(p, (str, int)) else p for p in params])

    def listed_name(self, participant_id: int) -> str | None:
        """The participant's name when this list holds them, else None."""
        row = self._run("listed", lambda: _filtered(P.select(P.nama), self.query).where(P.id == _ID_MARK),
                        participant_id=participant_id).fetchone()
        return row[0] if row else None

    def position(self, participant_id: int, name: str | None = None) -> int | None:
        """The participant's row in this name-ordered list, or None when the list does not hold them."""
        if self.query.sort != "nama":
            raise ValueError("position() follows the name order")
        name = name if name is not None else self.listed_name(participant_id)
        if name is None:
            return None
        earlier = _after if self.query.descending else _before
        return self._run("before", lambda: _filtered(P.select(fn.COUNT(P.id)), self.query)
                         .where(earlier(_NAME_MARK, _ID_MARK)), name, participant_id).fetchone()[0] or 0

    def page_around(self, participant_id: int, before: int, size: int,
                    name: str | None = None) -> list[ParticipantRow]:
        """As page_around() below: `size` lines whose `before`-th is the participant."""
        if self.query.sort != "nama":
            raise ValueError("page_around() follows the name order")
        if name is None:
            name = P.select(P.nama).where(P.id == participant_id).scalar()
        head = self._seek("head", name, participant_id, before) if before else []
        page_ids = head[::-1] + self._seek("tail", name, participant_id, size - before)
        by_id = rows(page_ids)
        return [by_id[i] for i in page_ids if i in by_id]

    def _seek(self, key: str, name: str, participant_id: int, limit: int) -> list[int]:
        """The ids of "head" (lines before the person's, nearest first) or "tail" (the person's
        line and the ones after it), at most `limit`: a seek on the name index."""
        return [pid for (pid,) in self._run(key, lambda: self._seek_query(key), name, participant_id, limit)]

    def _seek_query(self, key: str):
        descending, nama = self.query.descending, scope_sql.NAME
        if key == "head":
            earlier = _after(_NAME_MARK, _ID_MARK) if descending else _before(_NAME_MARK, _ID_MARK)
            up = [nama.asc(), P.id.asc()] if descending else [nama.desc(), P.id.desc()]
            return _filtered(P.select(P.id), self.query).where(earlier).order_by(*up).limit(_LIMIT_MARK)
        if descending:
            later = (nama <= _NAME_MARK) & ~((nama == _NAME_MARK) & (P.id > _ID_MARK))
        else:
            later = (nama >= _NAME_MARK) & ~((nama == _NAME_MARK) & (P.id < _ID_MARK))
        down = [nama.desc(), P.id.desc()] if descending else [nama.asc(), P.id.asc()]
        return _filtered(P.select(P.id), self.query).where(later).order_by(*down).limit(_LIMIT_MARK)

    def page_next_to(self, row: ParticipantRow, limit: int, *, after: bool) -> list[ParticipantRow]:
        """The `limit` list lines right after (or before) a line already read: a seek on the name
        index from that person instead of an OFFSET walked from the top (about 5 ms deep into
        150,000 rows), for the page next to one the list holds (after a save, while scrolling)."""
        if self.query.sort != "nama":
            raise ValueError("page_next_to() follows the name order")
        if after:
            page_ids = self._seek("tail", row.nama, row.id, limit + 1)
            # That person first, unless changed meanwhile (another computer on the server).
            page_ids = page_ids[1:] if page_ids[:1] == [row.id] else page_ids[:limit]
        else:
            page_ids = self._seek("head", row.nama, row.id, limit)[::-1]
        by_id = rows(page_ids)
        return [by_id[i] for i in page_ids if i in by_id]

    def page(self, offset: int, limit: int) -> list[ParticipantRow]:
        """`limit` list lines from `offset`: their ids from the index, then their contents by id.

        Two steps on purpose: asked for whole rows in name order, SQLite walks the plain name
        index and reads the table for every row it tests, which is a second when few match.
        """
        page_ids = self.ids(offset, limit)
        by_id = rows(page_ids)
        return [by_id[i] for i in page_ids if i in by_id]


# Where a person's name, id and a LIMIT go in a statement built once (PreparedList.position);
# values no Scope produces.
_NAME_MARK = "\x00name of the person\x00"
_ID_MARK = -7_351_234_567_891
_LIMIT_MARK = 7_351_234_567_893

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
