"""Changes made behind the program's back are found by `check` (issue 12).

Reproduced first: editing, deleting or inserting audit entries, or changing a participant's
name or a user's role and lock-out counter with another SQLite tool, left no trace: `check`
said "baik". Now the audit trail is a keyed hash chain and each user and participant row
has a keyed digest; every case below is a real edit of the real file with sqlite3.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from jamsostek_desktop.cli import main
from jamsostek_desktop.services.accounts import seal
from tests.conftest import PASSWORDS


@pytest.fixture
def busy_office(staffed_db, login_as, tmp_path):
    """A kelurahan where a day's work happened through the program, then closed."""
    from jamsostek_desktop.services.participants import demo_data, enrolment
    from jamsostek_desktop.services.startup import close_database
    from tests.unit.excel.conftest import HEADER, SITI, person_row, write_book

    login_as("admin")
    demo_data.generate(25, seed=11)
    slamet = enrolment.enrol({"nik": "1872011208750003", "nama": "Slamet Riyadi", "tempat_lahir": "Metro",
                              "tanggal_lahir": dt.date(1975, 8, 12), "jenis_kelamin": "L", "alamat": "Jl. Kenanga",
                              "rt": 3, "rw": 2, "fields": {"nomor_rt": 3, "nomor_rw": 2}}, "ketua-rt")
    enrolment.update(slamet.id, {"telepon": "081234567890"})
    enrolment.archive([slamet.id - 1], "pindah")
    enrolment.restore([slamet.id - 1])
    from jamsostek_desktop.services.excel import importing

    sheet = write_book(tmp_path / "impor.xlsx", {"Ketua RT": [HEADER, person_row(1, SITI, nama="Siti", sex="P",
                                                                                  birth=dt.date(1980, 8, 12))]})
    importing.import_file(sheet, "ketua-rt")
    from jamsostek_desktop.services.accounts import users

    for _ in range(2):
        with pytest.raises(users.LoginError):
            users.authenticate("budi", "salah-salah")
    login_as("budi")
    close_database()
    return staffed_db


def check(db: Path, capsys) -> tuple[int, str]:
    code = main(["--db", str(db), "check"])
    return code, capsys.readouterr().out


