"""Fixtures for the tenure tests: a frozen clock and Ketua RT to enrol.

The clock is frozen at 23 November 2026 (services/tenure/clock.py), so warnings, term ends
and the current month are the same on every run.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.sync.conftest import nik, offices, person  # noqa: F401 (offices: a fixture)

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def frozen(monkeypatch):
    """Today is 23 November 2026, 10:00."""
    from jamsostek_desktop.services.tenure import clock

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 23, 10, 0))
    return TODAY


def ketua_rt(serial: int, nama: str, rt: int = 3, rw: int = 2, *, tmt: dt.date | None = None,
             no_sk: str = "", **extra) -> dict:
    values = {**person(nik(serial), nama, rt, rw), **extra}
    if tmt is not None:
        values.update(tmt=tmt, tanggal_sk=tmt, no_sk=no_sk or f"{serial:03d}/KPTS/LRH/{tmt.year}")
    return values


@pytest.fixture
def enrol(kelurahan_db, frozen):
    """enrol(values, category="ketua-rt") -> Participant, warnings accepted."""
    from jamsostek_desktop.services.participants import enrolment

    def make(values: dict, category: str = "ketua-rt"):
        return enrolment.enrol(values, category, accept_warnings=True)

    return make
