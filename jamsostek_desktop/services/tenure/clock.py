"""Today and now for the tenure rules, in one place so a test can freeze them.

Warnings (60/30 days), term ends, the current month and late accident reports all read
the date here; tests replace `today` and `now` with monkeypatch.
"""

from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    """Local time without a zone, as the clerk reads it off the wall clock."""
    return dt.datetime.now().replace(microsecond=0)
