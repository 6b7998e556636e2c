"""Kirim data on the kelurahan side, Terima data and the conflict list on the city side, with pytest-qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.ui.main_window import MainWindow
from jamsostek_desktop.ui.sync import menu
from tests.unit.sync.conftest import nik, person

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def make_window(qtbot, offices, name) -> MainWindow:
    offices.use(name)
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def action(window, name):
    return next(a for a in window.menu("menu_sinkron").actions() if a.objectName() == name)


def test_kelurahan_sends_data(qtbot, offices, tmp_path):
    offices.use("city")
    pub, _ = sync_keys.generate_city_keys(tmp_path / "metro")
    offices.use("yosodadi")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    window = make_window(qtbot, offices, "yosodadi")
    names = [a.objectName() for a in window.menu("menu_sinkron").actions()]
    assert "sync_export" in names and "sync_import" not in names

    action(window, "sync_export").trigger()
    dialog = window._sync_export_dialog
    qtbot.waitExposed(dialog)
    assert "Belum pernah mengirim" in dialog.status_label.text()
    assert "TIDAK dienkripsi" in dialog.key_label.text()
    assert not dialog.resend_radio.isEnabled()
    assert dialog.install_city_key(str(pub))
    assert "Kota Metro" in dialog.key_label.text()

    out = tmp_path / "flashdisk"
    out.mkdir()
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.last_result.written and dialog.last_result.encrypted
    (written,) = out.iterdir()
    assert written.suffix == ".jamsync" and "Berkas nomor 1 ditulis" in dialog.result_label.text()
    assert "nomor 1" in dialog.status_label.text() and dialog.resend_radio.isEnabled()
    dialog.grab().save(str(tmp_path / "kirim.png"))

    # Nothing changed since: the clerk is told so, and no second file appears.
    dialog.last_result = None
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert not dialog.last_result.written and "Tidak ada perubahan" in dialog.result_label.text()
    assert len(list(out.iterdir())) == 1

    # A lost file is written again from the history.
    dialog.resend_radio.setChecked(True)
    dialog.last_result = None
    qtbot.mouseClick(dialog.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.last_result.resend and dialog.last_result.sequence == 1
    dialog.close()


def files_with_a_duplicate(offices, tmp_path):
    offices.use("yosodadi")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    enrolment.enrol(person(nik(2), "Orang Dua"), "ketua-rt", accept_warnings=True)
    a = sync_export.export(tmp_path / "a.jamsync")
    offices.use("hadimulyo")
    enrolment.enrol(person(nik(2), "Orang Dua Lagi"), "ketua-rt", accept_warnings=True)
    b = sync_export.export(tmp_path / "b.jamsync")
    broken = tmp_path / "rusak.jamsync"
    broken.write_bytes(a.path.read_bytes()[:300])
    return [str(a.path), str(b.path), str(broken)]


def test_city_receives_data_reads_the_report_and_resolves_a_duplicate(qtbot, qtmodeltester, offices, tmp_path):
    paths = files_with_a_duplicate(offices, tmp_path)
    window = make_window(qtbot, offices, "city")
    names = [a.objectName() for a in window.menu("menu_sinkron").actions()]
    assert "sync_import" in names and "sync_issues" in names and "sync_export" not in names
    refreshed = []
    window.refresh_data = lambda: refreshed.append(True)

    dialog = menu.open_import_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.start(paths)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    assert not dialog.progress.isVisible()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 3
    cells = [[dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())] for r in range(3)]
    by_file = {row[0]: row for row in cells}
    assert by_file["a.jamsync"][3] == "Digabung" and by_file["a.jamsync"][4] == "2"
    assert by_file["b.jamsync"][10] == "1"                      # one duplicate NIK
    assert by_file["rusak.jamsync"][3] == "Ditolak"
    assert "1 ditolak" in dialog.summary_label.text() or "ditolak" in dialog.summary_label.text()
    assert "rusak" in dialog.notes.toPlainText()
    assert refreshed, "the window's lists were not reloaded"
    assert dialog.issues_button.isEnabled() and "(1)" in dialog.issues_button.text()
    dialog.grab().save(str(tmp_path / "terima.png"))

    qtbot.mouseClick(dialog.issues_button, Qt.LeftButton)
    issues = window._sync_issues_dialog
    qtbot.waitExposed(issues)
    qtmodeltester.check(issues.model)
    qtmodeltester.check(issues.detail_model)
    assert issues.model.rowCount() == 1 and issues.model.index(0, 0).data() == "NIK ganda"
    assert issues.keep_button.isVisible() and not issues.incoming_button.isVisible()
    people = {issues.detail_model.index(r, 0).data(): r for r in range(issues.detail_model.rowCount())}
    assert set(people) == {"Orang Dua", "Orang Dua Lagi"}
    issues.detail_table.selectRow(people["Orang Dua"])
    issues.note_edit.setText("Domisili di Yosodadi")
    qtbot.mouseClick(issues.keep_button, Qt.LeftButton)
    assert issues.model.rowCount() == 0
    assert Participant.live().where(Participant.nik == nik(2)).count() == 1
    assert Participant.live().where(Participant.nik == nik(2)).get().nama == "Orang Dua"
    issues.show_resolved.setChecked(True)
    assert issues.model.rowCount() == 1 and "Domisili di Yosodadi" in issues.model.index(0, 5).data()
    issues.close()
    dialog.close()


def test_city_resolves_a_conflict_in_the_list(qtbot, offices, tmp_path):
    offices.use("yosodadi")
    uuid = enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True).uuid
    first = sync_export.export(tmp_path / "1.jamsync")
    window = make_window(qtbot, offices, "city")
    dialog = menu.open_import_dialog(window, [str(first.path)])
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    enrolment.update(Participant.by_uuid(uuid).id, {"alamat": "Versi kota"}, accept_warnings=True)
    offices.use("yosodadi")
    enrolment.update(Participant.by_uuid(uuid).id, {"alamat": "Versi kelurahan"}, accept_warnings=True)
    second = sync_export.export(tmp_path / "2.jamsync")
    offices.use("city")
    dialog.report = None
    dialog.start([str(second.path)])
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.files[0].conflicts == 1

    issues = menu.open_issues_dialog(window)
    qtbot.waitExposed(issues)
    assert issues.incoming_button.isVisible() and issues.model.index(0, 0).data() == "Konflik"
    rows = {issues.detail_model.index(r, 0).data(): r for r in range(issues.detail_model.rowCount())}
    alamat = rows["Alamat"]
    assert issues.detail_model.index(alamat, 1).data() == "Versi kelurahan"
    assert issues.detail_model.index(alamat, 2).data() == "Versi kota"
    assert issues.detail_model.index(alamat, 0).data(Qt.FontRole).bold()
    issues.grab().save(str(tmp_path / "konflik.png"))
    qtbot.mouseClick(issues.current_button, Qt.LeftButton)
    assert issues.model.rowCount() == 0
    assert Participant.by_uuid(uuid).alamat == "Versi kota"
    issues.close()
    dialog.close()
