"""Search as a clerk used to Excel types it: parts of names, apostrophes left out, NIKs digit by
digit; names sorted whatever their case; the trigram index kept by every writer."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import demo_data, enrolment, listing
from jamsostek_desktop.services.participants.listing import ListQuery


def _names(text: str = "", scope: Scope | None = None, **kwargs) -> list[str]:
    ids = listing.ids(ListQuery(scope=replace(scope or Scope(), text=text), **kwargs))
    by_id = dict(Participant.select(Participant.id, Participant.nama).tuples())
    return [by_id[i] for i in ids]


def _enrol(person, nama: str, serial: int, category: str = "marbot"):
    nik = f"18720112087500{serial:02d}"
    return enrolment.enrol({**person, "nik": nik, "nama": nama}, category, accept_warnings=True)


def test_a_part_of_a_name_and_names_without_their_apostrophe(kelurahan_db, person):
    for serial, nama in enumerate(("Sri Wahyuni", "Siti Ma'ruf", "Ahmad Ma\u2019ruf", "Maruf Hidayat",
                                   "Wahyu Santoso"), start=1):
        _enrol(person, nama, serial)
    assert _names("ahyuni") == ["Sri Wahyuni"]
    assert _names("maruf") == ["Ahmad Ma\u2019ruf", "Maruf Hidayat", "Siti Ma'ruf"]
    assert _names("ma'ruf") == _names("MA\u2019RUF") == _names("maruf")
    assert _names("ahyu") == ["Sri Wahyuni", "Wahyu Santoso"]
    assert _names("ahyu sri") == ["Sri Wahyuni"]           # every word, anywhere in the name
    assert _names("wa") == ["Sri Wahyuni", "Wahyu Santoso"]  # two letters: a word that begins so
    assert _names("ruf s") == ["Siti Ma'ruf"]
    assert _names("xyz") == []


def test_the_index_follows_edits_archive_restore_and_bulk_loads(kelurahan_db, person):
    p = _enrol(person, "Sri Wahyuni", 1)
    enrolment.update(p.id, {"nama": "Sri Rahayu"}, accept_warnings=True)
    assert _names("ahyuni") == [] and _names("ahayu") == ["Sri Rahayu"]
    enrolment.archive([p.id], "Pindah domisili")
    assert _names("ahayu") == []
    assert _names("ahayu", Scope(archived=True)) == ["Sri Rahayu"]   # the archive is searched too
    enrolment.restore([p.id])
    assert _names("ahayu") == ["Sri Rahayu"]
    demo_data.generate(300, seed=5)                                  # a bulk load defers the index
    live = {pid: nama for pid, nama in Participant.select(Participant.id, Participant.nama)
            .where(Participant.archived == False).tuples()}  # noqa: E712
    indexed = db.execute_sql("SELECT COUNT(*) FROM participant_trigram").fetchone()[0]
    assert indexed == len(live)
    for word in ("ari", "ant", "wat", "ahayu"):
        expected = sorted(n for n in live.values() if word in n.lower().replace("'", ""))
        assert sorted(_names(word)) == expected, word


def test_typing_a_nik_digit_by_digit_never_empties_the_list(kelurahan_db):
    demo_data.generate(200, seed=7)
    someone = Participant.select().order_by(Participant.id.desc()).first()
    for length in range(1, 17):
        prefix = someone.nik[:length]
        ids = listing.ids(ListQuery(scope=Scope(text=prefix)))
        assert someone.id in ids, prefix
        count = listing.count(ListQuery(scope=Scope(text=prefix)))
        assert count == len(ids) > 0


def test_names_sort_whatever_their_case(kelurahan_db, person):
    for serial, nama in enumerate(("agus salim", "AGUS BUDI", "Agung Prasetyo", "budi", "Bambang"), start=1):
        _enrol(person, nama, serial)
    assert _names() == ["Agung Prasetyo", "AGUS BUDI", "agus salim", "Bambang", "budi"]
    assert _names(descending=True) == ["budi", "Bambang", "agus salim", "AGUS BUDI", "Agung Prasetyo"]
    assert _names("a") == ["Agung Prasetyo", "AGUS BUDI", "agus salim"]   # one letter: the first letter
    newest = Participant.get(Participant.nama == "agus salim")
    assert listing.position(ListQuery(), newest.id) == 2


def test_a_first_version_database_gets_the_index(tmp_path, person):
    """Step 14 indexes the names already there (the upgrade path, not only new rows)."""
    from jamsostek_desktop.db import migrations
    from jamsostek_desktop.services.startup import init_db

    path = tmp_path / "old.sqlite3"
    db.init(str(path))
    db.connect()
    migrations.migrate(db, target=migrations.STEP_MODULES.index("step_014_substring_search"))
    db.execute_sql("INSERT INTO category (code, name, group_name, fields, key_field, description, sort_order, "
                   "active) VALUES ('marbot', 'Marbot Masjid', 'Keagamaan', '[]', NULL, '', 0, 1)")
    db.execute_sql(
        "INSERT INTO participant (uuid, kelurahan_code, category_id, nik, nama, tempat_lahir, tanggal_lahir,"
        " jenis_kelamin, alamat, rt, rw, telepon, email, no_sk, program_jht, penghasilan, kpj, fields,"
        " status, status_reason, archived, archive_reason, created_at, updated_at, revision, change_seq)"
        " VALUES ('u-1', '18.72.01.1001', 1, '1872011208750001', 'Siti Ma''ruf', '', ?, 'P', '', 1, 1, '', '',"
        " '', 0, 1000000, '', '{}', 'draft', '', 0, '', ?, ?, 1, 1)",
        (dt.date(1975, 8, 12), dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 1)))
    db.close()
    init_db(path)
    assert _names("maruf") == ["Siti Ma'ruf"]


def test_counts_from_an_index_agree_with_the_list(kelurahan_db, monkeypatch):
    """The quick counts (trigram index, NIK index, RW/RT index) hold the people the list shows,
    and a name search lists them in the same order whichever index sorts them."""
    demo_data.generate(400, seed=9)
    enrolment.archive([Participant.select().first().id], "Meninggal dunia")
    someone = Participant.select().where(Participant.archived == False).order_by(Participant.id.desc()).first()  # noqa: E712
    texts = ["ari", "wati sri", someone.nik[:4], someone.nik[:9], str(someone.rt), str(someone.rw),
             someone.nik[:2], "1", "zzz", someone.nama.split()[0].lower(), f"{someone.rt}/{someone.rw}",
             f"rt {someone.rt}", f"rw {someone.rw}", "rt 99"]
    for text in texts:
        query = ListQuery(scope=Scope(text=text))
        assert listing.count(query) == len(listing.ids(query)), text
    for walk_above in (0, 10**9):
        monkeypatch.setattr(listing, "WALK_ABOVE", walk_above)
        for descending in (False, True):
            query = ListQuery(scope=Scope(text="ari"), descending=descending)
            expected = sorted(((p.nama.lower(), p.id) for p in Participant.select().where(
                Participant.archived == False) if "ari" in p.nama.lower()), reverse=descending)  # noqa: E712
            assert list(listing.ids(query)) == [pid for _name, pid in expected]


def test_the_page_around_a_newcomer_is_the_page_the_list_would_read(kelurahan_db):
    demo_data.generate(300, seed=12)
    for descending in (False, True):
        query = ListQuery(scope=Scope(), descending=descending)
        everyone = list(listing.ids(query))
        assert len(everyone) > 70
        for pid in (everyone[0], everyone[63], everyone[64], everyone[70], everyone[-1]):
            row = listing.position(query, pid)
            start = row - row % 64
            around = listing.page_around(query, pid, row % 64, 64)
            assert [p.id for p in around] == everyone[start:start + 64]


def test_quick_counts_of_two_letter_words_leave_the_archive_out(kelurahan_db):
    demo_data.generate(300, seed=21)
    archived = [p.id for p in Participant.select().where(Participant.nama.startswith("A")).limit(7)]
    enrolment.archive(archived, "Pindah domisili")
    for text in ("an", "ag", "wa si", "ahy sr", "ari an", "sri wa"):
        query = ListQuery(scope=Scope(text=text))
        assert listing.count(query) == len(listing.ids(query)), text
        expected = {p.id for p in Participant.select().where(Participant.archived == False)  # noqa: E712
                    if all(any(part.lower().replace("'", "").startswith(w) or (len(w) > 2 and w in p.nama.lower().replace("'", ""))
                               for part in p.nama.split()) for w in text.split())}
        assert set(listing.ids(query)) == expected, text


def test_quick_counts_keep_every_other_filter(kelurahan_db):
    """A search typed with a filter the index cannot answer (the documents' statuses and cards,
    the term filter beside the list's title) is counted by the general query, with the filter."""
    demo_data.generate(300, seed=5)
    for extra in ({"statuses": ("active",)}, {"with_card": True}, {"term_end": "ended"}, {"term_end": "60"}):
        for text in ("ari", "an", "wa si", "1", "rt 1", "18"):
            query = ListQuery(scope=Scope(text=text, **extra))
            assert listing.count(query) == len(listing.ids(query)), (text, extra)
