"""Terms: the first term follows the entry form, a new SK extends it, the warnings come on time."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Post, Term
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import enrolment, stats
from jamsostek_desktop.services.tenure import posts, terms
from tests.unit.tenure.conftest import ketua_rt

D = dt.date


def test_enrolling_makes_the_first_term_on_the_post(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2023, 3, 1)))
    term = Term.open_of(p.id)
    assert term.post.title == "Ketua RT, RT 003/RW 002" and term.post.seats == 1
    assert (term.number, term.sk_kind, term.sk_number) == (1, "SK Lurah", "001/KPTS/LRH/2023")
    assert (term.start, term.end) == (D(2023, 3, 1), D(2028, 2, 29))     # five years, from the catalogue


def test_the_form_moves_the_running_term_along(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2023, 3, 1)))
    before = Term.open_of(p.id)
    enrolment.update(p.id, {"no_sk": "077/KPTS/2023", "fields": {"nomor_rt": 4, "nomor_rw": 2,
                                                                  "tmt_akhir": D(2026, 12, 31)}},
                     accept_warnings=True)
    term = Term.open_of(p.id)
    assert term.id == before.id and term.revision == before.revision + 1
    assert (term.sk_number, term.end, term.post.unit) == ("077/KPTS/2023", D(2026, 12, 31), "RT 004/RW 002")
    # A change that names neither the SK nor the post leaves the term alone.
    enrolment.update(p.id, {"telepon": "081299998888"}, accept_warnings=True)
    assert Term.open_of(p.id).revision == term.revision


def test_a_second_holder_is_not_given_a_full_post(enrol):
    first = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2023, 3, 1)))
    second = enrol(ketua_rt(2, "Sutrisno", tmt=D(2024, 1, 1)))
    assert Term.open_of(second.id).post is None
    post = Term.open_of(first.id).post
    with pytest.raises(posts.PostTakenError, match="masih dipegang Slamet Riyadi") as refused:
        posts.check_free(post, D(2024, 1, 1), None)
    assert [p.id for p in refused.value.holders] == [first.id]
    # A kader post has no limit: a whole posyandu shares it.
    a = enrol({**ketua_rt(3, "Sri"), "fields": {"nama_posyandu": "Melati"}}, "kader-posyandu")
    b = enrol({**ketua_rt(4, "Wati"), "fields": {"nama_posyandu": "Melati"}}, "kader-posyandu")
    assert Term.open_of(a.id).post_id == Term.open_of(b.id).post_id is not None


def test_a_new_sk_extends_the_term_and_warns_past_the_limit(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2018, 3, 1)))
    second = terms.extend(p.id, sk_kind="SK Lurah", sk_number="012/KPTS/2023", sk_date=D(2023, 2, 20))
    assert (second.number, second.start, second.end) == (2, D(2023, 3, 1), D(2028, 2, 29))
    first = Term.get(Term.participant == p.id, Term.number == 1)
    assert (first.closed_on, first.close_reason) == (D(2023, 3, 1), "diperpanjang")
    row = Participant.get_by_id(p.id)
    assert (row.no_sk, row.tmt, row.fields["tmt_akhir"]) == ("012/KPTS/2023", D(2023, 3, 1), "2028-02-29")
    with pytest.raises(terms.TermWarnings, match="paling banyak 2"):
        terms.extend(p.id, sk_kind="SK Lurah", sk_number="099/KPTS/2028", sk_date=D(2028, 2, 1))
    assert Term.select().where(Term.participant == p.id).count() == 2      # nothing written
    third = terms.extend(p.id, sk_kind="SK Lurah", sk_number="099/KPTS/2028", sk_date=D(2028, 2, 1),
                         accept_warnings=True)
    assert third.number == 3 and Term.open_of(p.id).id == third.id


def test_a_term_end_before_its_start_is_refused_and_nothing_changes(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2023, 3, 1)))
    before = Participant.get_by_id(p.id).revision
    with pytest.raises(Exception, match="sebelum TMT mulai"):
        enrolment.update(p.id, {"fields": {"nomor_rt": 3, "nomor_rw": 2, "tmt_akhir": D(2020, 1, 1)}},
                         accept_warnings=True)
    assert Participant.get_by_id(p.id).revision == before
    assert Term.open_of(p.id).end == D(2028, 2, 28) + dt.timedelta(days=1)


def test_warnings_sixty_and_thirty_days_before_the_end_with_a_frozen_clock(enrol, frozen):
    soon = enrol(ketua_rt(1, "Akhir Desember", rt=1, tmt=D(2021, 12, 10)))     # ends 09-12-2026: 16 days
    later = enrol(ketua_rt(2, "Akhir Januari", rt=2, tmt=D(2022, 1, 15)))      # ends 14-01-2027: 52 days
    gone = enrol(ketua_rt(3, "Sudah Lewat", rt=3, tmt=D(2021, 11, 1)))         # ended 31-10-2026
    enrol(ketua_rt(4, "Masih Lama", rt=4, tmt=D(2024, 1, 1)))
    rows = terms.ending()
    # Those still to end first, soonest first; then those already ended, the most recent first.
    assert [r.participant_id for r in rows] == [soon.id, later.id, gone.id]
    assert [r.participant_id for r in terms.ending(30)] == [soon.id, gone.id]
    assert [r.participant_id for r in terms.ending(60, include_ended=False)] == [soon.id, later.id]
    # The same people through the participant list's filter (the one Scope for every screen).
    assert stats.total(Scope(term_end="60")) == 2 and stats.total(Scope(term_end="30")) == 1
    assert stats.total(Scope(term_end="ended")) == 1
    # A new SK takes the person off the list; a replacement does too.
    terms.extend(gone.id, sk_kind="SK Lurah", sk_number="1/2026", sk_date=D(2026, 11, 1), start=D(2026, 11, 1))
    assert gone.id not in [r.participant_id for r in terms.ending()]


def test_backfill_gives_imported_people_their_terms(enrol):
    from jamsostek_desktop.services.participants import demo_data

    written = demo_data.generate(60, seed=7)
    assert written == 60
    lacking = Participant.select().where(~Participant.id.in_(Term.select(Term.participant))).count()
    assert lacking == 0 and Post.select().count() > 0
    # No post holds more people than its seats.
    for post in Post.select().where(Post.seats.is_null(False)):
        assert len(posts.active_holders(post, None, None)) <= post.seats
