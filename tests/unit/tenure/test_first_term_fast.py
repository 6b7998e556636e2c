"""The entry form's save through its prepared statements writes what the peewee-built path wrote.

services/participants/fast_paths.py keeps the reference path callable; the same enrolments made
once each way, in two copies of one database, must leave the same participants, terms, posts,
replacements and audit entries, and a seal `jamsostek check` accepts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.db.tenure_models import Post, Replacement, Term
from jamsostek_desktop.services.participants import enrolment, fast_paths
from jamsostek_desktop.services.startup import init_db
from jamsostek_desktop.services.tenure import replacement
from tests.conftest import copy_template, seal_problems
from tests.unit.tenure.conftest import ketua_rt

D = dt.date


def _enrolments(enrol) -> None:
    first = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    enrol(ketua_rt(2, "Sutrisno Hadi"))                                 # RT 3/2 is held: a term without a post
    enrol(ketua_rt(3, "Bambang Sugeng", rt=5, tmt=D(2020, 1, 1)))
    replacement.close(first.id, "mengundurkan-diri", D(2026, 11, 1))   # the post waits for a new holder
    enrol(ketua_rt(4, "Agus Salim", tmt=D(2026, 11, 5)))                 # takes it: the replacement is complete
    enrol({**ketua_rt(5, "Siti Aminah"), "jenis_kelamin": "P", "tanggal_lahir": D(1980, 1, 2),
           "nik": "1872014201800005"}, "kader-posyandu")


def _state() -> dict:
    people = {p.id: p.nama for p in Participant.select()}
    terms = sorted((people[t.participant_id], t.post.title if t.post_id else "", t.number, t.sk_kind, t.sk_number,
                    t.sk_date, t.start, t.end, t.closed_on, t.revision) for t in Term.select())
    posts = sorted((p.kelurahan_code, p.category_id, p.jabatan, p.unit, p.seats) for p in Post.select())
    waiting = sorted((r.post.title, people.get(r.leaving_id), people.get(r.incoming_id)) for r in Replacement.select())
    rows = sorted((p.nik, p.nama, p.category_id, p.status, p.revision, p.tmt, p.no_sk, p.fields)
                  for p in Participant.select())
    entries = [(e.action, e.table, e.field, e.old_value if e.table != "replacement" else "",
                e.new_value if e.field != "incoming" else "", e.reason)
               for e in AuditEntry.select().where(AuditEntry.action != "seal-key").order_by(AuditEntry.id)]
    return {"terms": terms, "posts": posts, "replacements": waiting, "participants": rows, "audit": entries}


@pytest.fixture
def reference_path(monkeypatch):
    def use(enabled: bool) -> None:
        monkeypatch.setattr(fast_paths, "enabled", enabled)
    return use


def test_both_paths_write_the_same_terms_posts_and_trail(enrol, reference_path, tmp_path):
    reference_path(False)
    _enrolments(enrol)
    before = _state()
    assert seal_problems() == []

    init_db(copy_template("kelurahan", tmp_path / "fast.sqlite3"))
    reference_path(True)
    _enrolments(enrol)
    after = _state()
    assert seal_problems() == []
    assert after == before
    assert [t[1] for t in after["terms"]].count("") == 1          # the held RT's second Ketua has no post
    assert any(incoming == "Agus Salim" for _post, _leaving, incoming in after["replacements"])


def test_the_duplicate_lookup_agrees(enrol, reference_path):
    kept = enrol(ketua_rt(1, "Slamet Riyadi"))
    gone = enrol(ketua_rt(2, "Sutrisno Hadi", rt=4))
    enrolment.archive([gone.id], "pindah")
    for enabled in (True, False):
        reference_path(enabled)
        assert enrolment.duplicate_of(kept.nik).id == kept.id
        assert enrolment.duplicate_of(kept.nik, exclude_id=kept.id) is None
        assert enrolment.duplicate_of(gone.nik) is None              # an archived enrolment holds no NIK
        assert enrolment.duplicate_of("1872011208759999") is None


def test_a_participant_who_already_has_a_running_term_keeps_it(enrol):
    """first_term() on a participant with an open term (an id reused after a delete) goes the general way."""
    from jamsostek_desktop.services.tenure import terms

    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    running = Term.open_of(p.id)
    with db.atomic():
        again = terms.first_term(Participant.get_by_id(p.id), "ketua-rt")
    assert again.id == running.id
    assert Term.select().where(Term.participant == p.id).count() == 1
