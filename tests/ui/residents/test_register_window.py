"""The Data penduduk window and its import wizard, driven through the real main window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from jamsostek_desktop.db.resident_models import Resident
from jamsostek_desktop.ui.residents.model import KEYS
from tests.unit.residents.layouts import BY_NAME, PEOPLE, write, write_layout

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _open(window):
    action = next(a for a in window.menu("menu_data").actions() if a.objectName() == "residents")
    action.trigger()
    return window._residents_window


def _import(dialog, qtbot, path, answers: dict | None = None):
    wizard = dialog.open_import()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    for label, target in (answers or {}).items():
        combo = wizard.mapping_page.combos[label]
        combo.setCurrentIndex(combo.findData(target))
    return wizard


def test_an_empty_register_says_how_to_fill_it_and_the_wizard_fills_it(window, qtbot, tmp_path, qtmodeltester):
    dialog = _open(window)
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 0 and "Belum ada data penduduk" in dialog.empty_label.text()
    wizard = _import(dialog, qtbot, write_layout(tmp_path, "kk_block", ".ods"))
    combos = wizard.mapping_page.combos
    assert combos["NIK"].currentData() == "nik" and combos["TANGGAL"].currentData() == "tanggal_lahir"
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert "7 penduduk siap disimpan (3 KK)" in page.summary.text()
    assert wizard.button(QWizard.CommitButton).text() == "Simpan 7 penduduk"
    assert Resident.select().count() == 0
    wizard.button(QWizard.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert Resident.select().count() == len(PEOPLE)
    assert dialog.model.rowCount() == len(PEOPLE) and dialog.empty_label.isHidden()
    assert "7 penduduk (3 KK): 7 hidup" in dialog.counts_label.text()
    assert "kk_block.ods" in dialog.latest_label.text()
    assert " WIB " in dialog.latest_label.text() and "UTC" not in dialog.latest_label.text()   # Lampung's time
    qtmodeltester.check(dialog.model)


def test_search_and_status_filter(register_window, qtbot):
    dialog = _open(register_window)
    assert dialog.model.rowCount() == len(PEOPLE)
    dialog.search.setText("ahmad")
    dialog.apply_filters()
    assert dialog.model.rowCount() == 1
    row = [dialog.model.index(0, c).data() for c in range(len(KEYS))]
    assert row[KEYS.index("nama")] == "AHMAD MARUF" and row[KEYS.index("status")] == "Pindah"
    assert row[KEYS.index("rt_rw")] == "002/-"
    dialog.search.setText(BY_NAME["SLAMET RIYADI"].kk[:14])
    dialog.apply_filters()
    assert dialog.model.rowCount() == 2          # the family by its KK number
    dialog.search.clear()
    dialog.status.setCurrentIndex(dialog.status.findData("mati"))
    assert [dialog.model.index(r, KEYS.index("nama")).data() for r in range(dialog.model.rowCount())] == ["SUPARMI"]
    dialog.search.setText("zzz")
    dialog.apply_filters()
    assert dialog.model.rowCount() == 0 and "Tidak ada penduduk yang cocok" in dialog.empty_label.text()


def test_a_doubtful_column_must_be_answered_in_the_mapping_step(window, qtbot, tmp_path, message_boxes):
    p = BY_NAME["SLAMET RIYADI"]
    path = write(tmp_path / "paspor.xlsx", [["NIK", "Nama", "Tanggal Akhir Paspor"], [p.nik, p.nama, "01-01-2030"]])
    dialog = _open(window)
    wizard = _import(dialog, qtbot, path)
    page = wizard.mapping_page
    assert page.combos["Tanggal Akhir Paspor"].currentData() is None and page.notice.isVisible()
    assert "mungkin Tanggal lahir" in page.combos["Tanggal Akhir Paspor"].currentText()
    wizard.next()
    assert wizard.currentPage() is page and "Tanggal Akhir Paspor" in message_boxes.texts("warning")[-1]
    page.combos["Tanggal Akhir Paspor"].setCurrentIndex(page.combos["Tanggal Akhir Paspor"].findData(""))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10_000)
    wizard.button(QWizard.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert Resident.get().tanggal_lahir is None
