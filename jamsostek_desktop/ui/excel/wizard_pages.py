"""The import wizards' shared pages: column mapping, per-row check with commit, result.

The participant import (ui/excel/import_wizard.py) and the resident register import
(ui/residents/import_wizard.py) walk the same steps. A page asks its wizard for what
differs: `mapping_targets()`, `check_mapping(mapping)`, `run(dry_run, progress)`,
`commit_text(report)`, `result_text(report)`, `source_path()`, `strict()` (all or nothing, as
chosen on the first page; the check page's header says so); the wizard holds
`workbook`, `mapping`, `unsure` (doubtful columns: label -> likely field) and
`result_report`, and calls back `data_changed()` after a commit.

A doubtful column ("Tanggal Akhir Paspor": maybe the birth date?) starts unanswered
and is marked; the clerk must choose for it (a field or "(abaikan)") before checking.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from jamsostek_desktop.services.excel.import_report import save_report
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import field_label
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.excel.problem_model import ProblemModel

log = logging.getLogger(__name__)
UNSURE_STYLE = "color: #8a5a00;"


class MappingPage(QWizardPage):
    """One combo per column label: which field the column fills; doubtful columns must be answered."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Cocokkan kolom"))
        self.setSubTitle(self.tr("Periksa isi setiap kolom. Kolom yang tidak diperlukan pilih '(abaikan)'. "
                                 "Pilihan ini diingat untuk berkas berikutnya dengan judul kolom yang sama."))
        self.combos: dict[str, QComboBox] = {}
        self.notice = QLabel(objectName="unsure_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(UNSURE_STYLE)
        self.notice.hide()
        self.scroll = QScrollArea(objectName="mapping_scroll")
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        options = wizard.mapping_targets()
        names = dict(options)
        body = QWidget()
        form = QFormLayout(body)
        self.combos = {}
        for i, label in enumerate(wizard.workbook.labels):
            combo = QComboBox(objectName=f"map_{i}")
            likely = wizard.unsure.get(label)
            if likely is not None:
                # Asked, not guessed: no field until the clerk picks one (or "(abaikan)").
                combo.addItem(self.tr("— pilih: mungkin {field}? —").format(
                    field=field_label(names.get(likely, likely))), None)
            for target, text in options:
                combo.addItem(field_label(text), target)
            if likely is None:
                combo.setCurrentIndex(max(0, combo.findData(wizard.mapping.get(label, ""))))
            samples = ", ".join(s[:24] for s in wizard.workbook.samples(label))
            caption = QLabel(self.tr("<b>{column}</b><br><small>contoh: {samples}</small>").format(
                column=_html(translated(label)), samples=_html(samples) or "-"))
            caption.setTextFormat(Qt.RichText)
            if likely is not None:
                caption.setText(caption.text() + "<br><small>" + self.tr("belum pasti: pilih isinya") + "</small>")
                caption.setStyleSheet(UNSURE_STYLE)
            form.addRow(caption, combo)
            self.combos[label] = combo
        self.scroll.setWidget(body)
        if wizard.unsure:
            self.notice.setText(self.tr("Isi {n} kolom belum pasti dari judulnya (ditandai). Pilih isinya, "
                                        "atau '(abaikan)', sebelum melanjutkan.").format(n=len(wizard.unsure)))
        self.notice.setVisible(bool(wizard.unsure))

    def mapping(self) -> dict[str, str]:
        return {label: combo.currentData() for label, combo in self.combos.items()}

    def unanswered(self) -> list[str]:
        return [label for label, combo in self.combos.items() if combo.currentData() is None]

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        if open_ := self.unanswered():
            messages.warn(self, self.tr("Pencocokan kolom"),
                          self.tr("Pilih dulu isi kolom yang belum pasti: {columns}.").format(
                              columns=", ".join(open_)))
            return False
        mapping = self.mapping()
        try:
            reasons = wizard.check_mapping(mapping)
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
        self.report = None
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
        wizard = self.wizard()
        self.setSubTitle(self.subtitle(wizard.strict()))
        self.report, self._imported = None, False
        self.model.set_problems([])
        self.detail.clear()
        self.summary.setText(self.tr("Memeriksa setiap baris…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.save_button.setEnabled(False)
        run = wizard.runner(dry_run=True)
        self.operation = Operation(self, lambda report: run(report)) \
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

    def _checked(self, report) -> None:
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
        self.setButtonText(QWizard.CommitButton, self.wizard().commit_text(report))
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
        wizard = self.wizard()
        run = wizard.runner(dry_run=False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Menyimpan…"))
        self.operation = Operation(self, lambda: run(None)) \
            .success(self._imported_ok).failure(self._failed).run()
        self.completeChanged.emit()
        return False

    def _imported_ok(self, report) -> None:
        self.progress.hide()
        self._imported = True
        wizard = self.wizard()
        wizard.result_report = report
        wizard.data_changed()
        wizard.next()

    def _save_report(self) -> None:
        if self.report is None:
            return
        wizard = self.wizard()
        source = wizard.source_path()
        start = source.with_name(source.stem + " - laporan impor.xlsx")
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
        self.label.setText(text + "\n\n" + self.wizard().result_text(report))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
