"""Schema versions: a first-version database upgrades to the newest with its data intact."""

from __future__ import annotations

import sqlite3

import pytest

from jamsostek_desktop.db import migrations
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.errors import StorageError
from jamsostek_desktop.services.startup import init_db


def _make_v1_file(path):
    """A database as the first release wrote it, with one category and one participant."""
    db.init(str(path))
    db.connect()
    migrations.migrate(db, target=1)
    db.close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO profile (mode, region_code, kelurahan, kecamatan, kota, provinsi, alamat, telepon,"
                " email, kode_pos, lurah_nama, lurah_pangkat, lurah_nip, created_at, updated_at) VALUES "
                "('kelurahan', '18.72.01.1001', 'Yosodadi', 'Metro Timur', 'Kota Metro', 'Lampung', '', '', '',"
                " '', 'Budi', '', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')")
    con.execute("INSERT INTO category (code, name, group_name, fields, key_field, description, sort_order, active)"
                " VALUES ('ketua-rt', 'Ketua RT', 'Kelembagaan Kelurahan', '[]', NULL, '', 0, 1)")
    for i, updated in enumerate(("2024-03-01 10:00:00", "2024-02-01 10:00:00"), start=1):
        con.execute(
            "INSERT INTO participant (uuid, kelurahan_code, category_id, nik, nama, tempat_lahir, tanggal_lahir,"
            " jenis_kelamin, alamat, rt, rw, telepon, email, no_sk, tanggal_sk, tmt, program_jht, penghasilan,"
            " kpj, fields, status, status_reason, archived, archive_reason, archived_at, created_at, updated_at,"
            " revision) VALUES (?, '18.72.01.1001', 1, ?, 'Slamet', 'Metro', '1975-08-12', 'L', 'Jl. Kenanga',"
            " 3, 2, '', '', '', NULL, NULL, 0, 1000000, '', '{\"nomor_rt\": 3}', 'draft', '', 0, '', NULL,"
            " '2024-01-01 00:00:00', ?, 4)",
            (f"uuid-{i}", f"187201120875000{i}", updated),
        )
    con.commit()
    con.close()


def test_first_version_upgrades_with_data_intact(tmp_path):
    path = tmp_path / "v1.sqlite3"
    _make_v1_file(path)
    init_db(path)
    assert migrations.current_version(db) == migrations.LATEST
    rows = list(Participant.select().order_by(Participant.id))
    assert [(p.nik, p.nama, p.revision, p.fields) for p in rows] == [
        ("1872011208750001", "Slamet", 4, {"nomor_rt": 3}),
        ("1872011208750002", "Slamet", 4, {"nomor_rt": 3}),
    ]
    # change_seq follows the order of the last change
    assert [p.change_seq for p in rows] == [2, 1]
    # the kelurahan registry learned the profile's kelurahan
    from jamsostek_desktop.services.participants import regions

    assert [k.kelurahan for k in regions.all_kelurahan()] == ["Yosodadi"]
    integrity = db.execute_sql("PRAGMA integrity_check").fetchone()[0]
    assert integrity == "ok"


def test_migrating_twice_is_a_no_op(tmp_path):
    path = tmp_path / "a.sqlite3"
    init_db(path)
    version = migrations.current_version(db)
    assert migrations.migrate(db) == version


def test_wal_and_foreign_keys_are_on(tmp_path):
    init_db(tmp_path / "b.sqlite3")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    init_db(path)
    db.execute_sql(f"PRAGMA user_version = {migrations.LATEST + 5}")
    db.close()
    with pytest.raises(StorageError, match="lebih baru"):
        init_db(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="rusak"):
        init_db(path)
    assert path.read_bytes() == b"this is not sqlite" * 100
