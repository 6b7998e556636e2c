"""Every write that changes a participant row reseals it in the same transaction (issue 12).

Tenure (issue 14) writes participants too: a new SK is copied onto the row, Ganti pejabat and
a death make the holder Nonaktif, a bulk status change starts coverage, an import or demo data
gets its first terms. After each, the same check `jamsostek check` runs must report nothing;
a row written without its digest would be reported as changed outside the program.
"""

from __future__ import annotations

import datetime as dt

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Coverage, Term
from jamsostek_desktop.services.participants import demo_data, enrolment
from jamsostek_desktop.services.tenure import events, replacement, terms
from tests.conftest import seal_problems
from tests.unit.tenure.conftest import ketua_rt

D, T = dt.date, dt.datetime


def test_enrolling_and_editing_with_their_terms(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    enrolment.update(p.id, {"no_sk": "140/99/KPTS/LRH/2021", "fields": {"nomor_rt": 4, "nomor_rw": 2}},
                     accept_warnings=True)
    assert Term.open_of(p.id).sk_number == "140/99/KPTS/LRH/2021"
    assert seal_problems() == []


def test_a_new_sk_and_a_corrected_term_write_the_sk_onto_the_participant(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    term = terms.extend(p.id, sk_kind="SK Lurah", sk_number="200/KPTS/LRH/2026", sk_date=D(2026, 2, 20),
                        accept_warnings=True)
    assert Participant.get_by_id(p.id).no_sk == "200/KPTS/LRH/2026"
    assert seal_problems() == []
    terms.edit(term.id, sk_kind="SK Lurah", sk_number="201/KPTS/LRH/2026", sk_date=D(2026, 2, 21),
               start=term.start, end=term.end)
    assert Participant.get_by_id(p.id).no_sk == "201/KPTS/LRH/2026"
    assert seal_problems() == []


def test_ganti_pejabat_and_a_term_assigned_to_the_post(enrol):
    old = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    waiting = enrol(ketua_rt(2, "Sutrisno Hadi"))
    post_id = Term.open_of(old.id).post_id
    replacement.close(old.id, "mengundurkan-diri", D(2026, 11, 1))
    assert Participant.get_by_id(old.id).status == "inactive"
    assert seal_problems() == []
    terms.assign(waiting.id, post_id)
    other = enrol(ketua_rt(3, "Bambang", rt=5, tmt=D(2020, 1, 1)))
    replacement.replace(other.id, "pindah-domisili", D(2026, 10, 12))
    assert seal_problems() == []


def test_a_death_closes_the_enrolment(enrol):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    events.record(p.id, "meninggal", T(2026, 11, 2, 5, 0), cause="sakit")
    assert Participant.get_by_id(p.id).status == "inactive"
    assert seal_problems() == []


def test_a_bulk_status_change_that_starts_coverage(enrol):
    people = [enrol(ketua_rt(n, f"Peserta {n}", rt=n, tmt=D(2024, 1, 2))) for n in range(1, 5)]
    ids = [p.id for p in people]
    for target in ("verified", "submitted", "active"):
        plan = enrolment.plan_status_change(ids, target)
        assert enrolment.change_status(plan.movable, target) == len(ids)
    assert Coverage.select().where(Coverage.participant.in_(ids)).count() == len(ids)
    assert seal_problems() == []


def test_demo_data_and_an_excel_import_with_their_first_terms(kelurahan_db, frozen, tmp_path):
    from jamsostek_desktop.services.excel import importing
    from tests.unit.excel.conftest import HEADER, SITI, person_row, write_book

    demo_data.generate(40, seed=5)
    sheet = write_book(tmp_path / "impor.xlsx", {"Ketua RT": [HEADER, person_row(1, SITI, nama="Siti", sex="P",
                                                                                  birth=dt.date(1980, 8, 12))]})
    assert importing.import_file(sheet, "ketua-rt").imported == 1
    assert Term.select().count() == Participant.select().count() == 41
    assert seal_problems() == []
