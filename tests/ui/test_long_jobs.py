"""Every job that takes seconds on a large database runs off the GUI thread, and its callback fires.

Each case triggers the real GUI action over a small database, with the service call it
makes wrapped to note which thread ran it; the window answers meanwhile because that
thread is never the GUI's (ui.common.operations).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.gallery import _excel_file

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(staffed_db, login_as, qtbot):
    from jamsostek_desktop.services.backup import copies
    from jamsostek_desktop.services.participants import demo_data
    from jamsostek_desktop.ui.main_window import MainWindow

    login_as("admin")
    demo_data.generate(25, seed=2)
    copies.make_backup()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def threads(monkeypatch):
    """wrap(module, name): the function records the thread it runs on, then does its work."""
    seen: dict[str, QThread] = {}

    def wrap(module, name):
        real = getattr(module, name)

        def recorded(*args, **kwargs):
            seen[name] = QThread.currentThread()
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, recorded)

    wrap.seen = seen
    return wrap


def _off_gui_thread(seen, name) -> bool:
    return name in seen and seen[name] is not QApplication.instance().thread()


def test_print_preview(window, qtbot, threads):
    from jamsostek_desktop.services.printing import child
    from jamsostek_desktop.ui.printing.menu import open_print_dialog

    threads(child, "write")         # which waits on the child process that draws
    dialog = open_print_dialog(window)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    assert _off_gui_thread(threads.seen, "write") and dialog.last_result.pages >= 1


def test_excel_read_check_import_and_export(window, qtbot, threads, tmp_path):
    from jamsostek_desktop.services.excel import export, importing, reader
    from jamsostek_desktop.ui.excel.menu import open_export_dialog, open_import_wizard

    threads(reader, "read")
    threads(importing, "import_file")
    wizard = open_import_wizard(window)
    wizard.file_page.path_edit.setText(str(_excel_file(tmp_path / "rt.xlsx")))
    wizard.file_page.strict_check.setChecked(False)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    assert _off_gui_thread(threads.seen, "read")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10_000)
    assert _off_gui_thread(threads.seen, "import_file") and wizard.check_page.report.rows_valid == 1
    wizard.check_page.validatePage()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    wizard.close()

    threads(export, "export")
    dialog = open_export_dialog(window)
    dialog.path_edit.setText(str(tmp_path / "out.xlsx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert _off_gui_thread(threads.seen, "export") and (tmp_path / "out.xlsx").exists()


def test_excel_check_can_be_cancelled(window, qtbot, tmp_path, monkeypatch):
    import threading

    from jamsostek_desktop.services.excel import importing
    from jamsostek_desktop.ui.excel.menu import open_import_wizard

    # The check pauses at its first progress report until the clerk has pressed the button.
    pressed = threading.Event()
    real = importing.import_file

    def check_waiting_for_the_clerk(*args, progress=None, **kwargs):
        def report(done, total):
            progress(done, total)
            pressed.wait(timeout=10)
            progress(done, total)          # the first report after the cancel stops the work

        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(importing, "import_file", check_waiting_for_the_clerk)
    wizard = open_import_wizard(window)
    wizard.file_page.path_edit.setText(str(_excel_file(tmp_path / "rt.xlsx")))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    wizard.next()
    page = wizard.check_page
    assert page.running and page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    assert page.report is None and not page.isComplete()
    assert "dihentikan" in page.summary.text() and not page.cancel_button.isVisible()


def test_sync_export_and_import(window, qtbot, threads, tmp_path):
    from jamsostek_desktop.services.sync import export, importing
    from jamsostek_desktop.ui.sync.import_dialog import ImportDialog
    from jamsostek_desktop.ui.sync.menu import open_export_dialog

    threads(export, "export")
    dialog = open_export_dialog(window)
    dialog.path_edit.setText(str(tmp_path))
    dialog.send()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert _off_gui_thread(threads.seen, "export") and dialog.last_result.written

    threads(importing, "import_files")
    receive = ImportDialog(window)
    qtbot.addWidget(receive)
    receive.start([str(dialog.last_result.path)])
    # A kelurahan database refuses to receive: the failure comes back to the dialog.
    qtbot.waitUntil(lambda: not receive.operation.running, timeout=10_000)
    assert _off_gui_thread(threads.seen, "import_files")
    assert "kantor kota" in receive.summary_label.text()


def test_backup_now_integrity_check_and_restore(window, qtbot, threads, message_boxes, monkeypatch):
    from jamsostek_desktop.services.backup import copies, integrity
    from jamsostek_desktop.ui.accounts import backup_ui, menu

    threads(copies, "make_backup")
    operation = backup_ui.backup_now(window)
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert _off_gui_thread(threads.seen, "make_backup") and message_boxes[-1][0] == "information"

    threads(integrity, "full_check")
    operation = menu.check_database(window)
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert _off_gui_thread(threads.seen, "full_check")
    assert message_boxes[-1][0] == "information" and "Basis data baik" in message_boxes[-1][1]

    threads(copies, "restore")
    relogged = []
    monkeypatch.setattr(menu, "relogin", relogged.append)

    def choose_the_newest(dialog):
        dialog.chosen = copies.list_backups()[0].path
        return QDialog.Accepted

    monkeypatch.setattr(backup_ui.RestoreDialog, "exec", choose_the_newest)
    operation = menu.restore_backup(window)
    qtbot.waitUntil(lambda: not operation.running, timeout=20_000)
    assert _off_gui_thread(threads.seen, "restore") and relogged == [window]
