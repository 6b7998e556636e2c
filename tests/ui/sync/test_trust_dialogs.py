"""Kirim data shows this computer's fingerprint and prints the surat pengantar; Terima data
accepts a kelurahan's key only with the fingerprint typed from that letter (issue 12)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from jamsostek_desktop.db.sync_models import SyncPeer
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.ui.main_window import MainWindow
from jamsostek_desktop.ui.sync import menu
from tests.unit.sync.conftest import Offices, nik, person

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def strangers(tmp_path) -> Offices:
    """Yosodadi and a city that has accepted no installation yet."""
    o = Offices(tmp_path / "db")
    o.folder.mkdir()
    for name in ("yosodadi", "city"):
        o.create(name)
    return o


def test_kirim_data_shows_the_fingerprint_and_prints_the_letter(qtbot, strangers, tmp_path):
    strangers.use("yosodadi")
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = menu.open_export_dialog(window)
    qtbot.waitExposed(dialog)
    _, fingerprint = sync_keys.own_fingerprint()
    box = dialog.fingerprint_box
    assert fingerprint in box.fingerprint_label.text()
    for width in (1024, 1366):
        dialog.resize(min(width, 900), 620)
        dialog.grab().save(str(tmp_path / f"kirim-{width}.png"))

    box.write_letter(str(tmp_path / "surat"))
    qtbot.waitUntil(lambda: box.written is not None, timeout=20_000)
    reader = PdfReader(box.written)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert fingerprint in text and "SIDIK KUNCI" in text and "KELURAHAN YOSODADI" in text
    assert "Pengiriman data peserta BPJS Ketenagakerjaan" in text
    dialog.close()


def test_terima_data_accepts_a_key_only_with_the_typed_fingerprint(qtbot, strangers, tmp_path):
    strangers.use("yosodadi")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    sent = sync_export.export(tmp_path / "kirim.jamsync")
    strangers.use("city")
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = menu.open_import_dialog(window, [str(sent.path)])
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.refused and dialog.accept_key_button.isVisibleTo(dialog)
    assert "sidik kunci" in dialog.notes.toPlainText()

    key = dialog.choose_key_file()
    qtbot.waitExposed(key)
    intro = key.findChild(type(key.message), "intro_label").text()
    assert "Yosodadi (18.72.01.1001)" in intro
    assert sent.fingerprint not in intro                   # typed from the letter, never shown
    key.fingerprint_edit.setFocus()
    qtbot.keyClicks(key.fingerprint_edit, "00000000000000000000")
    qtbot.mouseClick(key.accept_button, Qt.LeftButton)
    assert key.isVisible() and key.message.isVisible() and "TIDAK diterima" in key.message.text()
    assert SyncPeer.select().count() == 0
    for width in (1024, 1366):
        key.grab().save(str(tmp_path / f"terima-kunci-{width}.png"))

    key.fingerprint_edit.clear()
    qtbot.keyClicks(key.fingerprint_edit, sent.fingerprint.replace(" ", "").lower())
    previous = dialog.report
    qtbot.mouseClick(key.accept_button, Qt.LeftButton)
    assert not key.isVisible()
    qtbot.waitUntil(lambda: dialog.report is not previous and dialog.report is not None, timeout=20_000)
    assert not dialog.report.refused and dialog.report.files[0].added == 1
    assert SyncPeer.select().count() == 1
    dialog.close()
