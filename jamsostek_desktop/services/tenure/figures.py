"""The tenure figures for a Scope: the month's headcount and the terms ending soon.

The dashboard's "Masa jabatan berakhir" panel and the summary PDF's tenure section both
read them here, narrowed by the same Scope (services/participants/scope_sql.py) as every
other figure on that screen or page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Replacement, Term
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import scope_sql
from jamsostek_desktop.services.tenure import clock, coverage, settings, terms

P = Participant
MOST = 40          # rows a screen or a page lists; the tenure window has them all


@dataclass(frozen=True)
class TenureFigures:
    month: dt.date
    covered: int                       # paid for this month
    ending: list[terms.TermRow]        # the first MOST of those ending within the warning days, then ended
    ending_soon: int                   # how many end within the warning days
    ended: int                         # how many have ended without a new SK
    waiting_posts: int                 # replacements still waiting for a new holder
    without_post: int                  # people in office whose post is still held by another
    warn_within: int
    today: dt.date

    @property
    def ending_total(self) -> int:
        return self.ending_soon + self.ended


def _in_scope(scope: Scope):
    """The Scope's people as a subquery, or None when the Scope is a whole area (the kelurahan prefix
    alone then narrows, which the queries below do on their indexes, not through 150,000 ids)."""
    if scope == Scope(kelurahan_prefix=scope.kelurahan_prefix):
        return None
    return scope_sql.where(P.select(P.id), scope)


def gather(scope: Scope | None = None, today: dt.date | None = None) -> TenureFigures:
    scope = scope or Scope()
    today = today or clock.today()
    month = rules.month_of(today)
    within = settings.current().warn_within
    people, prefix = _in_scope(scope), scope.kelurahan_prefix
    covered = coverage.covered_query(month, (fn.COUNT(P.id),), prefix)
    if people is not None:
        covered = covered.where(P.id.in_(people))
    ending = terms.ending(within, today=today, kelurahan_prefix=prefix, among=people, limit=MOST)
    soon, ended = terms.ending_count(within, today=today, kelurahan_prefix=prefix, among=people)
    leaving = scope_sql.where(P.select(P.id), Scope(kelurahan_prefix=prefix, category=scope.category,
                                                     group=scope.group))
    waiting = Replacement.select().where(Replacement.incoming.is_null() & Replacement.leaving.in_(leaving)).count()
    out = P.select(P.id).where((P.archived == True) | P.status.in_(("inactive", "rejected")))  # noqa: E712
    lonely = Term.select().where(Term.closed_on.is_null() & Term.post.is_null() & Term.participant.not_in(out))
    if prefix:
        lonely = lonely.where(Term.participant.in_(scope_sql.where(P.select(P.id), Scope(kelurahan_prefix=prefix))))
    if people is not None:
        lonely = lonely.where(Term.participant.in_(people))
    return TenureFigures(month, covered.scalar() or 0, ending, soon, ended, waiting, lonely.count(), within, today)
