"""Login dialog, lock-out, first administrator, forced password change, start-up steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.services.accounts import users as accounts
from jamsostek_desktop.ui.accounts.dialogs import ChangePasswordDialog, LoginDialog, UserFormDialog
from tests.conftest import PASSWORDS

# The offscreen platform plugin warns on every shown top-level window; not our warning.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def submit(qtbot, dialog, **fields):
    for name, value in fields.items():
        edit = getattr(dialog, name)
        edit.clear()
        qtbot.keyClicks(edit, value)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def test_login_with_the_right_password_gives_the_actor(qtbot, staffed_db):
    dialog = LoginDialog("Kelurahan Yosodadi")
    qtbot.addWidget(dialog)
    dialog.show()
    submit(qtbot, dialog, username="sari", password=PASSWORDS["sari"])
    assert dialog.result() == QDialog.Accepted
    assert dialog.actor.username == "sari" and dialog.actor.role == "verifikator"


def test_wrong_password_stays_open_and_five_lock_the_account(qtbot, staffed_db):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    submit(qtbot, dialog, username="budi", password="salah-satu")
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert dialog.message.isVisible() and "Sisa percobaan: 4" in dialog.message.text()
    assert dialog.password.text() == ""  # cleared for the next try
    for _ in range(4):
        submit(qtbot, dialog, username="budi", password="salah-lagi")
    assert "terkunci" in dialog.message.text()
    submit(qtbot, dialog, username="budi", password=PASSWORDS["budi"])
    assert dialog.isVisible() and "terkunci" in dialog.message.text()
    assert dialog.actor is None


def test_first_start_creates_the_administrator(qtbot, kelurahan_db):
    form = UserFormDialog(first_admin=True)
    qtbot.addWidget(form)
    form.show()
    assert not form.role.isEnabled() and form.role.currentData() == "admin"
    submit(qtbot, form, username="lurah", full_name="Pak Lurah", password="rahasia-lurah", repeat="lain")
    assert "tidak sama" in form.message.text() and not accounts.any_account()
    submit(qtbot, form, password="rahasia-lurah", repeat="rahasia-lurah")
    assert form.result() == QDialog.Accepted
    assert form.created.role == "admin" and accounts.authenticate("lurah", "rahasia-lurah")


def test_run_login_asks_for_an_administrator_when_there_is_none(qtbot, kelurahan_db, monkeypatch):
    from jamsostek_desktop.ui.accounts import startup

    def fill_and_accept(self):
        self.username.setText("admin")
        self.password.setText("admin-rahasia")
        self.repeat.setText("admin-rahasia")
        self.accept()
        return self.result()

    monkeypatch.setattr(UserFormDialog, "exec", fill_and_accept)
    assert startup.run_login()
    assert session.current_actor().username == "admin" and session.current_actor().role == "admin"


def test_run_login_cancelled_gives_up(qtbot, staffed_db, monkeypatch):
    from jamsostek_desktop.ui.accounts import startup

    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.Rejected)
    assert not startup.run_login()
    assert not session.is_logged_in()


def test_reset_password_forces_a_change_at_next_login(qtbot, staffed_db, login_as, monkeypatch):
    from jamsostek_desktop.ui.accounts import startup

    login_as("admin")
    accounts.reset_password("budi", "sementara-123")
    session.set_actor(None)

    def login(self):
        self.username.setText("budi")
        self.password.setText("sementara-123")
        self.accept()
        return self.result()

    def change(self):
        assert self.intro.isVisible() or self.intro.text()
        self.password.setText("pilihan-budi-9")
        self.repeat.setText("pilihan-budi-9")
        self.accept()
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", login)
    monkeypatch.setattr(ChangePasswordDialog, "exec", change)
    assert startup.run_login()
    assert session.current_username() == "budi"
    assert not accounts.must_change_password("budi")
    accounts.authenticate("budi", "pilihan-budi-9")


def test_second_instance_is_refused_with_a_message(qtbot, staffed_db, no_dialogs):
    from jamsostek_desktop.ui.accounts import startup

    first = startup.take_lock(staffed_db)
    assert first is not None
    assert startup.take_lock(staffed_db) is None
    assert no_dialogs[-1][0] == "warning" and "sudah terbuka" in no_dialogs[-1][1]
    first.release()


def test_damaged_database_at_start_offers_the_newest_good_backup(qtbot, staffed_db, no_dialogs):
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.backup import copies as backup
    from jamsostek_desktop.ui.accounts import startup

    backup.backup_if_changed(staffed_db)
    close_db()
    size = staffed_db.stat().st_size
    with open(staffed_db, "r+b") as fh:
        for offset in range(8192, size, 8192):
            fh.seek(offset)
            fh.write(b"\x00\xff" * 512)
    assert startup.open_checked(staffed_db)
    kinds = [k for k, _ in no_dialogs]
    assert kinds == ["question", "information"]
    assert "rusak" in no_dialogs[0][1] and "Cadangan terbaru" in no_dialogs[0][1]
    assert Participant.select().count() == 20


def test_damaged_database_without_backup_is_not_opened(qtbot, tmp_path, no_dialogs):
    from jamsostek_desktop.ui.accounts import startup

    broken = tmp_path / "rusak.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    assert not startup.open_checked(broken)
    assert no_dialogs[-1][0] == "critical" and "tidak ada cadangan" in no_dialogs[-1][1]
