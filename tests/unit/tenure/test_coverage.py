"""Who is covered in a month: the SQL count equals a count by hand over the same people."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from jamsostek_desktop.cli import main
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.tenure import coverage, replacement
from tests.unit.tenure.conftest import ketua_rt

D = dt.date


@pytest.fixture
def town(enrol):
    """Twelve people with coverage that starts, stops, never began, ends with a term, a death."""
    people = {}
    plans = [  # (name, rt, tmt, first, last, status)
        ("Ani", 1, D(2024, 1, 1), D(2024, 1, 1), None, "active"),
        ("Budi", 2, D(2024, 1, 1), D(2026, 12, 1), None, "active"),        # starts in December
        ("Citra", 3, D(2024, 1, 1), D(2025, 1, 1), D(2026, 10, 1), "active"),  # stopped in October
        ("Dedi", 4, D(2021, 11, 1), D(2022, 1, 1), None, "active"),         # term ended 31-10-2026
        ("Eka", 5, D(2021, 11, 20), D(2022, 1, 1), None, "active"),         # term ends 19-11-2026
        ("Fajar", 6, D(2024, 1, 1), None, None, "draft"),                   # never covered
        ("Gita", 7, D(2024, 1, 1), D(2026, 11, 1), D(2026, 11, 1), "active"),  # exactly one month
        ("Hadi", 8, D(2024, 1, 1), D(2025, 6, 1), None, "rejected"),
        ("Indah", 9, D(2024, 1, 1), D(2025, 6, 1), None, "archived"),
        ("Joko", 10, D(2024, 1, 1), D(2025, 6, 1), None, "leaves"),         # replaced on 05-10-2026
        ("Kiki", 11, None, D(2025, 6, 1), None, "active"),                  # no TMT: no term end
        ("Lina", 12, D(2024, 1, 1), D(2026, 11, 1), None, "draft"),         # planned, not yet registered
    ]
    for n, (name, rt, tmt, first, last, status) in enumerate(plans, start=1):
        p = enrol(ketua_rt(n, name, rt=rt, tmt=tmt))
        if first:
            coverage.set_months(p.id, first, last)
        if status == "rejected":
            enrolment.change_status([p.id], "verified")
            enrolment.change_status([p.id], "submitted")
            enrolment.change_status([p.id], "rejected", "bukan warga")
        elif status == "archived":
            enrolment.archive([p.id], "salah input")
        elif status == "leaves":
            replacement.replace(p.id, "pindah-domisili", D(2026, 10, 5))
        people[name] = p.id
    return people


def by_hand(month: dt.date) -> set[str]:
    """The rule applied person by person, in Python."""
    out = set()
    for p in Participant.select():
        if p.archived or p.status == "rejected":
            continue
        if coverage.of(p.id).covers(month):
            out.add(p.nama)
    return out


@pytest.mark.parametrize("month", [D(2026, 9, 1), D(2026, 10, 1), D(2026, 11, 1), D(2026, 12, 1), D(2025, 1, 1)])
def test_coverage_for_a_month_equals_a_hand_count(town, month):
    found = coverage.month(month)
    assert {r.nama for r in found.rows} == by_hand(month)
    assert coverage.count(month) == found.total == len(by_hand(month))


def test_the_november_list_by_name(town):
    names = {r.nama for r in coverage.month(D(2026, 11, 1)).rows}
    assert names == {"Ani", "Eka", "Gita", "Kiki", "Lina"}
    assert {r.nama for r in coverage.month(D(2026, 10, 1)).rows} == {"Ani", "Citra", "Dedi", "Eka", "Joko", "Kiki"}


def test_months_are_checked(enrol):
    p = enrol(ketua_rt(1, "Ani"))
    with pytest.raises(ValidationError, match="sebelum bulan pertamanya"):
        coverage.set_months(p.id, D(2026, 5, 1), D(2026, 4, 30))
    with pytest.raises(ValidationError, match="bulan pertama"):
        coverage.set_months(p.id, None, D(2026, 4, 1))
    assert coverage.of(p.id) == rules.Coverage(None, None, None)


def test_made_active_is_paid_from_this_month(enrol, frozen):
    p = enrol(ketua_rt(1, "Ani", tmt=D(2024, 1, 1), kpj="23000000001"))
    for target in ("verified", "submitted", "active"):
        enrolment.change_status([p.id], target)
    assert coverage.of(p.id).first == D(2026, 11, 1)


def test_coverage_command_line(town, kelurahan_db, capsys):
    assert main(["--db", str(kelurahan_db), "coverage", "--month", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "November 2026" in out and "5 peserta" in out
    assert main(["--db", str(kelurahan_db), "coverage", "--month", "2026-11", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["month"] == "2026-11" and data["covered"] == 5
    assert sorted(p["nama"] for p in data["participants"]) == ["Ani", "Eka", "Gita", "Kiki", "Lina"]
    assert main(["--db", str(kelurahan_db), "coverage", "--month", "November"]) == 2
    assert "bulan" in capsys.readouterr().err.lower()
