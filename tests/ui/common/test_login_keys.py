"""The login as a clerk does it: type the name, Tab, type the password, Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from jamsostek_desktop.ui.accounts.dialogs import LAST_USER_KEY, LoginDialog
from tests.conftest import PASSWORDS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def no_remembered_name():
    """Qt keeps its settings file for the whole process: start each test without a last name."""
    QSettings("JamsostekDesktop", "JamsostekDesktop").remove(LAST_USER_KEY)
    yield
    QSettings("JamsostekDesktop", "JamsostekDesktop").remove(LAST_USER_KEY)


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def _type(qtbot, text: str) -> None:
    """Keys go where the focus is, as on a real keyboard."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_typing_starts_in_the_name_and_enter_signs_in(qtbot, staffed_db):
    dialog = _shown(qtbot, LoginDialog("Kelurahan Yosodadi"))
    assert QApplication.focusWidget() is dialog.username
    _type(qtbot, "sari")
    _press(qtbot, Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.password
    _type(qtbot, PASSWORDS["sari"])
    _press(qtbot, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted and dialog.actor.username == "sari"


def test_tab_goes_through_the_fields_then_the_buttons(qtbot, staffed_db):
    dialog = _shown(qtbot, LoginDialog())
    ok, cancel = dialog.buttons.button(QDialogButtonBox.Ok), dialog.buttons.button(QDialogButtonBox.Cancel)
    visited = [QApplication.focusWidget()]
    for _ in range(4):
        _press(qtbot, Qt.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [dialog.username, dialog.password, ok, cancel, dialog.username]
    assert ok.isDefault() and not cancel.isDefault()


def test_a_remembered_name_puts_the_typing_in_the_password(qtbot, staffed_db):
    QSettings("JamsostekDesktop", "JamsostekDesktop").setValue(LAST_USER_KEY, "budi")
    dialog = _shown(qtbot, LoginDialog())
    assert dialog.username.text() == "budi" and QApplication.focusWidget() is dialog.password
    _type(qtbot, "salah")
    _press(qtbot, Qt.Key_Enter)                      # the keypad's Enter too
    assert dialog.isVisible() and "Sisa percobaan" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.password and dialog.password.text() == ""
    _type(qtbot, PASSWORDS["budi"])
    _press(qtbot, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
