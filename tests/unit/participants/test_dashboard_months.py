"""Enrolments per month, counted in the office's time zone, empty months included."""

from __future__ import annotations

import datetime as dt

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import dashboard, enrolment


def test_months_in_the_office_time_zone(kelurahan_db, person):
    p = enrolment.enrol(person, "ketua-rt")
    # 31 October 20:00 UTC is 1 November 03:00 in Lampung (WIB).
    Participant.update(created_at=dt.datetime(2026, 10, 31, 20, 0)).where(Participant.id == p.id).execute()
    months = dashboard.enrolments_per_month(Scope(), months=3, today=dt.date(2026, 11, 23))
    assert [(m.month, m.enrolled) for m in months] == [
        (dt.date(2026, 9, 1), 0), (dt.date(2026, 10, 1), 0), (dt.date(2026, 11, 1), 1)]
    # Across a new year, and narrowed by the scope.
    months = dashboard.enrolments_per_month(Scope(category="marbot"), months=13, today=dt.date(2027, 1, 5))
    assert months[0].month == dt.date(2026, 1, 1) and months[-1].month == dt.date(2027, 1, 1)
    assert sum(m.enrolled for m in months) == 0
