"""Backup rotation: today and yesterday all, 7 daily, 4 weekly, 12 monthly."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desktop.services.backup.rotation import DAILY, MONTHLY, WEEKLY, keep

NOW = dt.datetime(2026, 11, 23, 15, 0)


def test_every_backup_of_today_and_yesterday_is_kept():
    times = [NOW - dt.timedelta(hours=h) for h in range(0, 39)]  # back to yesterday 00:00
    assert keep(times, NOW) == set(times)


def test_one_a_day_for_a_week_then_weekly_then_monthly():
    # Four backups a day for two years.
    times = [NOW.replace(hour=8) - dt.timedelta(days=d, hours=h) for d in range(730) for h in (0, 2, 4, 6)]
    kept = sorted(keep(times, NOW), reverse=True)
    recent = [t for t in kept if t.date() >= NOW.date() - dt.timedelta(days=1)]
    older = [t for t in kept if t not in recent]
    assert len(recent) == 8
    assert len(older) == DAILY + WEEKLY + MONTHLY
    # Daily: the newest of each of the 7 days before yesterday.
    assert [t.date() for t in older[:DAILY]] == [NOW.date() - dt.timedelta(days=d) for d in range(2, 9)]
    assert all(t.hour == 8 for t in older[:DAILY])
    # Then the newest of a further 4 weeks and 12 months, no two in one day.
    assert len({t.date() for t in older}) == len(older)
    assert len({(t.year, t.month) for t in older[DAILY:]}) >= MONTHLY
    assert len({tuple(t.isocalendar())[:2] for t in older}) >= WEEKLY + 1
    assert min(kept) > NOW - dt.timedelta(days=400)


@given(st.lists(st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=NOW), max_size=200))
def test_kept_is_a_bounded_subset_holding_the_newest(times):
    kept = keep(times, NOW)
    assert kept <= set(times)
    recent = {t for t in times if t.date() >= NOW.date() - dt.timedelta(days=1)}
    assert recent <= kept
    assert len(kept - recent) <= DAILY + WEEKLY + MONTHLY
    if times:
        assert max(times) in kept
    # At most one kept backup per day before yesterday.
    older_days = [t.date() for t in kept - recent]
    assert len(older_days) == len(set(older_days))
