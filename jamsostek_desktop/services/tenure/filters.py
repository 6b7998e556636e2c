"""The participant list's term filter in SQL: whose running term ends soon or has ended.

services/participants/scope_sql.py narrows every list and document with it when a Scope
names `term_end` ("60", "30": ends within that many days from today; "ended": already
ended), so the list, the dashboard and the PDFs count the same people.
"""

from __future__ import annotations

import datetime as dt

from jamsostek_desktop.db.tenure_models import Term
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.services.tenure import clock

CHOICES = ("60", "30", rules.ENDED)


def participants_ending(band: str, today: dt.date | None = None):
    """A subquery of participant ids for the band (see the module docstring)."""
    today = today or clock.today()
    running = Term.closed_on.is_null() & Term.end.is_null(False)
    if band == rules.ENDED:
        condition = Term.end < today
    else:
        condition = (Term.end >= today) & (Term.end <= today + dt.timedelta(days=int(band)))
    return Term.select(Term.participant).where(running & condition)
