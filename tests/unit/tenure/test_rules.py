"""The pure rules of domain/terms.py: post names, term ends, warning bands, months, claims."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desktop.domain import terms as rules

D = dt.date


def test_post_names_from_the_catalogue_templates():
    rule = rules.TermRule(5, 2, "Ketua RT", "RT {nomor_rt:03}/RW {nomor_rw:03}", 1, "SK Lurah")
    assert rules.post_of(rule, "Ketua RT", {"nomor_rt": "3", "nomor_rw": 2}, 9, 9) == ("Ketua RT", "RT 003/RW 002")
    # A missing value leaves a blank that is trimmed, not the word "None".
    lpm = rules.TermRule(jabatan="{jabatan_lpm} LPM", unit="LPM Kelurahan")
    assert rules.post_of(lpm, "Pengurus LPM", {}, 1, 1) == ("LPM", "LPM Kelurahan")
    # No template: the category's name and the person's own RT/RW where the template asks.
    assert rules.post_of(rules.TermRule(), "Juru Parkir", {}, 1, 1) == ("Juru Parkir", "")
    assert rules.fill("RT {rt:03}", {"rt": 7}) == "RT 007"
    # A template that does not fit its values (text where a number is formatted) still gives them.
    assert rules.fill("Pos {pos:03}", {"pos": "Melati"}) == "Pos Melati"


def test_rule_from_the_catalogue_is_checked():
    assert rules.rule_from_dict(None) == rules.TermRule()
    assert rules.rule_from_dict({"term_years": 5, "max_terms": 2, "seats": 1}).seats == 1
    for bad in ({"term_years": 0}, {"max_terms": "2"}, {"seats": True}, {"jabatan": 3}):
        with pytest.raises(ValueError):
            rules.rule_from_dict(bad)


def test_default_end_and_bands():
    assert rules.default_end(D(2023, 3, 1), 5) == D(2028, 2, 29)
    assert rules.default_end(D(2024, 2, 29), 1) == D(2025, 2, 27)
    assert rules.default_end(None, 5) is None and rules.default_end(D(2023, 1, 1), None) is None
    today = D(2026, 11, 23)
    assert rules.warning_band(D(2026, 11, 22), today) == rules.ENDED
    assert rules.warning_band(D(2026, 11, 23), today) == "30"
    assert rules.warning_band(D(2026, 12, 23), today) == "30"       # 30 days left
    assert rules.warning_band(D(2026, 12, 24), today) == "60"
    assert rules.warning_band(D(2027, 1, 22), today) == "60"        # 60 days left
    assert rules.warning_band(D(2027, 1, 23), today) is None
    assert rules.warning_band(None, today) is None


def test_overlaps_treat_an_open_end_as_reaching_forever():
    assert rules.overlaps(D(2020, 1, 1), D(2024, 12, 31), D(2024, 12, 31), None)
    assert not rules.overlaps(D(2020, 1, 1), D(2024, 12, 30), D(2024, 12, 31), None)
    assert rules.overlaps(None, None, D(1990, 1, 1), D(1990, 1, 1))


def test_months():
    assert rules.parse_month("2026-11") == D(2026, 11, 1) == rules.parse_month("11-2026")
    for bad in ("2026-13", "26-11", "November", ""):
        with pytest.raises(ValueError):
            rules.parse_month(bad)
    assert rules.add_months(D(2026, 11, 1), 3) == D(2027, 2, 1)
    assert rules.months_in(D(2023, 1, 1), D(2025, 12, 1)) == 36
    assert rules.first_month_after(D(2026, 11, 1), D(2026, 11, 20), D(2026, 1, 1)) == D(2026, 12, 1)
    assert rules.first_month_after(None, D(2026, 11, 20), D(2026, 1, 1)) == D(2026, 11, 1)


def test_coverage_stops_at_its_last_month_or_the_term_end():
    c = rules.Coverage(D(2025, 1, 1), None, D(2026, 6, 15))
    assert c.covers(D(2026, 6, 30)) and not c.covers(D(2026, 7, 1)) and not c.covers(D(2024, 12, 31))
    assert rules.Coverage(D(2025, 1, 1), D(2025, 3, 1)).effective_last == D(2025, 3, 1)
    assert not rules.Coverage(None).covers(D(2026, 1, 1))


def test_contributions_count_the_months_due_before_the_event():
    c = rules.Coverage(D(2023, 1, 1))
    # Due on the 15th of the covered month: on 14 March 2026 February is the last one due.
    assert rules.contribution_months_before(c, D(2026, 3, 14)) == 38
    assert rules.contribution_months_before(c, D(2026, 3, 15)) == 39
    assert rules.contribution_months_before(rules.Coverage(D(2023, 1, 1), D(2023, 6, 1)), D(2026, 3, 15)) == 6
    assert rules.contribution_months_before(rules.Coverage(D(2026, 4, 1)), D(2026, 3, 20)) == 0
    assert rules.school_grant_met(36, 36) and not rules.school_grant_met(35, 36)


def test_a_work_accident_reported_after_two_days_is_late():
    at = dt.datetime(2026, 11, 20, 8, 0)
    assert not rules.report_is_late(at, at + dt.timedelta(hours=48), at + dt.timedelta(days=9))
    assert rules.report_is_late(at, at + dt.timedelta(hours=48, minutes=1), at)
    assert rules.report_is_late(at, None, at + dt.timedelta(hours=49))
    assert not rules.report_is_late(at, None, at + dt.timedelta(hours=47))


@given(st.dates(D(2000, 1, 1), D(2040, 12, 31)), st.integers(1, 10))
def test_a_term_lasts_its_years_to_the_day(start, years):
    end = rules.default_end(start, years)
    assert end > start and rules.warning_band(end, end) == "30"
    assert (rules.add_years(start, years) - end).days == 1 or start.month == 2 and start.day == 29


def test_the_settings_file_is_checked():
    s = rules.settings_from_dict({"warning_days": [30, 60], "claim_kinds": [
        {"code": "jkm", "name": "JKM", "event": "meninggal", "documents": [{"code": "kk", "label": "KK"}]}]})
    assert s.warning_days == (60, 30) and s.warn_within == 60
    assert [d.code for d in s.claim_kind("jkm").missing({})] == ["kk"]
    assert s.claim_kind("jkm").missing({"kk": True}) == []
    for bad in ({"warning_days": []}, {"contribution_due_day": 31}, {"claim_kinds": [{"code": "X"}]},
                {"claim_kinds": [{"code": "x", "event": "lahir"}]}):
        with pytest.raises(ValueError):
            rules.settings_from_dict(bad)
