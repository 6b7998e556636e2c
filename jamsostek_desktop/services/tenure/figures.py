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


@dataclass(frozen=True)
class TenureFigures:
    month: dt.date
    covered: int                       # paid for this month
    ending: list[terms.TermRow]        # within the warning days, and those already ended
    waiting_posts: int                 # replacements still waiting for a new holder
    without_post: int                  # people in office whose post is still held by another
    warn_within: int
    today: dt.date

    @property
    def ended(self) -> int:
        return sum(1 for r in self.ending if r.end < self.today)


def _in_scope(scope: Scope):
    return scope_sql.where(P.select(P.id), scope)


def gather(scope: Scope | None = None, today: dt.date | None = None) -> TenureFigures:
    scope = scope or Scope()
    today = today or clock.today()
    month = rules.month_of(today)
    within = settings.current().warn_within
    people = _in_scope(scope)
    covered = coverage.covered_query(month, (fn.COUNT(P.id),)).where(P.id.in_(people)).scalar() or 0
    ending = terms.ending(within, today=today, among=_in_scope(scope))
    waiting = (Replacement.select().where(Replacement.incoming.is_null() & Replacement.leaving.in_(
        scope_sql.where(P.select(P.id), Scope(kelurahan_prefix=scope.kelurahan_prefix, category=scope.category,
                                              group=scope.group))))).count()
    lonely = (Term.select().join(P).where(Term.closed_on.is_null() & Term.post.is_null()
                                          & P.status.not_in(("inactive", "rejected")) & P.id.in_(people))).count()
    return TenureFigures(month, covered, ending, waiting, lonely, within, today)
