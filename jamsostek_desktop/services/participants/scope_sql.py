"""A Scope (domain/scope.py) turned into SQL: the one place that says which participants.

The list's count and ids, the dashboard's figures, the roster and summary PDFs and the
Excel export all narrow their queries with `where(query, scope)`, so for the same Scope
they count the same people. The conditions are written for the indexes the list needs at
150,000 rows: the kelurahan prefix as a range on its index (LIKE ignores it), parts of
names through the FTS5 trigram index `participant_trigram` (step 14; two-letter words
through the word-prefix index `participant_search`, step 5), one-letter words as a range
on the name index, NIK prefixes on the NIK index when narrow.
"""

from __future__ import annotations

from dataclasses import replace

from peewee import SQL, fn

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.domain.scope import Scope, parse_search
from jamsostek_desktop.errors import NotFoundError
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.screening import gate as screening_gate
from jamsostek_desktop.services.tenure import filters as tenure_filters

P = Participant
# The list's order and its covering index (migration step 14): names whatever their case.
NAME = P.nama.collate("NOCASE")


def region_condition(prefix: str):
    """Participants whose kelurahan code starts with `prefix`, as a range on the indexed column."""
    return (P.kelurahan_code >= prefix) & (P.kelurahan_code < prefix + "\uffff")


def _category_id(code: str) -> int:
    try:
        return catalogue.row_id(code)
    except NotFoundError:
        return -1           # a code nobody holds (a retired link, a typo): nobody, not an error here


def where(query, scope: Scope):
    """`query` (selecting from Participant) narrowed to the participants in `scope`."""
    query = query.where(P.archived == scope.archived)
    if scope.category:
        query = query.where(P.category == _category_id(scope.category))
    if scope.group:
        ids = [c.id for c in Category.select(Category.id).where(Category.group_name == scope.group)]
        query = query.where(P.category.in_(ids))
    if scope.kelurahan_prefix:
        query = query.where(region_condition(scope.kelurahan_prefix))
    if scope.status:
        query = query.where(P.status == scope.status)
    if scope.statuses:
        query = query.where(P.status.in_(list(scope.statuses)))
    if scope.with_card:
        query = query.where(P.kpj != "")
    if scope.rt is not None:
        query = query.where(P.rt == scope.rt)
    if scope.rw is not None:
        query = query.where(P.rw == scope.rw)
    if scope.term_end:
        query = query.where(P.id.in_(tenure_filters.participants_ending(scope.term_end)))
    if scope.needs_review:
        query = query.where(P.uuid.in_(screening_gate.needs_review_uuids_sql()))
    if scope.text:
        query = _searched(query, scope.text, scope.archived)
    return query


def _searched(query, text: str, archived: bool):
    terms = parse_search(text)
    for letter in (w for w in terms.words if len(w) == 1):
        # One letter: names that begin with it, read from the name index (an FTS prefix
        # query for one letter matches most of the city and costs a sort).
        query = query.where((NAME >= letter.lower()) & (NAME < chr(ord(letter.lower()) + 1)))
    two_letters = [w for w in terms.words if len(w) == 2]
    longer = [w for w in terms.words if len(w) > 2]
    backend = backends.current()
    if longer and archived:
        # The archive is small and not in the name indexes: read its names.
        for word in longer:
            query = query.where(SQL(backend.folded_name_like('"t1"."nama"'), [f"%{word}%"]))
        longer = []
    # Anywhere in the name, apostrophes ignored ("ahyuni" finds Wahyuni, "maruf" Ma'ruf), and
    # two letters as the beginning of a word of the name: the backend's name search.
    found = backend.name_ids_sql(two_letters, longer)
    if found is not None:
        query = query.where(P.id.in_(SQL("(" + found[0] + ")", found[1])))
    for prefix in terms.nik_prefixes:
        query = query.where(_nik_begins(prefix))
    for number in terms.numbers:
        # "1", "18", "187": an RT or RW number, or the first digits of a NIK being typed, so
        # typing a NIK digit by digit never empties the list on the way.
        value = int(number)
        query = query.where((P.rt == value) | (P.rw == value) | _nik_begins(number))
    if terms.rt is not None:
        query = query.where(P.rt == terms.rt)
    if terms.rw is not None:
        query = query.where(P.rw == terms.rw)
    return query


