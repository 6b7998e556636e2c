"""Menu entries in the main window follow the role; restore and backup work from the GUI."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.errors import PermissionDeniedError
from jamsostek_desktop.services.backup import copies as backup
from jamsostek_desktop.services.participants import enrolment

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def window_for(qtbot, db_path):
    from jamsostek_desktop.app import create_main_window

    window = create_main_window(db_path)
    qtbot.addWidget(window)
    return window


def action(window, name) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_operator_sees_admin_entries_disabled_and_services_refuse(qtbot, staffed_db, login_as, no_dialogs):
    from jamsostek_desktop.ui.accounts import menu

    login_as("budi")
    window = window_for(qtbot, staffed_db)
    assert not action(window, "restore_backup").isEnabled()
    assert not action(window, "manage_users").isEnabled()
    assert not action(window, "audit_log").isEnabled()
    assert action(window, "backup_now").isEnabled()
    assert "Budi Operator" in window.findChild(QLabel, "current_user_label").text()
    # Even when reached, the restore refuses, and so does verifying.
    assert menu.restore_backup(window) is None
    assert "memulihkan cadangan" in no_dialogs[-1][1]
    pid = Participant.select().where(Participant.status == "draft").first().id
    with pytest.raises(PermissionDeniedError):
        enrolment.change_status([pid], "verified")


def test_admin_entries_enabled_and_user_label_shown(qtbot, staffed_db, login_as):
    login_as("admin")
    window = window_for(qtbot, staffed_db)
    for name in ("restore_backup", "manage_users", "audit_log", "backup_now", "participant_history"):
        assert action(window, name).isEnabled(), name
    label = window.findChild(QLabel, "current_user_label")
    assert "Admin Kelurahan" in label.text() and "Administrator" in label.text()


def test_admin_restores_a_backup_from_the_menu(qtbot, staffed_db, login_as, monkeypatch, no_dialogs):
    from jamsostek_desktop.ui.accounts import backup_ui, menu

    login_as("admin")
    made = backup.make_backup()
    enrolment.archive([Participant.select().first().id], "uji")
    window = window_for(qtbot, staffed_db)

    def choose_newest(self):
        assert self.model.rowCount() == 1
        checking = self.confirm()              # the backup is checked in the background first
        qtbot.waitUntil(lambda: not checking.running, timeout=10_000)
        return self.result()

    monkeypatch.setattr(backup_ui.RestoreDialog, "exec", choose_newest)
    relogged = []
    monkeypatch.setattr(menu, "relogin", relogged.append)
    operation = menu.restore_backup(window)
    assert operation is not None and not window.isVisible()   # hidden while its data is replaced
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert relogged == [window]  # everybody logs in again to the restored data
    assert Participant.select().where(Participant.archived == True).count() == 0  # noqa: E712
    assert [k for k, _ in no_dialogs] == ["question", "information"]
    assert made.name in no_dialogs[-1][1]
    assert any(b.tag == backup.TAG_BEFORE_RESTORE for b in backup.list_backups())


def test_backup_now_and_automatic_backup_at_quit(qtbot, staffed_db, login_as, no_dialogs, tmp_path, person):
    from jamsostek_desktop.ui.accounts import backup_ui

    login_as("budi")
    usb = tmp_path / "usb"
    usb.mkdir()
    backup_ui.set_second_folder(str(usb))
    operation = backup_ui.backup_now(None)
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert no_dialogs[-1][0] == "information"   # "Cadangan dibuat: <path>", called back on the GUI thread
    made = max(backup.list_backups(), key=lambda b: b.taken_at).path
    assert str(made) in no_dialogs[-1][1] and (usb / made.name).exists()
    auto = backup_ui.AutoBackup.instance()
    assert auto.timer.isActive() and auto.timer.interval() == 60 * 60 * 1000
    assert auto.run_now() == ""  # nothing changed since
    enrolment.enrol(dict(person), "ketua-rt", accept_warnings=True)
    second = auto.run_now()
    assert second and second != str(made)
    with qtbot.waitSignal(auto.finished, timeout=5000) as blocker:
        auto.run_in_background()
    assert blocker.args == [""]


def test_user_management_dialog_adds_and_locks_out(qtbot, staffed_db, login_as, qtmodeltester, no_dialogs):
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.ui.accounts.dialogs import UserFormDialog
    from jamsostek_desktop.ui.accounts.users_dialog import UsersDialog

    login_as("admin")
    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert [u.username for u in dialog.model.users] == ["admin", "budi", "sari"]
    form = UserFormDialog(parent=dialog)
    form.username.setText("tono")
    form.full_name.setText("Tono")
    form.role.setCurrentIndex(form.role.findData("verifikator"))
    form.password.setText("tono-rahasia")
    form.repeat.setText("tono-rahasia")
    form.accept()
    assert form.result() == QDialog.Accepted
    dialog._reload("tono")
    assert dialog.selected().username == "tono" and dialog.selected().role == "verifikator"
    dialog.toggle_active()
    assert not accounts.get_user("tono").active
    dialog.select("admin")
    dialog.toggle_active()  # cannot deactivate oneself
    assert no_dialogs[-1][0] == "warning" and accounts.get_user("admin").active


def test_history_opens_for_the_selected_participant(qtbot, staffed_db, login_as, monkeypatch, no_dialogs):
    from jamsostek_desktop.ui.accounts import audit_view, menu

    login_as("budi")
    window = window_for(qtbot, staffed_db)
    p = Participant.select().first()
    enrolment.update(p.id, {"telepon": "081311112222"}, accept_warnings=True, reason="nomor baru")
    opened = []
    monkeypatch.setattr(audit_view.HistoryDialog, "exec",
                        lambda self: opened.append([self.model.row_values(r) for r in range(self.model.rowCount())]))
    monkeypatch.setattr(window, "selected_participant_ids", lambda: [p.id], raising=False)
    menu.show_history(window)
    assert opened and opened[0][0][5:9] == ("Nomor HP", opened[0][0][6], "081311112222", "nomor baru")
    monkeypatch.setattr(window, "selected_participant_ids", lambda: [], raising=False)
    menu.show_history(window)
    assert "Pilih satu peserta" in no_dialogs[-1][1]


def test_switch_user_rebuilds_the_window_for_the_new_role(qtbot, staffed_db, login_as, monkeypatch):
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.ui.accounts import menu, startup
    from jamsostek_desktop.ui.main_window import MainWindow

    login_as("admin")
    window = window_for(qtbot, staffed_db)
    names = [a.objectName() for a in window.menu("menu_berkas").actions() if a.objectName()]
    assert names[-1] == "quit" and {"change_password", "switch_user"} <= set(names)
    window.show()

    def as_budi(parent=None):
        login_as("budi")
        return True

    monkeypatch.setattr(startup, "run_login", as_budi)
    replacement = menu.relogin(window)
    qtbot.addWidget(replacement)
    assert isinstance(replacement, MainWindow) and replacement.isVisible() and not window.isVisible()
    assert session.current_username() == "budi"
    assert not action(replacement, "restore_backup").isEnabled()

