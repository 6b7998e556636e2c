"""Role limits hold in the services, whatever the GUI shows."""

from __future__ import annotations

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.errors import PermissionDeniedError
from jamsostek_desktop.services.backup import copies as backup
from jamsostek_desktop.services.participants import enrolment


@pytest.fixture
def draft(staffed_db, login_as, person):
    login_as("admin")
    p = enrolment.enrol(dict(person), "ketua-rt", accept_warnings=True)
    return p.id


def test_operator_edits_but_cannot_verify_archive_or_restore(draft, login_as, tmp_path):
    login_as("budi")
    enrolment.update(draft, {"telepon": "081200000000"}, accept_warnings=True)
    with pytest.raises(PermissionDeniedError, match="memverifikasi"):
        enrolment.change_status([draft], "verified")
    with pytest.raises(PermissionDeniedError, match="mengarsipkan"):
        enrolment.archive([draft], "meninggal")
    made = backup.make_backup(tmp_path / "cadangan.sqlite3")  # an operator may make a backup
    with pytest.raises(PermissionDeniedError, match="memulihkan cadangan"):
        backup.restore(made)
    assert Participant.get_by_id(draft).status == "draft"
    assert not Participant.get_by_id(draft).archived


def test_verifikator_archives_but_cannot_manage_users_or_restore(draft, login_as, tmp_path):
    from jamsostek_desktop.services.accounts import users as accounts

    login_as("sari")
    enrolment.archive([draft], "pindah domisili")
    assert Participant.get_by_id(draft).archived
    with pytest.raises(PermissionDeniedError):
        accounts.create_user("tono", "tono-rahasia")
    made = backup.make_backup(tmp_path / "cadangan.sqlite3")
    with pytest.raises(PermissionDeniedError):
        backup.restore(made)


def test_admin_may_do_everything(draft, login_as, tmp_path):
    login_as("admin")
    enrolment.archive([draft], "meninggal")
    made = backup.make_backup(tmp_path / "cadangan.sqlite3")
    backup.restore(made)
    assert Participant.get_by_id(draft).archived
