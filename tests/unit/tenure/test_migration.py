"""Upgrading a database that already holds participants: each one's SK and TMT become its first term."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from jamsostek_desktop.db import migrations
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Coverage, Post, Term
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.startup import init_db

D = dt.date
BEFORE_TENURE = migrations.STEP_MODULES.index("step_011_tenure")

# (nik serial, name, category, fields, rt, no_sk, tanggal_sk, tmt, status, archived)
PEOPLE = [
    (1, "Lama", "ketua-rt", {"nomor_rt": 3, "nomor_rw": 2}, 3, "5/KPTS/2017", "2017-12-20", "2018-01-01", "inactive", 0),
    (2, "Baru", "ketua-rt", {"nomor_rt": 3, "nomor_rw": 2}, 3, "9/KPTS/2023", "2022-12-28", "2023-01-01", "active", 0),
    (3, "Ganda", "ketua-rt", {"nomor_rt": 3, "nomor_rw": 2}, 3, "", None, "2024-06-01", "draft", 0),
    (4, "Tanpa TMT", "ketua-rw", {"nomor_rw": 2, "masa_jabatan": "2023-2026"}, 1, "", None, None, "draft", 0),
    (5, "Kader", "kader-posyandu", {"nama_posyandu": "Melati"}, 4, "7/KPTS/2024", "2024-02-01", "2024-02-01",
     "active", 0),
    (6, "Diarsip", "ketua-rt", {"nomor_rt": 3, "nomor_rw": 2}, 3, "", None, "2023-05-01", "draft", 1),
    (7, "Parkir", "juru-parkir", {"lokasi": "Pasar Cendrawasih"}, 2, "1/ST/2025", "2025-01-02", "2025-01-02",
     "active", 0),
]


def _make_old_file(path):
    """A database as the release before tenure wrote it: categories without rules, seven participants."""
    db.init(str(path))
    db.connect()
    migrations.migrate(db, target=BEFORE_TENURE)
    db.close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO profile (mode, region_code, kelurahan, kecamatan, kota, provinsi, alamat, telepon,"
                " email, kode_pos, lurah_nama, lurah_pangkat, lurah_nip, created_at, updated_at) VALUES "
                "('kelurahan', '18.72.01.1001', 'Yosodadi', 'Metro Timur', 'Kota Metro', 'Lampung', '', '', '',"
                " '', 'Budi', '', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
    codes = {}
    for order, (code, name, fields) in enumerate((
            ("ketua-rt", "Ketua RT", [{"key": "nomor_rt", "label": "Nomor RT", "type": "int"},
                                      {"key": "nomor_rw", "label": "Nomor RW", "type": "int"}]),
            ("ketua-rw", "Ketua RW", [{"key": "nomor_rw", "label": "Nomor RW", "type": "int"},
                                      {"key": "masa_jabatan", "label": "Masa jabatan", "type": "text"}]),
            ("kader-posyandu", "Kader Posyandu Balita", [{"key": "nama_posyandu", "label": "Nama posyandu"}]),
            ("juru-parkir", "Juru Parkir", [{"key": "lokasi", "label": "Lokasi"}]))):
        cur = con.execute("INSERT INTO category (code, name, group_name, fields, key_field, description, sort_order,"
                          " active) VALUES (?, ?, 'Lainnya', ?, NULL, '', ?, 1)", (code, name, json.dumps(fields), order))
        codes[code] = cur.lastrowid
    for serial, name, code, fields, rt, no_sk, sk_date, tmt, status, archived in PEOPLE:
        con.execute(
            "INSERT INTO participant (uuid, kelurahan_code, category_id, nik, nama, tempat_lahir, tanggal_lahir,"
            " jenis_kelamin, alamat, rt, rw, telepon, email, no_sk, tanggal_sk, tmt, program_jht, penghasilan,"
            " kpj, fields, status, status_reason, archived, archive_reason, archived_at, created_at, updated_at,"
            " revision, change_seq) VALUES (?, '18.72.01.1001', ?, ?, ?, 'Metro', '1975-08-12', 'L', 'Jl. Kenanga',"
            " ?, 2, '', '', ?, ?, ?, 0, 1000000, '', ?, ?, '', ?, '', NULL, '2024-03-05 08:00:00',"
            " '2024-03-05 08:00:00', 3, ?)",
            (f"00000000-0000-4000-8000-{serial:012d}", codes[code], f"187201120875{serial:04d}", name, rt, no_sk,
             sk_date, tmt, json.dumps(fields), status, archived, serial))
    con.commit()
    con.close()


def test_every_existing_participant_gets_its_first_term(tmp_path):
    path = tmp_path / "old.sqlite3"
    _make_old_file(path)
    init_db(path)
    catalogue.invalidate()
    assert migrations.current_version(db) == migrations.LATEST
    people = {p.nama: p for p in Participant.select()}
    assert len(people) == len(PEOPLE)
    # Nothing about the participants themselves changed.
    assert {p.revision for p in people.values()} == {3}
    for p in people.values():
        assert Term.select().where(Term.participant == p.id).count() == 1
    def term(name):
        return Term.get(Term.participant == people[name].id)
    lama, baru = term("Lama"), term("Baru")
    assert (baru.sk_kind, baru.sk_number, baru.sk_date, baru.start, baru.end) == (
        "SK Lurah", "9/KPTS/2023", D(2022, 12, 28), D(2023, 1, 1), D(2027, 12, 31))
    assert lama.end == D(2022, 12, 31) and lama.post_id == baru.post_id        # one after the other
    assert baru.post.title == "Ketua RT, RT 003/RW 002" and baru.post.seats == 1
    # A third Ketua RT 003 overlapping Baru keeps the term without the post; the archived one too.
    assert term("Ganda").post_id is None and term("Diarsip").post_id == baru.post_id
    # The old "masa jabatan 2023-2026" gives the end when there is no TMT.
    assert (term("Tanpa TMT").start, term("Tanpa TMT").end) == (None, D(2026, 12, 31))
    assert term("Tanpa TMT").post.title == "Ketua RW, RW 002"
    assert term("Kader").post.title == "Kader, Posyandu Melati" and term("Kader").post.seats is None
    # A category the city added itself: no rule, its name as the jabatan, no end.
    parkir = term("Parkir")
    assert (parkir.post.jabatan, parkir.end, parkir.sk_kind, parkir.sk_number) == ("Juru Parkir", None, "", "1/ST/2025")
    # Participants already Aktif are paid for from the month they were entered.
    covered = {Participant.get_by_id(c.participant_id).nama: c.first_month for c in Coverage.select()}
    assert covered == {"Baru": D(2024, 3, 1), "Kader": D(2024, 3, 1), "Parkir": D(2024, 3, 1)}
    # The new rows are newer than every participant change: the next sync file carries them.
    assert min(t.change_seq for t in Term.select()) > len(PEOPLE) and Post.select().count() == 4
    # The categories gained the SK kind and TMT end fields, and the shipped ones their rules.
    assert [f.key for f in catalogue.get("ketua-rt").fields][-2:] == ["jenis_sk", "tmt_akhir"]
    assert catalogue.get("ketua-rt").tenure.term_years == 5 and catalogue.get("juru-parkir").tenure.term_years is None
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_city_database_waits_for_the_kelurahan_terms(tmp_path):
    path = tmp_path / "city.sqlite3"
    _make_old_file(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE profile SET mode = 'city', region_code = '18.72'")
    con.commit()
    con.close()
    init_db(path)
    assert Term.select().count() == 0 and Participant.select().count() == len(PEOPLE)
