"""A Scope (domain/scope.py) turned into SQL: the one place that says which participants.

The list's count and ids, the dashboard's figures, the roster and summary PDFs and the
Excel export all narrow their queries with `where(query, scope)`, so for the same Scope
they count the same people. The conditions are written for the indexes the list needs at
150,000 rows: the kelurahan prefix as a range on its index (LIKE ignores it), names
through the FTS5 index `participant_search` (db/migrations/step_005_search.py), one-letter
words as a range on the name index, NIK prefixes on the NIK index when narrow.
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import SQL, fn

from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.domain.scope import Scope, parse_search
from jamsostek_desktop.errors import NotFoundError
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.tenure import filters as tenure_filters

P = Participant


def region_condition(prefix: str):
    """Participants whose kelurahan code starts with `prefix`, as a range on the indexed column."""
    return (P.kelurahan_code >= prefix) & (P.kelurahan_code < prefix + "\uffff")


def _category_id(code: str) -> int:
    try:
        return catalogue.row_id(code)
    except NotFoundError:
        return -1           # a code nobody holds (a retired link, a typo): nobody, not an error here


def _fts_expression(words: Sequence[str]) -> str:
    # Tokens hold word characters only, so quoting them is enough to make them literal.
    return " ".join(f'"{w}"*' for w in words)


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
    if scope.text:
        query = _searched(query, scope.text)
    return query


def _searched(query, text: str):
    terms = parse_search(text)
    long_words = [w for w in terms.words if len(w) > 1]
    for letter in (w for w in terms.words if len(w) == 1):
        # One letter: names that begin with it, read from the name index (an FTS prefix
        # query for one letter matches most of the city and costs a sort).
        upper, lower = letter.upper(), letter.lower()
        query = query.where(((P.nama >= upper) & (P.nama < chr(ord(upper) + 1)))
                            | ((P.nama >= lower) & (P.nama < chr(ord(lower) + 1))))
    if long_words:
        query = query.where(P.id.in_(SQL('(SELECT rowid FROM "participant_search" '
                                         'WHERE "participant_search" MATCH ?)', [_fts_expression(long_words)])))
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
