"""A full disk during save, export and backup: a clear message, nothing lost.

Real full disks: small tmpfs mounts (the tests skip where mounting is not allowed;
test_backup.py also covers the backup failure by patching).
"""

from __future__ import annotations

import os
import sqlite3

import pytest
from peewee import DatabaseError

from jamsostek_desktop.errors import AppError, StorageError
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.backup import copies as backup
from jamsostek_desktop.services.backup import integrity
from jamsostek_desktop.services.participants import enrolment

from .conftest import fill


@pytest.fixture
def db_on_small_disk(small_disk):
    from jamsostek_desktop.services.participants import demo_data, profile
    from jamsostek_desktop.services.startup import init_db

    from ...conftest import PROFILE

    path = small_disk / "kelurahan.sqlite3"
    init_db(path)
    profile.save(dict(PROFILE))
    demo_data.generate(200, seed=5)
    return path


def people(start: int):
    import datetime as dt

    for i in range(start, start + 100_000):
        birth = dt.date(1975, 1, 1) + dt.timedelta(days=i // 9999)
        yield {"nik": f"187201{birth:%d%m%y}{i % 9999 + 1:04d}", "nama": f"Uji Disk Penuh {i}",
               "tempat_lahir": "Metro", "tanggal_lahir": birth, "jenis_kelamin": "L",
               "alamat": "Jl. Kenanga " + "x" * 200, "rt": 3, "rw": 2,
               "fields": {"nomor_rt": 3, "nomor_rw": 2}}


def test_saving_on_a_full_disk_fails_cleanly_and_keeps_every_saved_record(db_on_small_disk):
    from jamsostek_desktop.db.models import Participant

    fill(db_on_small_disk.parent)
    saved, failure = [], None
    for values in people(1):
        try:
            saved.append(enrolment.enrol(values, "ketua-rt", accept_warnings=True).uuid)
        except (DatabaseError, sqlite3.Error, OSError, AppError) as exc:
            failure = exc
            break
    assert failure is not None, "the disk never ran full"
    message = integrity.storage_error(failure, "menyimpan peserta")
    assert message is not None and "penuh" in message.message and "Tidak ada data yang berubah" in message.message
    # Nothing lost: every committed record is there, the file is sound, no half record.
    os.remove(db_on_small_disk.parent / "pengisi.bin")
    assert integrity.full_check(db_on_small_disk).ok
    present = {u for (u,) in Participant.select(Participant.uuid).tuples()}
    assert set(saved) <= present and len(present) == 200 + len(saved)
    # Space freed: saving works again.
    enrolment.enrol(next(people(90_000)), "ketua-rt", accept_warnings=True)


def test_backup_to_a_full_disk_leaves_no_file_and_says_why(filled_db, small_disk):
    fill(small_disk)
    with pytest.raises(StorageError, match="penuh"):
        backup.make_backup(small_disk / "cadangan.sqlite3")
    assert sorted(os.listdir(small_disk)) == ["pengisi.bin"]


def test_audit_export_to_a_full_disk_leaves_no_partial_file(filled_db, small_disk):
    fill(small_disk)
    with pytest.raises(StorageError, match="tidak dapat disimpan"):
        audit.export_csv(small_disk / "audit.csv")
    assert sorted(os.listdir(small_disk)) == ["pengisi.bin"]


def test_sync_export_to_a_full_disk_says_so_and_can_be_repeated(filled_db, small_disk):
    sync_export = pytest.importorskip("jamsostek_desktop.services.sync.export")
    fill(small_disk)
    with pytest.raises(AppError) as raised:
        sync_export.export(small_disk)
    assert "tidak dapat ditulis" in raised.value.message or "penuh" in raised.value.message
    assert sorted(os.listdir(small_disk)) == ["pengisi.bin"]
    os.remove(small_disk / "pengisi.bin")
    result = sync_export.export(small_disk)
    assert result.written and len(os.listdir(small_disk)) == 1
