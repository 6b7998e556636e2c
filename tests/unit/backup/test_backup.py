"""Backups: made with the online backup API, only when changed, thinned, restored after checks."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.errors import StorageError, ValidationError
from jamsostek_desktop.services.backup import copies as backup
from jamsostek_desktop.services.backup import integrity
from jamsostek_desktop.services.participants import enrolment

from .conftest import corrupt


def count_in(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM participant").fetchone()[0]


def test_backup_is_a_complete_checked_single_file(filled_db):
    made = backup.make_backup()
    assert made.parent == backup.backup_folder()
    assert made.name.startswith(f"{filled_db.stem}-") and made.suffix == ".sqlite3"
    assert count_in(made) == 300
    assert integrity.full_check(made).ok
    assert not os.path.exists(str(made) + "-wal")
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [b.path for b in backup.list_backups()] == [made]
    assert not list(made.parent.glob(".*"))


def test_backup_to_a_chosen_file_or_folder(filled_db, tmp_path):
    out = backup.make_backup(tmp_path / "salinan.sqlite3")
    assert out == tmp_path / "salinan.sqlite3" and count_in(out) == 300
    folder = tmp_path / "usb"
    folder.mkdir()
    inside = backup.make_backup(folder)
    assert inside.parent == folder and count_in(inside) == 300


def test_automatic_backup_only_when_data_changed(filled_db, person):
    first = backup.backup_if_changed()
    assert first is not None
    assert backup.backup_if_changed() is None
    enrolment.enrol(dict(person), "ketua-rt", accept_warnings=True)
    second = backup.backup_if_changed()
    assert second is not None and count_in(second) == 301
    assert backup.backup_if_changed() is None


def test_backup_copies_to_a_second_folder(filled_db, tmp_path):
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    made = backup.make_backup(second_folder=usb)
    assert count_in(usb / made.name) == 300
    # A missing flash drive does not stop the backup.
    assert backup.make_backup(second_folder=tmp_path / "tidak-ada").exists()


def test_thinning_deletes_old_backups_the_rotation_drops(filled_db):
    folder = backup.backup_folder()
    now = dt.datetime(2026, 11, 23, 12, 0)
    names = []
    for days in range(0, 60):
        for hour in (9, 15):
            t = now - dt.timedelta(days=days) + dt.timedelta(hours=hour - 12)
            name = folder / f"{filled_db.stem}-{t:%Y%m%d-%H%M%S}.sqlite3"
            name.write_bytes(b"x")
            names.append(name)
    other = folder / "lain-20200101-000000.sqlite3"  # another database's backup is not touched
    other.write_bytes(b"x")
    deleted = backup.thin_backups(filled_db, now=now)
    left = backup.list_backups(filled_db)
    assert len(left) + len(deleted) == len(names)
    assert len(left) <= 4 + 7 + 4 + 12
    assert other.exists()
    assert all(not p.exists() for p in deleted)


def test_restore_brings_back_the_backup_and_keeps_the_current_database(filled_db, person):
    made = backup.make_backup()
    enrolment.enrol(dict(person), "ketua-rt", accept_warnings=True)
    assert Participant.select().count() == 301
    kept = backup.restore(made)
    assert Participant.select().count() == 300
    assert kept is not None and "sebelum-pulihkan" in kept.name and count_in(kept) == 301
    assert integrity.full_check(filled_db).ok
    from jamsostek_desktop.db.models import AuditEntry

    assert AuditEntry.select().where(AuditEntry.action == "restore_backup").count() == 1


def test_restore_refuses_a_damaged_backup_and_changes_nothing(filled_db, tmp_path):
    made = backup.make_backup(tmp_path / "rusak.sqlite3")
    corrupt(made)
    with pytest.raises(ValidationError, match="tidak dapat dipakai"):
        backup.restore(made)
    text = tmp_path / "bukan.sqlite3"
    text.write_text("ini bukan basis data")
    with pytest.raises(ValidationError):
        backup.restore(text)
    assert Participant.select().count() == 300
    assert backup.list_backups() == []


def test_damaged_database_is_detected_and_the_newest_good_backup_offered(filled_db):
    from jamsostek_desktop.db.connection import close_db

    good = backup.make_backup()
    close_db()
    corrupt(filled_db)
    assert not integrity.quick_check(filled_db).ok
    assert backup.newest_good_backup(filled_db).path == good
    kept = backup.restore(good, filled_db, check_permission=False)
    assert "rusak" in kept.name
    assert integrity.quick_check(filled_db).ok and Participant.select().count() == 300
    # The damaged copy is never offered back.
    assert backup.newest_good_backup(filled_db).path == good


def test_check_reports_counts_and_schema(filled_db):
    from jamsostek_desktop.db.migrations import LATEST

    report = integrity.full_check(filled_db)
    assert report.ok and report.schema_version == LATEST and report.counts["participant"] == 300


def test_cli_backup_restore_and_check(filled_db, tmp_path, capsys):
    from jamsostek_desktop.cli import main

    out = tmp_path / "cli.sqlite3"
    assert main(["--db", str(filled_db), "backup", str(out)]) == 0
    assert main(["--db", str(filled_db), "check"]) == 0
    assert "baik" in capsys.readouterr().out
    assert main(["--db", str(filled_db), "restore", str(out)]) == 2  # no terminal, no --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", str(filled_db), "restore", str(out), "--yes"]) == 0
    assert "300 peserta" in capsys.readouterr().out
    from jamsostek_desktop.db.connection import close_db

    close_db()
    corrupt(filled_db)
    assert main(["--db", str(filled_db), "check"]) == 1
    assert "BERMASALAH" in capsys.readouterr().out


def test_backup_on_a_full_disk_says_so_and_leaves_no_partial_file(filled_db, tiny_disk):
    with pytest.raises(StorageError, match="penuh"):
        backup.make_backup(tiny_disk / "cadangan.sqlite3")
    assert os.listdir(tiny_disk) == []
    assert Participant.select().count() == 300


def test_backup_write_failure_is_reported_and_cleaned_up(filled_db, monkeypatch):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy_database", full)
    with pytest.raises(StorageError, match="disk\\) penuh"):
        backup.make_backup()
    assert backup.list_backups() == [] and not list(backup.backup_folder().iterdir())
