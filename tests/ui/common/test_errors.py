"""An unexpected error in a slot: logged with its traceback, told in one dialog, the program goes on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QtMsgType, qWarning
from PySide6.QtWidgets import QPushButton

from jamsostek_desktop import logging_setup
from jamsostek_desktop.ui.common import errors


@pytest.fixture
def crash_reporting(isolated_home):
    """The program's excepthook and Qt message handler, as app.main installs them."""
    logging_setup.setup_logging()
    errors.install()
    yield logging_setup.log_path()
    errors.uninstall()


def _slot_that_fails():
    raise ValueError("kesalahan uji dalam slot")


# pytest-qt turns exceptions in slots into test failures by replacing sys.excepthook during a
# test; here the program's own hook must see them, so that capture is off for this test.
@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown_and_the_program_goes_on(qtbot, crash_reporting):
    assert sys.excepthook is errors.excepthook
    button = QPushButton("Uji")
    qtbot.addWidget(button)
    button.clicked.connect(_slot_that_fails)
    button.click()
    qtbot.waitUntil(lambda: errors.current_dialog() is not None, timeout=5_000)

    logged = crash_reporting.read_text(encoding="utf-8")
    assert "unexpected error" in logged and "Traceback" in logged
    assert "ValueError: kesalahan uji dalam slot" in logged and "_slot_that_fails" in logged
    dialog = errors.current_dialog()
    assert dialog.isVisible() and dialog.windowTitle() == "Terjadi kesalahan program"
    assert str(crash_reporting) in dialog.text()
    assert "kesalahan uji dalam slot" in dialog.detailedText()

    # A second failure while the box is open adds to it rather than stacking boxes.
    button.click()
    qtbot.wait(50)
    assert errors.current_dialog() is dialog and "(+1)" in dialog.detailedText()
    # The program keeps running: the event loop still serves the button.
    served = []
    button.clicked.disconnect()
    button.clicked.connect(lambda: served.append(True))
    button.click()
    assert served == [True]
    dialog.close()
    qtbot.waitUntil(lambda: errors.current_dialog() is None, timeout=5_000)


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_background_thread_reaches_the_same_dialog(qtbot, crash_reporting):
    import threading

    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: errors.current_dialog() is not None, timeout=5_000)
    assert "ZeroDivisionError" in crash_reporting.read_text(encoding="utf-8")
    errors.current_dialog().close()


@pytest.mark.qt_log_ignore("uji$")
def test_qt_warnings_go_to_the_log_file(qtbot, crash_reporting):
    errors.qt_message_handler(QtMsgType.QtWarningMsg, None, "QPainter::begin: uji")
    assert "WARNING jamsostek_desktop.qt: QPainter::begin: uji" in crash_reporting.read_text(encoding="utf-8")


@pytest.mark.qt_log_ignore("uji dari qWarning")
def test_the_installed_handler_receives_qt_messages(qtbot, crash_reporting):
    qWarning("uji dari qWarning")
    assert "uji dari qWarning" in crash_reporting.read_text(encoding="utf-8")
