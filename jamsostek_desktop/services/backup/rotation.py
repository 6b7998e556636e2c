"""Which backups to keep: every one of today and yesterday, then the newest of each of
the 7 latest days, 4 latest weeks and 12 latest months that have a backup (Anki's scheme).
Pure function over timestamps, so it is tested without files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def keep(times: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The timestamps to keep out of `times` (local time) as of `now`."""
    ordered = sorted(set(times), reverse=True)
    yesterday = now.date() - dt.timedelta(days=1)
    kept: set[dt.datetime] = set()
    # Buckets already covered by a kept backup, and how many slots each rule used.
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    used = {"day": 0, "week": 0, "month": 0}
    for t in ordered:  # newest first: the first backup seen in a bucket is its newest
        day = t.date()
        if day >= yesterday:
            kept.add(t)
            continue
        week = tuple(day.isocalendar())[:2]
        month = (day.year, day.month)
        if day not in days and used["day"] < DAILY:
            used["day"] += 1
        elif week not in weeks and used["week"] < WEEKLY:
            used["week"] += 1
        elif month not in months and used["month"] < MONTHLY:
            used["month"] += 1
        else:
            continue
        kept.add(t)
        days.add(day)
        weeks.add(week)
        months.add(month)
    return kept