def _nik_begins(prefix: str):
    if len(prefix) >= 8:
        # Narrow: the NIK index finds the few rows.
        return (P.nik >= prefix) & (P.nik < _after(prefix))
    # Broad (a region code matches most rows): tested on the name-ordered covering index.
    return fn.substr(P.nik, 1, len(prefix)) == prefix


def _after(prefix: str) -> str:
    """The smallest text above every text that begins with `prefix` (digits)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


# --- the same people, counted from an index ---------------------------------------------------
# Searching the whole live list is what a clerk does most; these shapes of a Scope have a
# count an index answers alone (under 10 ms at 150,000), where the general query would read
# every line of the list. tests/unit/participants/test_search.py checks they agree.

def _only_text(scope: Scope) -> bool:
    """A search of the whole live list: every other field of the Scope (a filter added later too)
    at its default, since the indexes below know nothing of them."""
    return bool(scope.text) and replace(scope, text="") == Scope()


def name_words_only(scope: Scope) -> tuple[str, ...] | None:
    """The words of a live, unfiltered search made of words of two letters or more only (the
    full-text indexes answer it), or None."""
    if not _only_text(scope):
        return None
    terms = parse_search(scope.text)
    if terms.nik_prefixes or terms.numbers or terms.rt is not None or terms.rw is not None:
        return None
    if not terms.words or any(len(w) < 2 for w in terms.words):
        return None
    return terms.words


def quick_count(scope: Scope) -> tuple[str, list] | None:
    """SQL counting the people in `scope` from an index alone, or None for the general count."""
    words = name_words_only(scope)
    if words:
        # The name indexes alone count the live names that match.
        return backends.current().name_count_sql([w for w in words if len(w) == 2], [w for w in words if len(w) > 2])
    if not _only_text(scope):
        return None
    terms = parse_search(scope.text)
    if terms.words:
        return None
    if terms.rt is not None or terms.rw is not None:
        if terms.nik_prefixes or terms.numbers:
            return None
        # "3/2", "rt 3", "rw 2": on the RW/RT index (a skip over the few RW numbers for an RT).
        rw = "?" if terms.rw is not None else 'SELECT DISTINCT "rw" FROM "participant"'
        sql = f'SELECT COUNT(*) FROM "participant" INDEXED BY "participant_rw_rt" WHERE "rw" IN ({rw})'
        params = [terms.rw] if terms.rw is not None else []
        if terms.rt is not None:
            sql, params = sql + ' AND "rt" = ?', [*params, terms.rt]
        return sql + ' AND "archived" = 0', params
    if len(terms.nik_prefixes) == 1 and not terms.numbers:
        prefix = terms.nik_prefixes[0]
        return (_LIVE_NIK_COUNT, [prefix, _after(prefix)])
    if len(terms.numbers) == 1 and not terms.nik_prefixes:
        digits = terms.numbers[0]
        value, upper = int(digits), _after(digits)
        # Three disjoint parts: NIKs that begin so; in RW n; in RT n of another RW.
        return ('SELECT (' + _LIVE_NIK_COUNT + ') + (SELECT COUNT(*) FROM "participant" INDEXED BY '
                '"participant_rw_rt" WHERE "rw" = ? AND "archived" = 0 AND NOT ("nik" >= ? AND "nik" < ?)) + '
                '(SELECT COUNT(*) FROM "participant" INDEXED BY "participant_rw_rt" WHERE "rw" IN '
                '(SELECT DISTINCT "rw" FROM "participant") AND "rw" <> ? AND "rt" = ? AND "archived" = 0 '
                'AND NOT ("nik" >= ? AND "nik" < ?))',
                [digits, upper, value, digits, upper, value, value, digits, upper])
    return None


_LIVE_NIK_COUNT = ('SELECT COUNT(*) FROM "participant" INDEXED BY "participant_live_nik" '
                   'WHERE "archived" = 0 AND "nik" >= ? AND "nik" < ?')
