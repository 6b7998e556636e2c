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
button on page 3. The check reports its progress and can be cancelled.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.excel import importing as excel_import
from jamsostek_desktop.services.excel import reader as excel_reader
from jamsostek_desktop.services.excel.import_report import save_report
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label, field_label
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.excel.problem_model import ProblemModel

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
            return workbook, excel_reader.suggested_mapping(workbook, code)

        self.operation = Operation(self, read).with_progress(self.tr("Membaca berkas…")) \
            .success(lambda result: self._read(request, result)) \
            .failure(lambda exc: messages.show_error(self, self.tr("Berkas tidak dapat diimpor"), exc)).run()
        self.completeChanged.emit()
        return False

    def _read(self, request, result) -> None:
        wizard: ImportWizard = self.wizard()
        wizard.workbook, wizard.mapping = result
        self._read_for = request
        self.completeChanged.emit()
        if wizard.currentPage() is self:
            wizard.next()

    @property
    def category_code(self) -> str | None:
        return self.category_combo.currentData()


class MappingPage(QWizardPage):
    """One combo per column label: which field the column fills."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Cocokkan kolom"))
        self.setSubTitle(self.tr("Periksa isi setiap kolom. Kolom yang tidak diperlukan pilih '(abaikan)'. "
                                 "Pilihan ini diingat untuk berkas berikutnya dengan judul kolom yang sama."))
        self.combos: dict[str, QComboBox] = {}
        self.scroll = QScrollArea(objectName="mapping_scroll")
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        wizard: ImportWizard = self.wizard()
        options = excel_reader.targets(wizard.file_page.category_code)
        body = QWidget()
        form = QFormLayout(body)
        self.combos = {}
        for i, label in enumerate(wizard.workbook.labels):
            combo = QComboBox(objectName=f"map_{i}")
            for target, text in options:
                combo.addItem(field_label(text), target)
            combo.setCurrentIndex(max(0, combo.findData(wizard.mapping.get(label, ""))))
            samples = ", ".join(s[:24] for s in wizard.workbook.samples(label))
            caption = QLabel(self.tr("<b>{column}</b><br><small>contoh: {samples}</small>").format(
                column=_html(translated(label)), samples=_html(samples) or "-"))
            caption.setTextFormat(Qt.RichText)
            form.addRow(caption, combo)
            self.combos[label] = combo
        self.scroll.setWidget(body)

    def mapping(self) -> dict[str, str]:
        return {label: combo.currentData() for label, combo in self.combos.items()}

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        wizard: ImportWizard = self.wizard()
        mapping = self.mapping()
        allowed = {t for t, _ in excel_reader.targets(wizard.file_page.category_code)}
        try:
            reasons = [excel_reader.check_mapping(mapping, s.labels, allowed) for s in wizard.workbook.rosters]
        except AppError as exc:
            messages.show_error(self, self.tr("Pencocokan kolom"), exc)
            return False
        if all(reasons):
            messages.warn(self, self.tr("Pencocokan kolom"),
                          self.tr("Tentukan kolom NIK dan kolom Nama lengkap: {reason}.").format(
                              reason=translated(reasons[0])))
            return False
        wizard.mapping = mapping
        return True


class CheckPage(QWizardPage):
    """The dry run's report; its commit button writes the valid rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Periksa hasil pemeriksaan"))
        self.setCommitPage(True)
        self.report: excel_import.ImportReport | None = None
        self._imported = False
        self._check_again = False
        self.progress = QProgressBar(objectName="check_progress")
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Hentikan pemeriksaan"), objectName="cancel_check_button")
        self.cancel_button.clicked.connect(self.cancel_check)
        self.cancel_button.hide()
        self.summary = QLabel(objectName="check_summary")
        self.summary.setWordWrap(True)
        self.model = ProblemModel(parent=self)
        self.table = QTableView(objectName="problem_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The full text of the selected problem; the table cuts long messages.
        self.detail = QLabel(objectName="problem_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.save_button = QPushButton(self.tr("Simpan laporan…"), objectName="save_report_button")
        self.save_button.clicked.connect(self._save_report)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.detail, 1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.operation: Operation | None = None

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        if self.running:
            # The clerk went back and forth while a check ran: check again once it ends.
            self._check_again = True
            self.report = None
            self.completeChanged.emit()
            return
        self._check_again = False
        wizard: ImportWizard = self.wizard()
        self.setSubTitle(self.subtitle(wizard.file_page.strict_check.isChecked()))
        self.report, self._imported = None, False
        self.model.set_problems([])
        self.detail.clear()
        self.summary.setText(self.tr("Memeriksa setiap baris…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.save_button.setEnabled(False)
        path, code, mapping, strict = wizard.request()
        self.operation = Operation(
            self, lambda report: excel_import.import_file(path, code, True, mapping, strict=strict, progress=report)) \
            .on_progress(self._progressed).cancellable().on_cancelled(self._cancelled) \
            .success(self._checked).failure(self._failed).run()
        self.completeChanged.emit()

    def subtitle(self, strict: bool) -> str:
        """What happens to the rows with problems, as the clerk chose on the first page."""
        if strict:
            return self.tr("Belum ada data yang disimpan. Semua atau tidak sama sekali: bila ada baris bermasalah, "
                           "tidak ada yang diimpor. Simpan laporannya, perbaiki di Excel, lalu impor lagi.")
        return self.tr("Belum ada data yang disimpan. Baris bermasalah tidak ikut diimpor; simpan laporannya, "
                       "perbaiki di Excel, lalu impor berkas laporan itu.")

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total))

    def cancel_check(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _cancelled(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.summary.setText(self.tr("Pemeriksaan dihentikan. Kembali lalu lanjutkan untuk memeriksa lagi."))
        self.completeChanged.emit()

    def _checked(self, report: excel_import.ImportReport) -> None:
        if self._check_again:
            self.initializePage()
            return
        self.report = report
        self.progress.hide()
        self.cancel_button.hide()
        self.summary.setText(translated(report.summary()))
        self.model.set_problems(report.problems)
        if report.problems:
            self.table.selectRow(0)
        self.save_button.setEnabled(bool(report.problems))
        self.setButtonText(QWizard.CommitButton, self.tr("Impor %n peserta", "", report.rows_valid))
        self.completeChanged.emit()

    def _show_detail(self, current, _previous=None) -> None:
        if current.isValid():
            p = self.model.problem(current.row())
            self.detail.setText(self.tr("{sheet} baris {row}, {field}: {message}").format(
                sheet=p.sheet, row=p.row, field=translated(p.field), message=translated(p.message)))
        else:
            self.detail.clear()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.summary.setText(self.tr("Pemeriksaan gagal: {reason}").format(reason=messages.error_text(exc)))
        messages.show_error(self, self.tr("Impor Excel"), exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        report = self.report
        return bool(report and report.rows_valid and not report.refused and not self.running)

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self._imported:
            return True
        if self.running:
            return False
        wizard: ImportWizard = self.wizard()
        path, code, mapping, strict = wizard.request()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Menyimpan peserta…"))
        self.operation = Operation(self, lambda: excel_import.import_file(path, code, False, mapping, strict=strict)) \
            .success(self._imported_ok).failure(self._failed).run()
        self.completeChanged.emit()
        return False

    def _imported_ok(self, report: excel_import.ImportReport) -> None:
        self.progress.hide()
        self._imported = True
        wizard: ImportWizard = self.wizard()
        wizard.result_report = report
        wizard.data_changed()
        wizard.next()

    def _save_report(self) -> None:
        if self.report is None:
            return
        wizard: ImportWizard = self.wizard()
        start = Path(wizard.file_page.path_edit.text()).with_name(
            Path(wizard.file_page.path_edit.text()).stem + " - laporan impor.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan impor"), str(start),
                                              self.tr("Berkas Excel (*.xlsx)"))
        if path:
            self.save_report_to(path)

    def save_report_to(self, path: str | Path) -> Path | None:
        try:
            saved = save_report(self.report, path)      # adds .xlsx; refuses the database
        except AppError as exc:
            messages.show_error(self, self.tr("Simpan laporan"), exc)
            return None
        self.summary.setText(translated(self.report.summary()) + "\n"
                             + self.tr("Laporan disimpan: {path}").format(path=saved))
        return saved


class ResultPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Impor selesai"))
        self.setSubTitle(self.tr("Data sudah tersimpan."))
        self.label = QLabel(objectName="result_label")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        report = self.wizard().result_report
        text = translated(report.summary()) if report else ""
        self.label.setText(text + "\n\n" + self.tr(
            "Peserta yang diimpor berstatus draf; periksa dan verifikasi seperti data yang diketik."))


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


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
