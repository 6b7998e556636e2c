"""Work accidents, deaths and claims: what BPJS and the family will ask, and the checklist."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Claim, LifeEvent
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.tenure import coverage, events
from tests.unit.tenure.conftest import ketua_rt

D, T = dt.date, dt.datetime


def test_an_accident_reported_after_two_days_is_flagged_late(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2023, 3, 1)))
    coverage.set_months(p.id, D(2025, 1, 1))
    late = events.record(p.id, "kecelakaan", T(2026, 11, 10, 7, 30), place="Jl. Kenanga",
                         reported_at=T(2026, 11, 12, 9, 0))
    on_time = events.record(p.id, "kecelakaan", T(2026, 11, 20, 7, 30), reported_at=T(2026, 11, 22, 7, 30))
    pending = events.record(p.id, "kecelakaan", T(2026, 11, 22, 9, 0))      # not reported yet, 25 h ago
    f = events.facts(late)
    assert f.late and f.report_deadline == T(2026, 11, 12, 7, 30) and f.covered and f.months == 22
    assert not events.facts(on_time).late and not events.facts(pending).late
    assert late.work_accident and Participant.get_by_id(p.id).status == "draft"   # an accident ends nothing
    with pytest.raises(ValidationError, match="sebelum waktu kejadian"):
        events.record(p.id, "kecelakaan", T(2026, 11, 10, 7, 30), reported_at=T(2026, 11, 9))
    with pytest.raises(ValidationError, match="belum terjadi"):
        events.record(p.id, "kecelakaan", T(2027, 1, 1))


def test_the_school_grant_needs_thirty_six_months(enrol):
    short = enrol(ketua_rt(1, "Baru Dua Tahun", rt=1, tmt=D(2024, 11, 1)))
    coverage.set_months(short.id, D(2024, 11, 1))
    e = events.record(short.id, "meninggal", T(2026, 11, 2))
    f = events.facts(e)
    assert f.covered and f.months == 24 and not f.grant_met and f.grant_minimum == 36
    never = enrol(ketua_rt(2, "Belum Dicakup", rt=2))
    f = events.facts(events.record(never.id, "meninggal", T(2026, 11, 3)))
    assert not f.covered and f.months == 0


def test_claims_follow_their_event_with_a_checklist_status_and_amount(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    death = events.record(p.id, "meninggal", T(2026, 11, 2), work_accident=False)
    assert [k.code for k in events.kinds_for(death)] == ["jkm", "beasiswa"]
    with pytest.raises(ValidationError, match="tidak berlaku"):
        events.add_claim(death.id, "jkk-meninggal")
    claim = events.add_claim(death.id, "jkm", heir_name="Siti Aminah", heir_relation="istri")
    with pytest.raises(ValidationError, match="sudah ada"):
        events.add_claim(death.id, "jkm")
    assert [d.code for d in events.missing_documents(claim)][:3] == ["kartu-peserta", "ktp-peserta", "kk"]
    saved = events.update_claim(claim.id, status="diajukan", amount=None, documents={"kk": True, "palsu": True},
                                heir_name="Siti Aminah", heir_relation="istri", submitted_on=D(2026, 11, 10),
                                paid_on=None)
    assert saved.documents == {"kk": True} and saved.revision == 2
    with pytest.raises(ValidationError, match="jumlah dan tanggal pembayaran"):
        events.update_claim(claim.id, status="dibayar", amount=None, documents={}, heir_name="Siti Aminah",
                            heir_relation="istri", submitted_on=D(2026, 11, 10), paid_on=None)
    paid = events.update_claim(claim.id, status="dibayar", amount=42_000_000, documents={"kk": True},
                               heir_name="Siti Aminah", heir_relation="istri", submitted_on=D(2026, 11, 10),
                               paid_on=D(2026, 11, 20))
    assert (paid.status, paid.amount) == ("dibayar", 42_000_000)
    rows = events.listing()
    assert [(r.nama, r.kind, r.claims) for r in rows] == [("Slamet Riyadi", "meninggal", 1)]


def test_a_city_records_no_events(offices):
    offices.create("city")
    from jamsostek_desktop.errors import AppError

    with pytest.raises(AppError, match="dicatat oleh kelurahan"):
        events.record(1, "meninggal", T(2026, 1, 1))
    assert LifeEvent.select().count() == 0 and Claim.select().count() == 0
