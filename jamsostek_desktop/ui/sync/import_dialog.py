"""Terima data: the city office checks and merges kelurahan files, then reads the report.

    +------------------------------------------------------------------+
    | [Pilih berkas…]  [x] Uji coba saja (tidak disimpan)              |
    | summary line                                                     |
    | Berkas | Kelurahan | No. | Hasil | Baru | Diperbarui | ... | Jumlah |
    | ...                                                              |
    | notes (gaps, count mismatches, refusals, conflicts)              |
    |                      [Terima kunci…] [Konflik & NIK ganda (n)] [Tutup] |
    +------------------------------------------------------------------+
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.sync import conflicts, trust
from jamsostek_desktop.services.sync import importing as sync_import
from jamsostek_desktop.services.sync.import_report import OUTCOME_LABELS, ImportReport
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.sync.accept_key_dialog import AcceptKeyDialog
from jamsostek_desktop.ui.sync.rows_model import RowsModel


class ImportDialog(QDialog):
    def __init__(self, parent=None, on_imported: Callable[[], None] | None = None,
                 open_issues: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_import_dialog")
        self.setWindowTitle(self.tr("Terima data dari kelurahan"))
        self.resize(1180, 560)
        self.on_imported = on_imported
        self.open_issues = open_issues
        self.operation: Operation | None = None
        self.report: ImportReport | None = None
        self.key_dialog: AcceptKeyDialog | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Pilih berkas .jamsync…"), objectName="choose_button")
        self.choose_button.clicked.connect(self.choose_files)
        self.dry_run_check = QCheckBox(self.tr("Uji coba saja (periksa tanpa menyimpan)"), objectName="dry_run_check")
        top.addWidget(self.choose_button)
        top.addWidget(self.dry_run_check)
        top.addStretch(1)
        layout.addLayout(top)

        self.summary_label = QLabel(self.tr("Pilih satu atau beberapa berkas kiriman kelurahan."),
                                    objectName="summary_label", wordWrap=True)
        layout.addWidget(self.summary_label)
        # Busy indicator: a city's worth of files takes tens of seconds to check and merge.
        self.progress = QProgressBar(objectName="progress")
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.model = RowsModel([self.tr("Berkas"), self.tr("Kelurahan"), self.tr("No."), self.tr("Hasil"),
                                self.tr("Baru"), self.tr("Diperbarui"), self.tr("Tetap"), self.tr("Diarsipkan"),
                                self.tr("Lebih lama"), self.tr("Konflik"), self.tr("NIK ganda"),
                                self.tr("Aktif kel./kota")], self)
        self.table = QTableView(objectName="report_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 3)
        self.notes = QPlainTextEdit(objectName="notes", readOnly=True)
        layout.addWidget(self.notes, 2)

        buttons = QDialogButtonBox()
        self.accept_key_button = buttons.addButton(self.tr("Terima kunci…"), QDialogButtonBox.ActionRole)
        self.accept_key_button.setObjectName("accept_key_button")
        self.accept_key_button.clicked.connect(self.choose_key_file)
        self.accept_key_button.setVisible(False)
        self.issues_button = buttons.addButton(self.tr("Konflik && NIK ganda"), QDialogButtonBox.ActionRole)
        self.issues_button.setObjectName("issues_button")
        self.issues_button.clicked.connect(lambda: self.open_issues and self.open_issues())
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._update_issues_button()

    def _update_issues_button(self) -> None:
        count = conflicts.open_count()
        self.issues_button.setText(self.tr("Konflik && NIK ganda ({n})").format(n=count))
        self.issues_button.setEnabled(count > 0 and self.open_issues is not None)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Berkas kiriman kelurahan"), "",
                                                self.tr("Berkas sinkronisasi (*.jamsync);;Semua berkas (*)"))
        if paths:
            self.start(paths)

    def start(self, paths: list[str]) -> None:
        dry_run = self.dry_run_check.isChecked()
        self.choose_button.setEnabled(False)
        self.progress.setVisible(True)
        self.summary_label.setText(self.tr("Memeriksa dan menggabungkan {n} berkas…").format(n=len(paths)))
        self.progress.setRange(0, 0)
        self.operation = Operation(
            self, lambda report: sync_import.import_files(paths, dry_run=dry_run, progress=report)) \
            .on_progress(self._progressed).success(self._done).failure(self._failed).run()

    def _progressed(self, done: int, total: int) -> None:
        """Each file is checked, then merged: the bar moves a step for each."""
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total))

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.choose_button.setEnabled(True)
        self.progress.setVisible(False)
        rows, bold = [], set()
        for i, f in enumerate(report.files):
            rows.append((f.path.name, f"{f.kelurahan_name} ({f.kelurahan_code})" if f.kelurahan_code else "",
                         f.sequence or "", translated(OUTCOME_LABELS[f.outcome]),
                         *(("",) * 7 if f.refused else (f.added, f.updated, f.unchanged, f.archived, f.older,
                                                        f.conflicts, f.duplicates)),
                         "" if f.refused else f"{f.expected_live} / {f.actual_live}"))
            if f.refused or f.counts_match is False:
                bold.add(i)
        self.model.set_rows(rows, bold)
        accepted, refused = len(report.accepted), len(report.refused)
        summary = self.tr("{ok} berkas diterima, {bad} ditolak.").format(ok=accepted, bad=refused)
        if report.dry_run:
            summary = self.tr("UJI COBA — tidak ada yang disimpan. ") + summary
        self.summary_label.setText(summary)
        notes = []
        for f in report.files:
            for note in f.notes():
                notes.append(f"{f.path.name}: {translated(note)}")
        self.notes.setPlainText("\n".join(notes) or self.tr("Tidak ada catatan: semua jumlah cocok."))
        self.accept_key_button.setVisible(bool(self._untrusted()))
        self._update_issues_button()
        if accepted and not report.dry_run and self.on_imported is not None:
            self.on_imported()

    def _failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.progress.setVisible(False)
        self.summary_label.setText(messages.error_text(exc))
        if not isinstance(exc, AppError):
            messages.show_error(self, self.windowTitle(), exc)

    def _untrusted(self) -> list:
        return [f for f in (self.report.refused if self.report else []) if f.reason == trust.UNTRUSTED]

    def choose_key_file(self) -> AcceptKeyDialog | None:
        """Ask for the fingerprint of the first file refused for its key; then import those files again."""
        refused = self._untrusted()
        if not refused:
            return None
        try:
            self.key_dialog = AcceptKeyDialog(refused[0].path, self)
        except AppError as exc:
            messages.show_error(self, self.windowTitle(), exc)
            return None
        self.key_dialog.accepted.connect(self._key_accepted)
        self.key_dialog.open()
        return self.key_dialog

    def _key_accepted(self) -> None:
        dialog = self.key_dialog
        self.summary_label.setText(self.tr("Kunci {name} diterima (sidik {fp}); berkasnya diimpor lagi.").format(
            name=dialog.request.kelurahan_name, fp=dialog.accepted_fingerprint))
        self.start([str(f.path) for f in self._untrusted()])
