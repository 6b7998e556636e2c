"""The Impor Excel wizard and the Ekspor Excel dialog, driven through the real main window."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QWizard

from jamsostek_desktop.db.models import Participant

# The offscreen platform says so whenever a window is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SLAMET = "1872011208750003"
SITI = "1872015208800001"


def _book(path, rows, title="Ketua RT"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def window(kelurahan_db, qtbot):
    from jamsostek_desktop.app import create_main_window

    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def warnings_shown(message_boxes):
    return _Texts(message_boxes)


class _Texts:
    """The texts of the warning boxes shown so far (a live view)."""

    def __init__(self, boxes) -> None:
        self.boxes = boxes

    def __getitem__(self, index):
        return self.boxes.texts("warning")[index]

    def __len__(self) -> int:
        return len(self.boxes.texts("warning"))

    def __bool__(self) -> bool:
        return bool(len(self))


def _action(window, name):
    return next(a for a in window.menu("menu_data").actions() if a.objectName() == name)


def _read_file(wizard, qtbot) -> None:
    """Next on the file page: the file is read in the background, then the mapping page shows."""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)


def test_import_wizard_end_to_end(window, qtbot, tmp_path, monkeypatch):
    path = _book(tmp_path / "rt.xlsx", [
        ["DAFTAR KETUA RT"], [],
        ["No", "No. KTP", "Nama Lengkap", "Tgl Lahir", "L/P", "RT", "RW", "Catatan"],
        [1, SLAMET, "Slamet Riyadi", dt.date(1975, 8, 12), "L", "003", "002", "baru"],
        [2, 1.87201e15, "Siti Aminah", "12-08-1980", "P", 1, 1, ""],
    ])
    refreshed = []
    monkeypatch.setattr(window, "refresh_data", lambda: refreshed.append(True))
    _action(window, "excel_import").trigger()
    wizard = window._excel_import_wizard
    assert wizard.isVisible() and wizard.objectName() == "excel_import_wizard"

    wizard.file_page.path_edit.setText(str(path))
    assert wizard.file_page.strict_check.isChecked()    # all or nothing unless the clerk chooses
    wizard.file_page.strict_check.setChecked(False)     # this clerk keeps the valid rows
    _read_file(wizard, qtbot)
    combos = wizard.mapping_page.combos
    assert combos["No. KTP"].currentData() == "nik" and combos["Catatan"].currentData() == ""
    assert combos["Tgl Lahir"].currentData() == "tanggal_lahir"

    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert page.model.rowCount() == 1 and "Format Cells > Text" in page.model.problem(0).message
    assert page.isComplete() and Participant.select().count() == 0
    assert wizard.button(QWizard.CommitButton).text() == "Impor 1 peserta"
    window.grab()  # the page lays out without Qt warnings

    report_path = page.save_report_to(tmp_path / "laporan")
    assert load_workbook(report_path).sheetnames == ["Ketua RT", "Laporan"]

    wizard.button(QWizard.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert "1 peserta diimpor sebagai draf." in wizard.result_page.label.text()
    assert refreshed == [True]
    assert Participant.get().nik == SLAMET


def test_mapping_correction_is_remembered_for_the_next_file(window, qtbot, tmp_path):
    rows = [["Identitas", "Nama", "Lahir", "L/P", "RT", "RW"], [SLAMET, "Slamet", dt.date(1975, 8, 12), "L", 3, 2]]
    path = _book(tmp_path / "a.xlsx", rows)
    _action(window, "excel_import").trigger()
    wizard = window._excel_import_wizard
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.category_combo.setCurrentIndex(wizard.file_page.category_combo.findData("ketua-rt"))
    _read_file(wizard, qtbot)
    combos = wizard.mapping_page.combos
    combos["Identitas"].setCurrentIndex(combos["Identitas"].findData("nik"))
    combos["Lahir"].setCurrentIndex(combos["Lahir"].findData("tanggal_lahir"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10_000)
    wizard.button(QWizard.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    wizard.accept()

    second = _book(tmp_path / "b.xlsx", [rows[0], [SITI, "Siti", dt.date(1980, 8, 12), "P", 1, 1]])
    _action(window, "excel_import").trigger()
    wizard = window._excel_import_wizard
    wizard.file_page.path_edit.setText(str(second))
    _read_file(wizard, qtbot)
    assert wizard.mapping_page.combos["Identitas"].currentData() == "nik"
    assert wizard.mapping_page.combos["Lahir"].currentData() == "tanggal_lahir"


def test_a_file_that_is_not_excel_stays_on_the_first_page(window, qtbot, tmp_path, warnings_shown):
    bad = tmp_path / "catatan.xlsx"
    bad.write_text("bukan excel")
    _action(window, "excel_import").trigger()
    wizard = window._excel_import_wizard
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    qtbot.waitUntil(lambda: bool(warnings_shown), timeout=10_000)
    assert wizard.currentPage() is wizard.file_page
    assert "bukan berkas Excel" in warnings_shown[0]


def test_two_columns_for_one_field_are_refused_on_the_mapping_page(window, qtbot, tmp_path, warnings_shown):
    path = _book(tmp_path / "a.xlsx", [["NIK", "Nama", "No"], [SLAMET, "Slamet", 1]])
    _action(window, "excel_import").trigger()
    wizard = window._excel_import_wizard
    wizard.file_page.path_edit.setText(str(path))
    _read_file(wizard, qtbot)
    combo = wizard.mapping_page.combos["No"]
    combo.setCurrentIndex(combo.findData("nik"))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page and "sama-sama diisi ke NIK" in warnings_shown[0]


def test_all_rows_refused_cannot_be_committed(window, qtbot, tmp_path):
    path = _book(tmp_path / "a.xlsx", [["NIK", "Nama", "Tgl Lahir", "L/P", "RT", "RW"],
                                      ["123", "Salah", "12-08-1975", "L", 1, 1]])
    _action(window, "excel_import").trigger()
    wizard = window._excel_import_wizard
    wizard.file_page.path_edit.setText(str(path))
    _read_file(wizard, qtbot)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10_000)
    assert not wizard.check_page.isComplete()
    assert not wizard.button(QWizard.CommitButton).isEnabled()
    assert "semua atau tidak sama sekali" in wizard.check_page.summary.text()


def test_export_dialog_writes_the_chosen_list(window, qtbot, tmp_path):
    from jamsostek_desktop.services.participants import demo_data

    demo_data.generate(30, seed=5)
    _action(window, "excel_export").trigger()
    dialog = window._excel_export_dialog
    assert dialog.isVisible()
    dialog.bpjs_radio.setChecked(True)
    assert "daftar-kolektif-bpjs" in dialog.path_edit.text()
    out = tmp_path / "bpjs.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert "30 peserta diekspor" in dialog.status_label.text()
    ws = load_workbook(out).active
    assert ws.max_row == 32 and ws["B2"].value == "NIK"


def test_export_failure_is_a_message(window, qtbot, tmp_path, warnings_shown):
    """The database's own name typed as the target: refused with a message, the file untouched."""
    import hashlib

    from jamsostek_desktop.services.startup import database_path

    database = database_path()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    _action(window, "excel_export").trigger()
    dialog = window._excel_export_dialog
    dialog.path_edit.setText(str(database))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(warnings_shown), timeout=10_000)
    assert "basis data yang sedang dibuka" in warnings_shown[0] and dialog.export_button.isEnabled()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_problem_model_passes_the_model_tester(qtmodeltester):
    from jamsostek_desktop.services.excel.importing import RowProblem
    from jamsostek_desktop.ui.excel.problem_model import ProblemModel

    model = ProblemModel([RowProblem("Data", 3, "NIK", "NIK", "galat", "NIK wajib diisi."),
                          RowProblem("Data", 4, "Tgl Lahir", "Tanggal lahir", "peringatan", "Usia 70 tahun.")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.index(1, 4).data() == "Peringatan" and model.index(0, 1).data() == 3


def test_going_back_during_the_check_checks_again_with_the_new_choice(window, qtbot, tmp_path):
    path = _book(tmp_path / "a.xlsx", [["NIK", "Nama", "Tgl Lahir", "L/P", "RT", "RW", "Catatan"],
                                      [SLAMET, "Slamet", dt.date(1975, 8, 12), "L", 3, 2, "RT 3"]])
    _action(window, "excel_import").trigger()
    wizard = window._excel_import_wizard
    wizard.file_page.path_edit.setText(str(path))
    _read_file(wizard, qtbot)
    wizard.next()                      # the check starts ...
    wizard.back()                      # ... the clerk goes back at once
    combo = wizard.mapping_page.combos["Catatan"]
    combo.setCurrentIndex(combo.findData("alamat"))
    wizard.next()
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.report is not None and not page.running, timeout=10_000)
    assert page.report.mapping["Catatan"] == "alamat" and page.report.rows_valid == 1