def sql(db: Path, statement: str, *params) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def one(db: Path, statement: str, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(statement, params).fetchone()
    finally:
        conn.close()


def test_work_done_through_the_program_checks_clean(busy_office, capsys):
    code, out = check(busy_office, capsys)
    assert code == 0, out
    assert "di luar program" not in out and "segel log audit dan data ok" in out


def test_an_edited_audit_entry_is_found(busy_office, capsys):
    entry = one(busy_office, "SELECT id FROM audit_entry WHERE action = 'update' AND field = 'telepon'")[0]
    sql(busy_office, "UPDATE audit_entry SET new_value = '080000000000' WHERE id = ?", entry)
    code, out = check(busy_office, capsys)
    assert code == 1
    assert f"entri #{entry} (update" in out and "diubah di luar program" in out


def test_a_deleted_audit_entry_is_found(busy_office, capsys):
    entry = one(busy_office, "SELECT id FROM audit_entry WHERE action = 'archive'")[0]
    sql(busy_office, "DELETE FROM audit_entry WHERE id = ?", entry)
    code, out = check(busy_office, capsys)
    assert code == 1 and f"entri #{entry} dihapus di luar program" in out


def test_the_last_entries_cut_off_are_found(busy_office, capsys):
    last = one(busy_office, "SELECT MAX(id) FROM audit_entry")[0]
    sql(busy_office, "DELETE FROM audit_entry WHERE id >= ?", last - 1)
    code, out = check(busy_office, capsys)
    assert code == 1 and f"entri terakhir (sampai #{last}) dihapus" in out


def test_inserted_audit_entries_are_found(busy_office, capsys):
    last = one(busy_office, "SELECT MAX(id) FROM audit_entry")[0]
    sql(busy_office, "INSERT INTO audit_entry (id, at, actor, action, table_name, record, field, reason) "
                     "VALUES (?, '2026-11-23 08:00:00', 'admin', 'update', 'participant', 'x', 'nama', '')", last + 1)
    sql(busy_office, "INSERT INTO audit_entry (id, at, actor, action, table_name, record, field, reason, chain) "
                     "VALUES (?, '2026-11-23 08:00:00', 'admin', 'update', 'participant', 'x', 'nama', '', ?)",
        last + 2, "ab" * 32)
    code, out = check(busy_office, capsys)
    assert code == 1
    assert f"entri #{last + 1} disisipkan di luar program (tanpa segel)" in out
    assert f"entri #{last + 2} disisipkan di luar program" in out


def test_a_participant_changed_added_or_removed_outside_is_named(busy_office, capsys):
    uuid = one(busy_office, "SELECT uuid FROM participant WHERE nama = 'Slamet Riyadi'")[0]
    sql(busy_office, "UPDATE participant SET nama = 'Slamet Palsu' WHERE uuid = ?", uuid)
    gone = one(busy_office, "SELECT id FROM participant ORDER BY id LIMIT 1")[0]
    sql(busy_office, "DELETE FROM participant WHERE id = ?", gone)
    sql(busy_office, "INSERT INTO participant (uuid, kelurahan_code, category_id, nik, nama, tempat_lahir, "
                     "tanggal_lahir, jenis_kelamin, alamat, rt, rw, telepon, email, no_sk, program_jht, penghasilan, "
                     "kpj, fields, status, status_reason, archived, archive_reason, created_at, updated_at, revision, "
                     "change_seq) SELECT 'aaaaaaaa-0000-4000-8000-000000000001', kelurahan_code, category_id, "
                     "'1872011208759999', 'Orang Titipan', '', tanggal_lahir, 'L', '', 1, 1, '', '', '', 0, 1000000, "
                     "'', '{}', 'active', '', 0, '', created_at, updated_at, 1, 1 FROM participant LIMIT 1")
    code, out = check(busy_office, capsys)
    assert code == 1
    assert f"peserta {uuid}: diubah di luar program" in out
    assert "peserta aaaaaaaa-0000-4000-8000-000000000001: ditambahkan di luar program" in out
    assert f"peserta nomor {gone}: dihapus di luar program" in out


def test_a_user_given_admin_rights_outside_is_named(busy_office, capsys):
    sql(busy_office, "UPDATE user_account SET role = 'admin' WHERE username = 'budi'")
    sql(busy_office, "UPDATE user_account SET failed_attempts = 0 WHERE username = 'sari'")
    code, out = check(busy_office, capsys)
    assert code == 1
    assert "pengguna budi: diubah di luar program" in out


def test_the_program_keeps_the_seal_after_more_work(busy_office, capsys, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", PASSWORDS["admin"])
    assert main(["--db", str(busy_office), "--user", "admin", "demo-data", "--count", "5"]) == 0
    assert main(["--db", str(busy_office), "--user", "admin", "user", "unlock", "budi"]) == 0
    capsys.readouterr()
    code, out = check(busy_office, capsys)
    assert code == 0, out


def test_a_missing_key_is_said_and_a_new_seal_begins_at_the_next_change(busy_office, capsys, monkeypatch):
    from jamsostek_desktop import paths

    for key in paths.keys_dir().glob("seal-*.key"):
        key.unlink()
    seal._keys.clear()
    code, out = check(busy_office, capsys)
    assert code == 0 and "tidak ada di folder kunci" in out
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", PASSWORDS["admin"])
    assert main(["--db", str(busy_office), "--user", "admin", "demo-data", "--count", "3"]) == 0
    capsys.readouterr()
    code, out = check(busy_office, capsys)
    assert code == 0, out
    assert "Segel dimulai ulang pada entri" in out and "tidak ada di komputer ini" in out
    # The new seal holds too: a change behind the program's back after it is found.
    sql(busy_office, "UPDATE participant SET nama = 'X' WHERE id = 1")
    assert check(busy_office, capsys)[0] == 1


def test_an_upgraded_database_is_sealed_from_the_upgrade_on(tmp_path, capsys):
    from jamsostek_desktop.db import migrations
    from jamsostek_desktop.db.connection import close_db, db
    from jamsostek_desktop.services.startup import init_db

    path = tmp_path / "lama.sqlite3"
    db.init(str(path))
    db.connect()
    migrations.migrate(db, target=8)                       # as the release before the seal left it
    db.execute_sql("INSERT INTO audit_entry (at, actor, action, table_name, record, field, reason) "
                   "VALUES ('2026-01-02 03:04:05', 'sistem', 'create', 'profile', '18.72.01.1001', '', '')")
    close_db()
    init_db(path)                                          # upgrade: backup, migrate, seal begins
    close_db()
    code, out = check(path, capsys)
    assert code == 0, out
    assert "1 entri log audit lebih tua dari segelnya" in out
    sql(path, "UPDATE audit_entry SET actor = 'orang lain' WHERE id = (SELECT MAX(id) FROM audit_entry)")
    assert check(path, capsys)[0] == 1
