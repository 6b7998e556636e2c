"""Near-duplicate pairs: each rule on generated data, decisions kept, verification gated."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.db.screening_models import ScreeningPair
from jamsostek_desktop.domain import duplicates
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.participants import enrolment, listing
from jamsostek_desktop.services.screening import hint, pairs
from tests.unit.screening.helpers import crowd, enrol, values

BORN = dt.date(1975, 8, 12)


def _open_keys():
    return {frozenset((p.one.nik, p.other.nik)): p for p in pairs.open_pairs()}


def test_distinct_people_make_no_pairs(kelurahan_db):
    crowd(40)
    result = pairs.run()
    assert result.people == 40 and result.found == 0 and pairs.open_pairs() == []


def test_one_digit_typo_in_the_nik_is_a_pair(kelurahan_db):
    crowd(20)
    enrol(values(1, nik="1872011208750003", nama="AHMAD MARUF", born=BORN))
    enrol(values(2, nik="1872011208750008", nama="Ahmad Ma'ruf", born=BORN))
    pairs.run()
    found = _open_keys()
    pair = found[frozenset(("1872011208750003", "1872011208750008"))]
    assert set(pair.reasons) == {duplicates.SAME_NAME, duplicates.NIK_DIGIT} and pair.score == 100
    assert len(found) == 1


def test_two_swapped_digits_are_a_pair(kelurahan_db):
    enrol(values(1, nik="1872011208750013", nama="Sri Wahyuni", born=BORN))
    enrol(values(2, nik="1872011208750031", nama="Sri Wahyuni", born=dt.date(1975, 8, 13)))
    pairs.run()
    (pair,) = pairs.open_pairs()
    assert pair.reasons == (duplicates.NIK_SWAP,)


def test_same_name_and_birth_date_under_another_nik_is_a_pair(kelurahan_db):
    enrol(values(1, nik="1872011208750003", nama="H. Moh. Ma'ruf, S.Pd.", born=BORN))
    enrol(values(2, nik="1872051208750021", nama="Muhammad Maruf", born=BORN))
    pairs.run()
    (pair,) = pairs.open_pairs()
    assert pair.reasons == (duplicates.SAME_NAME,)


def test_similar_names_with_one_birth_date_are_a_pair_but_twins_are_not(kelurahan_db):
    enrol(values(1, nik="1872011208750003", nama="Siti Nurhaliza", born=BORN))
    enrol(values(2, nik="1872051208750021", nama="Siti Nurhalizah", born=BORN))
    # Twins: NIKs one digit apart, the same birth date, different names.
    enrol(values(3, nik="1872011208750105", nama="Hasan Basri", born=BORN))
    enrol(values(4, nik="1872011208750106", nama="Fatimah Basri", born=BORN))
    pairs.run()
    reasons = {frozenset((p.one.nama, p.other.nama)): p.reasons for p in pairs.open_pairs()}
    assert reasons == {frozenset(("Siti Nurhaliza", "Siti Nurhalizah")): (duplicates.SIMILAR_NAME,)}


def test_different_people_are_never_asked_about_again(kelurahan_db):
    enrol(values(1, nik="1872011208750003", nama="Agus Salim", born=BORN))
    enrol(values(2, nik="1872011208750004", nama="Agus Salim", born=BORN))
    pairs.run()
    (pair,) = pairs.open_pairs()
    with pytest.raises(ValidationError):
        pairs.decide(pair.id, "different", "  ")
    pairs.decide(pair.id, "different", "Kembar, KTP sudah dilihat")
    again = pairs.run()
    assert again.found == 1 and again.decided == 1 and again.open == 0 and pairs.open_pairs() == []
    assert AuditEntry.select().where(AuditEntry.action == "decide", AuditEntry.new_value == "different").count() == 1


def test_same_person_keeps_one_and_archives_the_other_with_the_reason(kelurahan_db):
    kept = enrol(values(1, nik="1872011208750003", nama="AHMAD MARUF", born=BORN))
    other = enrol(values(2, nik="1872011208750008", nama="Ahmad Ma'ruf", born=BORN))
    pairs.run()
    (pair,) = pairs.open_pairs()
    pairs.decide(pair.id, "same", "NIK salah ketik, KTP asli 0003", keep_uuid=kept.uuid)
    archived = Participant.get_by_id(other.id)
    assert archived.archived and "NIK salah ketik" in archived.archive_reason
    assert not Participant.get_by_id(kept.id).archived
    assert AuditEntry.select().where(AuditEntry.record == other.uuid, AuditEntry.action == "archive").count() == 1
    assert pairs.run().open == 0


def test_an_undecided_pair_blocks_verification_and_shows_in_the_review_filter(kelurahan_db):
    one = enrol(values(1, nik="1872011208750003", nama="Agus Salim", born=BORN))
    enrol(values(2, nik="1872011208750004", nama="Agus Salim", born=BORN))
    crowd(5)
    pairs.run()
    plan = enrolment.plan_status_change([one.id], "verified")
    assert plan.movable == [] and "ganda" in str(plan.refused[0][1])
    assert listing.count(listing.ListQuery(Scope(needs_review=True))) == 2
    (pair,) = pairs.open_pairs()
    pairs.decide(pair.id, "different", "orang berbeda")
    assert enrolment.plan_status_change([one.id], "verified").movable == [one.id]
    assert listing.count(listing.ListQuery(Scope(needs_review=True))) == 0


def test_a_corrected_nik_drops_the_open_pair(kelurahan_db):
    enrol(values(1, nik="1872011208750003", nama="Agus Salim", born=BORN))
    two = enrol(values(2, nik="1872011208750004", nama="Agus Salim", born=BORN))
    pairs.run()
    enrolment.update(two.id, {"nik": "1872011208750555", "nama": "Bagus Salimin",
                              "tanggal_lahir": dt.date(1975, 8, 12)}, accept_warnings=True)
    assert pairs.run().open == 0 and ScreeningPair.select().count() == 0


def test_the_form_hint_names_the_likely_duplicate(kelurahan_db):
    crowd(30)
    existing = enrol(values(1, nik="1872011208750003", nama="AHMAD MARUF", born=BORN, rt=5, rw=1))
    typed = values(2, nik="1872011208750008", nama="Ahmad Ma'ruf", born=BORN)
    (found,) = hint.hints(typed)
    assert found.participant_id == existing.id
    assert "AHMAD MARUF" in found.message and "periksa KTP" in found.message and "RT 005/RW 001" in found.message
    assert hint.hints(typed, exclude_id=existing.id) == []
    assert hint.hints(values(3, nama="Orang Lain Sekali")) == []
