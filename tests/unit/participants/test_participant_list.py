"""The list queries: search parsing, the FTS index kept in step by triggers, filters, order, pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.scope import Scope, SearchTerms, parse_search
from jamsostek_desktop.services.participants import catalogue, demo_data, enrolment, listing
from jamsostek_desktop.services.participants.listing import ListQuery


@pytest.mark.parametrize("text, expected", [
    ("", SearchTerms()),
    ("Slamet  riy", SearchTerms(words=("slamet", "riy"))),
    ("ma'ruf", SearchTerms(words=("maruf",))),
    ("Ma\u2019ruf al-amin", SearchTerms(words=("maruf", "al", "amin"))),
    ("1872", SearchTerms(nik_prefixes=("1872",))),
    ("7", SearchTerms(numbers=("7",))),
    ("187", SearchTerms(numbers=("187",))),
    ("3/2", SearchTerms(rt=3, rw=2)),
    ("003/002", SearchTerms(rt=3, rw=2)),
    ("RT 03", SearchTerms(rt=3)),
    ("rw.4 sri", SearchTerms(words=("sri",), rw=4)),
])
def test_parse_search(text, expected):
    assert parse_search(text) == expected


def _ids(scope: Scope | None = None, text: str = "", **kwargs):
    return list(listing.ids(ListQuery(scope=replace(scope or Scope(), text=text), **kwargs)))


def _search(text, **kwargs):
    return {p.nama for p in Participant.select().where(Participant.id.in_(_ids(text=text, **kwargs)))}


def test_search_index_follows_every_writer(kelurahan_db, person):
    p = enrolment.enrol(person, "ketua-rt")
    assert _search("slam") == {"Slamet Riyadi"}
    assert _search("riyadi") == {"Slamet Riyadi"}
    enrolment.update(p.id, {"nama": "Slamet Santoso"})
    assert _search("riyadi") == set() and _search("santo") == {"Slamet Santoso"}
    # A bulk insert (Excel import, sync merge) needs no extra step.
    with db.atomic():
        insert_rows(Participant, [dict(
            uuid="6f1c2b4e-0000-4000-8000-000000000001", kelurahan_code="18.72.01.1001",
            category=catalogue.row_id("marbot"), nik="1872014304880002", nama="Siti Ma'ruf",
            tempat_lahir="", tanggal_lahir=dt.date(1988, 4, 3), jenis_kelamin="P", alamat="", rt=1, rw=1,
            telepon="", email="", no_sk="", program_jht=False, penghasilan=1_000_000, kpj="", fields={},
            status="draft", status_reason="", archived=False, archive_reason="", created_at=dt.datetime.now(),
            updated_at=dt.datetime.now(), revision=1, change_seq=99)])
    assert _search("ma'ruf") == {"Siti Ma'ruf"}
    # A hard delete (only tests and repairs do it) leaves no stale entry.
    Participant.delete().where(Participant.nik == "1872014304880002").execute()
    assert _search("siti") == set()
    assert db.execute_sql("INSERT INTO participant_search(participant_search) VALUES ('integrity-check')")


def test_filters_and_search_kinds(kelurahan_db):
    demo_data.generate(400, seed=11)
    everyone = list(Participant.select())
    sample = everyone[17]
    assert len(_ids()) == 400
    assert set(_ids(text=sample.nik)) == {sample.id}
    assert sample.id in _ids(text=sample.nik[:6])
    assert all(p.nik.startswith(sample.nik[:6]) for p in Participant.select().where(
        Participant.id.in_(_ids(text=sample.nik[:6]))))
    pair = _ids(text=f"{sample.rt}/{sample.rw}")
    assert set(pair) == {p.id for p in everyone if (p.rt, p.rw) == (sample.rt, sample.rw)}
    number = _ids(text=str(sample.rw))
    assert set(number) == {p.id for p in everyone if sample.rw in (p.rt, p.rw) or p.nik.startswith(str(sample.rw))}
    first_letter = sample.nama[0]
    assert set(_ids(text=first_letter.lower())) == {p.id for p in everyone if p.nama.startswith(first_letter)}
    scope = Scope(category=sample.category.code, status=sample.status, rw=sample.rw)
    assert set(_ids(scope=scope)) == {p.id for p in everyone if (p.category_id, p.status, p.rw) ==
                                      (sample.category_id, sample.status, sample.rw)}
    group = catalogue.get(sample.category.code).group
    in_group = {c.code for c in catalogue.all_categories() if c.group == group}
    assert set(_ids(scope=Scope(group=group))) == {p.id for p in everyone if p.category.code in in_group}
    assert listing.count(ListQuery(scope=scope)) == len(_ids(scope=scope))


def test_order_pages_and_position(kelurahan_db):
    demo_data.generate(250, seed=3)
    by_name = [p.id for p in Participant.select().order_by(Participant.nama.collate("NOCASE"), Participant.id)]
    assert _ids() == by_name
    assert list(listing.ids(ListQuery(), 200, 100)) == by_name[200:]
    assert _ids(descending=True) == by_name[::-1]
    births = [p.id for p in Participant.select().order_by(Participant.tanggal_lahir, Participant.id)]
    assert _ids(sort="tanggal_lahir") == births
    by_category = _ids(sort="category")
    orders = [catalogue.get(Participant.get_by_id(i).category.code).order for i in by_category]
    assert orders == sorted(orders)
    assert listing.position(ListQuery(), by_name[137]) == 137
    assert listing.position(ListQuery(descending=True), by_name[137]) == 249 - 137
    with pytest.raises(ValueError):
        listing.ids(ListQuery(sort="alamat; DROP TABLE participant"))


def test_archive_view_and_counts(kelurahan_db, person):
    p = enrolment.enrol(person, "ketua-rt")
    other = enrolment.enrol({**person, "nik": "1872010101900005", "nama": "Ahmad",
                             "tanggal_lahir": dt.date(1990, 1, 1)}, "marbot")
    enrolment.archive([other.id], "Pindah")
    assert _ids() == [p.id] and _ids(Scope(archived=True)) == [other.id]
    counts = listing.navigator_counts()
    assert (counts.total, counts.archived, counts.by_category) == (1, 1, {"ketua-rt": 1})
    assert listing.navigator_counts("18.72.02").total == 0
    rows = listing.rows([p.id, other.id])
    assert rows[p.id].category_name == "Ketua RT"
    assert "Nomor SK" in rows[p.id].lacks
    assert rows[other.id].archive_reason == "Pindah"
    assert listing.rt_rw_choices() == ([3], [2])


def test_statistics_are_refreshed_when_the_table_grew(kelurahan_db):
    listing.ensure_statistics()
    demo_data.generate(300, seed=1)
    listing.ensure_statistics()
    stat = db.execute_sql("SELECT stat FROM sqlite_stat1 WHERE idx = 'participant_list_by_name'").fetchone()
    assert int(stat[0].split()[0]) == 300
