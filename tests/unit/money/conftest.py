"""Fixtures for the money tests: a frozen clock (23 November 2026) and a kelurahan whose people
are covered, dead, inactive, out of term ... as a monthly invoice meets them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.unit.tenure.conftest import enrol, frozen, ketua_rt  # noqa: F401 (fixtures)

D = dt.date
NOVEMBER = D(2026, 11, 1)


def kpj(serial: int) -> str:
    return f"{23_000_000_000 + serial}"


@pytest.fixture
def town(enrol):  # noqa: F811
    """name -> participant, each in the state its name says (for November 2026)."""
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import enrolment
    from jamsostek_desktop.services.tenure import coverage, events

    plans = [  # (name, rt, tmt, jht, state)
        ("Ani", 1, D(2024, 1, 1), False, "active"),
        ("Budi", 2, D(2024, 1, 1), True, "active"),
        ("Citra", 3, D(2024, 1, 1), False, "active"),        # billed the wrong amount
        ("Dedi", 4, D(2024, 1, 1), False, "dead"),           # died 5 October 2026
        ("Eka", 5, D(2024, 1, 1), False, "active"),          # billed twice
        ("Fajar", 6, D(2024, 1, 1), False, "active"),        # not billed
        ("Gita", 7, D(2024, 1, 1), False, "inactive"),
        ("Hadi", 8, D(2021, 10, 1), False, "active"),        # term ended 30 September 2026
        ("Indah", 9, D(2024, 1, 1), False, "submitted"),     # not yet registered: not covered
    ]
    people = {}
    for n, (name, rt, tmt, jht, state) in enumerate(plans, start=1):
        p = enrol({**ketua_rt(n, name, rt=rt, tmt=tmt), "program_jht": jht})
        for target in ("verified", "submitted"):
            enrolment.change_status([p.id], target)
        if state != "submitted":
            Participant.update(kpj=kpj(n)).where(Participant.id == p.id).execute()
            enrolment.change_status([p.id], "active")
            coverage.set_months(p.id, D(2026, 1, 1))
        if state == "inactive":
            enrolment.change_status([p.id], "inactive", "tiga bulan tidak dibayar")
        if state == "dead":
            events.record(p.id, "meninggal", dt.datetime(2026, 10, 5, 9, 0))
        people[name] = Participant.get_by_id(p.id)
    return people


def write_xlsx(path: Path, rows: list[list], title: str | None = None) -> Path:
    """A workbook as the branch sends it: a title line, then the header and rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
