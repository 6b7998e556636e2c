"""The "Impor Excel" wizard: file and category, column mapping, per-row check, confirm, result.

    1 Berkas    [path ..................] [Pilih berkas…]
                Kategori [Tentukan dari berkas v]   [ ] semua atau tidak sama sekali
    2 Kolom     No. KTP      contoh: 1872…       -> [NIK            v]
                Nama Lengkap contoh: Slamet …    -> [Nama lengkap   v]   (remembered)
    3 Periksa   "120 baris siap diimpor; 3 baris bermasalah"
                | Lembar | Baris | Kolom | Data | Tingkat | Masalah |   [Simpan laporan…]
                                                                  [Impor 120 peserta]
    4 Selesai   "120 peserta diimpor sebagai draf."

Reading the file, the check (a dry run) and the import run off the GUI thread
(ui.common.operations); nothing is written before the clerk presses the commit
button on page 3. The check reports its progress and can be cancelled. Pages 2-4
are shared with the resident register's import (ui/excel/wizard_pages.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWizard,
    QWizardPage,
)

from jamsostek_desktop.services.excel import importing as excel_import
from jamsostek_desktop.services.excel import reader as excel_reader
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.labels import catalogue_label
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.excel.wizard_pages import CheckPage, MappingPage, ResultPage

log = logging.getLogger(__name__)

EXCEL_FILTER = QT_TRANSLATE_NOOP("FilePage", "Berkas Excel (*.xlsx *.xlsm *.xls *.ods);;Semua berkas (*)")


class FilePage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pilih berkas Excel"))
        self.setSubTitle(self.tr("Berkas .xlsx, .xls atau .ods berisi daftar peserta. Judul laporan di atas "
                                 "tabel dan judul kolom yang digabung (merge) tidak masalah."))
        self.path_edit = QLineEdit(objectName="file_edit")
        self.path_edit.setPlaceholderText(self.tr("Lokasi berkas"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Pilih berkas…"), objectName="browse_button")
        browse.clicked.connect(self._browse)
        self.category_combo = QComboBox(objectName="category_combo")
        self.category_combo.addItem(self.tr("Tentukan dari berkas (kolom Kategori atau nama lembar)"), None)
        for group, categories in catalogue.groups():
            for category in categories:
                self.category_combo.addItem(f"{catalogue_label(category.name)}  ({catalogue_label(group)})",
                                            category.code)
        self.strict_check = QCheckBox(
            self.tr("Batalkan seluruh impor bila ada satu baris bermasalah (semua atau tidak sama sekali)"),
            objectName="strict_check")
        self.strict_check.setChecked(True)   # a file import is all-or-nothing unless the clerk chooses
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Berkas:"), row)
        form.addRow(self.tr("Kategori:"), self.category_combo)
        form.addRow("", self.strict_check)
        self.operation: Operation | None = None
        self._read_for: tuple[Path, str | None] | None = None
        self.path_edit.textChanged.connect(self._forget)
        self.category_combo.currentIndexChanged.connect(self._forget)

    def _forget(self, *_args) -> None:
        self._read_for = None

    def _browse(self) -> None:
        settings = QSettings("JamsostekDesktop", "JamsostekDesktop")
        start = self.path_edit.text() or str(settings.value("excel/import_folder") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas Excel"), start, self.tr(EXCEL_FILTER))
        if path:
            self.path_edit.setText(path)
            settings.setValue("excel/import_folder", str(Path(path).parent))

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return bool(self.path_edit.text().strip()) and not self.reading

    @property
    def reading(self) -> bool:
        return self.operation is not None and self.operation.running

    def request(self) -> tuple[Path, str | None]:
        return Path(self.path_edit.text().strip()).expanduser(), self.category_code

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        """Read the file in the background; the wizard moves on when it has been read."""
        wizard: ImportWizard = self.wizard()
        if self._read_for == self.request() and wizard.workbook is not None:
            return True
        if self.reading:
            return False
        path, code = request = self.request()

        def read():
            workbook = excel_reader.read(path, code)
            allowed = {t for t, _ in excel_reader.targets(code)}
            return workbook, excel_reader.suggested(workbook, excel_reader.extra_labels(code), allowed)

        self.operation = Operation(self, read).with_progress(self.tr("Membaca berkas…")) \
            .success(lambda result: self._read(request, result)) \
            .failure(lambda exc: messages.show_error(self, self.tr("Berkas tidak dapat diimpor"), exc)).run()
        self.completeChanged.emit()
        return False

    def _read(self, request, result) -> None:
        wizard: ImportWizard = self.wizard()
        wizard.workbook, suggestion = result
        wizard.mapping, wizard.unsure = dict(suggestion.mapping), dict(suggestion.unsure)
        self._read_for = request
        self.completeChanged.emit()
        if wizard.currentPage() is self:
            wizard.next()

    @property
    def category_code(self) -> str | None:
        return self.category_combo.currentData()


class ImportWizard(QWizard):
    def __init__(self, parent=None, on_imported=None) -> None:
        super().__init__(parent)
        self.setObjectName("excel_import_wizard")
        self.setWindowTitle(self.tr("Impor Excel"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.NoCancelButtonOnLastPage, True)
        # Qt's own button texts are English unless a Qt translation is installed.
        for button, text in ((QWizard.BackButton, self.tr("< Kembali")), (QWizard.NextButton, self.tr("Lanjut >")),
                             (QWizard.CancelButton, self.tr("Batal")), (QWizard.FinishButton, self.tr("Selesai")),
                             (QWizard.CommitButton, self.tr("Impor"))):
            self.setButtonText(button, text)
        self.workbook: excel_reader.Workbook | None = None
        self.mapping: dict[str, str] = {}
        self.unsure: dict[str, str] = {}
        self.result_report: excel_import.ImportReport | None = None
        self._on_imported = on_imported
        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.check_page = CheckPage()
        self.result_page = ResultPage()
        for page in (self.file_page, self.mapping_page, self.check_page, self.result_page):
            self.addPage(page)
        self.resize(900, 620)

    def reject(self) -> None:
        # An import half way through finishes first; its transaction is all or nothing anyway.
        if not self.check_page.running and not self.file_page.reading:
            super().reject()

    def request(self) -> tuple[Path, str | None, dict[str, str], bool]:
        return (Path(self.file_page.path_edit.text().strip()).expanduser(), self.file_page.category_code,
                dict(self.mapping), self.file_page.strict_check.isChecked())

    def data_changed(self) -> None:
        if self._on_imported is not None:
            self._on_imported()

    # --- what the shared pages ask (ui/excel/wizard_pages.py) -------------------------------
    def strict(self) -> bool:
        return self.file_page.strict_check.isChecked()

    def mapping_targets(self) -> list[tuple[str, str]]:
        return excel_reader.targets(self.file_page.category_code)

    def check_mapping(self, mapping: dict[str, str]) -> list:
        allowed = {t for t, _ in self.mapping_targets()}
        return [excel_reader.check_mapping(mapping, s.labels, allowed) for s in self.workbook.rosters]

    def runner(self, *, dry_run: bool):
        """The import as a call taking the progress reporter (None when not reported)."""
        path, code, mapping, strict = self.request()
        return lambda report: excel_import.import_file(path, code, dry_run, mapping, strict=strict, progress=report)

    def commit_text(self, report) -> str:
        return self.tr("Impor %n peserta", "", report.rows_valid)

    def result_text(self, report) -> str:
        return self.tr("Peserta yang diimpor berstatus draf; periksa dan verifikasi seperti data yang diketik.")

    def source_path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip()).expanduser()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
