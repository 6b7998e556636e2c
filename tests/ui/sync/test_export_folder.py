"""Kirim data's "Simpan ke": an existing folder is proposed, the file is named for the kelurahan
and the day, and a folder that is not there (a flash disk pulled out) is refused, not created."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.ui.main_window import MainWindow
from jamsostek_desktop.ui.sync import export_dialog, menu
from tests.unit.sync.conftest import nik, person

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot, offices):
    offices.use("yosodadi")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    window = MainWindow()
    qtbot.addWidget(window)
    opened = menu.open_export_dialog(window)
    qtbot.waitExposed(opened)
    yield opened
    opened.close()
    QSettings("JamsostekDesktop", "JamsostekDesktop").remove(export_dialog.FOLDER_KEY)


def test_an_existing_folder_is_proposed_even_when_the_last_one_is_gone(qtbot, offices, tmp_path):
    QSettings("JamsostekDesktop", "JamsostekDesktop").setValue(export_dialog.FOLDER_KEY, str(tmp_path / "flashdisk"))
    assert export_dialog.proposed_folder().is_dir()
    (tmp_path / "flashdisk").mkdir()
    assert export_dialog.proposed_folder() == tmp_path / "flashdisk"
    QSettings("JamsostekDesktop", "JamsostekDesktop").remove(export_dialog.FOLDER_KEY)


def test_the_file_name_says_kelurahan_and_date(dialog, qtbot, tmp_path):
    from pathlib import Path

    assert Path(dialog.path_edit.text()).is_dir()
    today = f"{dt.date.today():%Y%m%d}"
    assert f"kirim-yosodadi-1872011001-0001-{today}.jamsync" in dialog.file_label.text()
    out = tmp_path / "flashdisk"
    out.mkdir()
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    (written,) = out.iterdir()
    assert written.name == f"kirim-yosodadi-1872011001-0001-{today}.jamsync"
    assert export_dialog.proposed_folder() == out                 # remembered for next time
    assert "0002" in dialog.file_label.text()                      # the next file's number


def test_a_folder_that_is_not_there_is_refused(dialog, qtbot, tmp_path, message_boxes):
    gone = tmp_path / "flashdisk" / "kiriman"
    dialog.path_edit.setText(str(gone))
    assert "tidak ada" in dialog.file_label.text()
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("warning")), timeout=10_000)
    assert "tidak ada" in message_boxes.texts("warning")[0]
    assert not (tmp_path / "flashdisk").exists()                   # nothing created, nothing written
    assert not list(tmp_path.glob("*.jamsync"))
