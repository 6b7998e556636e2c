"""Start-up: an empty file is damage (the backup is offered, not the set-up wizard); a storage
fault is told as what it is and never leads to a restore (issue 12).

Reproduced first: with the database truncated to 0 bytes the start-up skipped its check,
SQLite made a new empty database and the set-up wizard appeared over the clerk's lost data;
a locked database was listed as damaged and the restore question came up.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from jamsostek_desktop.errors import DatabaseDamagedError, DatabaseInUseError, StorageError
from tests.processes import ROOT
from tests.unit.backup.test_storage_faults import HOLD_LOCK


def test_an_empty_database_file_offers_the_backup_not_the_wizard(qtbot, staffed_db, no_dialogs):
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.backup import copies as backup
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.ui.accounts import startup

    backup.backup_if_changed(staffed_db)
    close_db()
    staffed_db.write_bytes(b"")              # the file lost its content (a crash, a bad copy)
    assert startup.open_checked(staffed_db)
    kinds = [k for k, _ in no_dialogs]
    assert kinds == ["question", "information"]
    assert "rusak" in no_dialogs[0][1] and "Cadangan terbaru" in no_dialogs[0][1]
    assert profile.get() is not None        # the profile is back: no set-up wizard
    assert Participant.select().count() == 20


def test_an_empty_database_file_without_a_backup_is_not_opened(qtbot, tmp_path, no_dialogs):
    from jamsostek_desktop.ui.accounts import startup

    empty = tmp_path / "kosong.sqlite3"
    empty.write_bytes(b"")
    assert not startup.open_checked(empty)
    assert no_dialogs[-1][0] == "critical" and "tidak ada cadangan" in no_dialogs[-1][1]
    assert empty.read_bytes() == b""


def test_a_locked_database_is_reported_in_use_and_no_restore_is_offered(qtbot, staffed_db, no_dialogs):
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.backup import copies as backup
    from jamsostek_desktop.ui.accounts import startup

    backup.backup_if_changed(staffed_db)
    close_db()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(staffed_db)], stdout=subprocess.PIPE,
                              text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StorageError) as raised:
            startup.open_checked(staffed_db)
        assert isinstance(raised.value, DatabaseInUseError)
        assert not isinstance(raised.value, DatabaseDamagedError)
        assert [k for k, _ in no_dialogs if k == "question"] == []
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
