"""The check page's header says what the choice on the first page does with rows that have
problems: by default (all or nothing) none is imported; chosen otherwise, the good rows are."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWizard

from tests.ui.excel.test_excel_ui import SLAMET, _action, _book, _read_file, window  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _checked(window, qtbot, tmp_path, strict: bool | None):  # noqa: F811
    path = _book(tmp_path / "rt.xlsx", [
        ["No", "No. KTP", "Nama Lengkap", "Tgl Lahir", "L/P", "RT", "RW"],
        [1, SLAMET, "Slamet Riyadi", dt.date(1975, 8, 12), "L", 3, 2],
        [2, 1.87201e15, "Siti Aminah", "12-08-1980", "P", 1, 1],
    ])
    _action(window, "excel_import").trigger()
    wizard = window._excel_import_wizard
    wizard.file_page.path_edit.setText(str(path))
    if strict is not None:
        wizard.file_page.strict_check.setChecked(strict)
    _read_file(wizard, qtbot)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10_000)
    return wizard


def test_the_default_all_or_nothing_is_what_the_header_says(window, qtbot, tmp_path):  # noqa: F811
    wizard = _checked(window, qtbot, tmp_path, None)
    assert wizard.file_page.strict_check.isChecked()
    header = wizard.check_page.subTitle()
    assert "tidak ada yang diimpor" in header and "tidak ikut diimpor" not in header
    assert not wizard.button(QWizard.CommitButton).isEnabled()      # as said: nothing can be imported
    wizard.reject()


def test_keeping_the_good_rows_is_what_the_header_says(window, qtbot, tmp_path):  # noqa: F811
    wizard = _checked(window, qtbot, tmp_path, False)
    header = wizard.check_page.subTitle()
    assert "Baris bermasalah tidak ikut diimpor" in header
    assert wizard.button(QWizard.CommitButton).isEnabled()
    wizard.reject()
