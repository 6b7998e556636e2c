"""Ganti pejabat and deaths: nothing is deleted, the post changes hands, one holder at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.db.tenure_models import Coverage, Replacement, Term
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.tenure import coverage, events, posts, replacement, terms
from tests.unit.tenure.conftest import ketua_rt

D = dt.date


def test_a_replacement_keeps_the_old_record_inactive_and_puts_the_new_one_on_the_same_post(enrol):
    old = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    enrolment.change_status([old.id], "verified")
    coverage.set_months(old.id, D(2024, 1, 1))
    post = Term.open_of(old.id).post
    r = replacement.replace(old.id, "pindah-domisili", D(2026, 10, 12), note="pindah ke Bandar Lampung")
    # The old record is kept, Nonaktif with its reason; its term ends on the day; it is paid for to October.
    left = Participant.get_by_id(old.id)
    assert (left.archived, left.status) == (False, "inactive")
    assert left.status_reason == "Pindah domisili per 12-10-2026"
    term = Term.get(Term.participant == old.id)
    assert (term.closed_on, term.close_reason) == (D(2026, 10, 12), "pindah-domisili")
    assert Coverage.get(Coverage.participant == old.id).last_month == D(2026, 10, 1)
    assert (r.post_id, r.leaving_id, r.incoming_id) == (post.id, old.id, None)
    assert posts.history(post.id).vacant_since == D(2026, 10, 12)
    # The new holder, entered now, takes the same post and completes the replacement.
    new = enrol(ketua_rt(2, "Sutrisno Hadi", tmt=D(2026, 10, 13)))
    assert Term.open_of(new.id).post_id == post.id
    assert Replacement.get_by_id(r.id).incoming_id == new.id
    history = posts.history(post.id)
    assert [(line.nama, line.reason, line.followed_by) for line in history.lines] == [
        ("Slamet Riyadi", "Pindah domisili", "Sutrisno Hadi"), ("Sutrisno Hadi", "", "")]
    assert history.vacant_since is None
    assert AuditEntry.select().where(AuditEntry.table == "replacement").count() == 2


def test_picking_an_existing_participant_moves_them_onto_the_post(enrol):
    old = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    waiting = enrol(ketua_rt(2, "Sutrisno Hadi"))             # entered early: the post was still held
    assert Term.open_of(waiting.id).post is None
    coverage.set_months(old.id, D(2024, 1, 1))
    r = replacement.replace(old.id, "mengundurkan-diri", D(2026, 11, 20), incoming_id=waiting.id)
    term = Term.open_of(waiting.id)
    assert term.post_id == r.post_id and term.start == D(2026, 11, 20)
    # Paid from the month after the leaving one's last: no month paid twice for one post.
    assert Coverage.get(Coverage.participant == waiting.id).first_month == D(2026, 12, 1)


def test_a_second_active_holder_is_refused_naming_the_first(enrol):
    old = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    waiting = enrol(ketua_rt(2, "Sutrisno Hadi"))
    post = Term.open_of(old.id).post
    with pytest.raises(posts.PostTakenError, match="masih dipegang Slamet Riyadi") as refused:
        terms.assign(waiting.id, post.id)
    assert "01-03-2021 s.d. 28-02-2026" in refused.value.message
    assert Term.open_of(waiting.id).post is None                 # nothing changed
    # Once Slamet has left, the post takes Sutrisno, and the open replacement is completed.
    r = replacement.close(old.id, "masa-jabatan-habis", D(2026, 2, 28))
    terms.assign(waiting.id, post.id)
    assert Replacement.get_by_id(r.id).incoming_id == waiting.id
    third = enrol(ketua_rt(3, "Joko"))
    with pytest.raises(ValidationError, match="sudah punya pemegang baru"):
        replacement.complete(r.id, third.id)
    with pytest.raises(posts.PostTakenError, match="masih dipegang Sutrisno Hadi"):
        terms.assign(third.id, post.id)


def test_a_leaving_date_before_the_term_is_refused_and_nothing_changes(enrol):
    old = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    with pytest.raises(ValidationError, match="sebelum TMT mulai"):
        replacement.close(old.id, "mengundurkan-diri", D(2020, 1, 1))
    with pytest.raises(ValidationError, match="tidak dikenal"):
        replacement.close(old.id, "bosan", D(2026, 1, 1))
    assert Participant.get_by_id(old.id).status == "draft" and Replacement.select().count() == 0
    assert Term.open_of(old.id) is not None


def test_a_death_closes_the_enrolment_and_opens_the_post(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    coverage.set_months(p.id, D(2022, 1, 1))
    event = events.record(p.id, "meninggal", dt.datetime(2026, 11, 2, 5, 30), cause="sakit")
    row = Participant.get_by_id(p.id)
    assert row.status == "inactive" and row.status_reason == "Meninggal dunia per 02-11-2026"
    r = Replacement.get(Replacement.leaving == p.id)
    assert (r.reason, r.incoming_id) == ("meninggal", None)
    assert Coverage.get(Coverage.participant == p.id).last_month == D(2026, 11, 1)
    facts = events.facts(event)
    assert facts.covered and facts.months == 58 and facts.grant_met and not facts.late
    with pytest.raises(ValidationError, match="sudah tercatat"):
        events.record(p.id, "meninggal", dt.datetime(2026, 11, 2, 5, 30))


def test_the_audit_trail_names_every_field_tenure_writes(enrol):
    """The log and "Riwayat" show labels, not column names, for terms, posts and coverage too."""
    from jamsostek_desktop.services.accounts import audit

    old = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    enrolment.change_status([old.id], "verified")
    coverage.set_months(old.id, D(2024, 1, 1))
    coverage.set_months(old.id, D(2024, 2, 1), D(2026, 12, 1))
    term = Term.open_of(old.id)
    terms.edit(term.id, sk_kind="SK Lurah", sk_number="7/2021", sk_date=D(2021, 2, 1), start=D(2021, 3, 2),
               end=D(2026, 3, 1))
    replacement.replace(old.id, "pindah-domisili", D(2026, 10, 12))
    enrol(ketua_rt(2, "Sutrisno Hadi", tmt=D(2026, 10, 13)))
    tables = ("term", "post", "coverage", "replacement", "life_event", "claim", "participant")
    fields = {f for (f,) in AuditEntry.select(AuditEntry.field).where(AuditEntry.table.in_(tables)).distinct().tuples()
              if f}
    assert {"first_month", "last_month", "closed_on", "incoming", "sk_number", "start"} <= fields
    assert not [f for f in fields if audit.field_label(f) == f]
