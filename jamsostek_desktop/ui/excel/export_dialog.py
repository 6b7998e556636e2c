"""The "Ekspor Excel" dialog: which list, which participants, where to save.

    Isi      (o) Lengkap: semua data, satu lembar per kategori + ringkasan
             ( ) Daftar kolektif untuk BPJS (kolom dari berkas susunan kolom)
    Peserta  Kategori [Semua v]   Status [Semua v]
    Berkas   [path ..........................] [Pilih…]
             [progress]  "8.825 peserta diekspor ke ..."
                                          [Ekspor] [Tutup]
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.excel import export as excel_export
from jamsostek_desktop.services.money import profiles
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.labels import catalogue_label, status_label
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.money.labels import profile_label


def _default_folder() -> Path:
    """The last folder used, else Documents, else the home folder."""
    last = QSettings("JamsostekDesktop", "JamsostekDesktop").value("excel/export_folder")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class ExportDialog(QDialog):
    def __init__(self, parent=None, scope: Scope | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("excel_export_dialog")
        self.setWindowTitle(self.tr("Ekspor Excel"))
        self.result_info: excel_export.ExportResult | None = None
        self.full_radio = QRadioButton(self.tr("Lengkap: semua data, satu lembar per kategori, dengan ringkasan"),
                                       objectName="full_radio")
        self.bpjs_radio = QRadioButton(self.tr("Daftar pendaftaran kolektif untuk kantor cabang BPJS"),
                                       objectName="bpjs_radio")
        self.full_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.full_radio)
        group.addButton(self.bpjs_radio)
        group.buttonToggled.connect(lambda *_: self._suggest_name())
        # The BPJS file's column set: an export profile (services/money/profiles.py), chosen here.
        self.profile_combo = QComboBox(objectName="profile_combo")
        for profile in profiles.all_profiles():
            self.profile_combo.addItem(profile_label(profile.code, profile.name, profile.builtin), profile.code)
        self.profile_combo.setEnabled(False)
        self.bpjs_radio.toggled.connect(self.profile_combo.setEnabled)
        self.category_combo = QComboBox(objectName="category_combo")
        self.category_combo.addItem(self.tr("Semua kategori"), None)
        for category in catalogue.all_categories():
            self.category_combo.addItem(catalogue_label(category.name), category.code)
        self.status_combo = QComboBox(objectName="status_combo")
        self.status_combo.addItem(self.tr("Semua status"), None)
        for status in status_rules.Status:
            self.status_combo.addItem(status_label(status.value), status.value)
        scope = scope or Scope()
        if scope.category:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(scope.category)))
        if scope.status:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(scope.status)))
        self._kelurahan_prefix = scope.kelurahan_prefix
        self.path_edit = QLineEdit(objectName="path_edit")
        browse = QPushButton(self.tr("Pilih…"), objectName="browse_button")
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar(objectName="export_progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status_label = QLabel(objectName="export_status")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(self.tr("Buka folder"), QDialogButtonBox.ActionRole)
        self.open_button.setObjectName("open_folder_button")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_folder)
        self.export_button = self.buttons.addButton(self.tr("Ekspor"), QDialogButtonBox.ActionRole)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        close = self.buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        close.setObjectName("close_button")
        self.buttons.rejected.connect(self.reject)

        kinds = QVBoxLayout()
        kinds.addWidget(self.full_radio)
        kinds.addWidget(self.bpjs_radio)
        kinds.addWidget(self.profile_combo)
        filters = QHBoxLayout()
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.status_combo)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Isi:"), _wrap(kinds))
        form.addRow(self.tr("Peserta:"), _wrap(filters))
        form.addRow(self.tr("Berkas:"), _wrap(where))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.operation: Operation | None = None
        self._suggest_name()
        self.resize(640, 280)

    @property
    def template(self) -> str:
        return "bpjs" if self.bpjs_radio.isChecked() else "full"

    def scope(self) -> Scope:
        return Scope(category=self.category_combo.currentData(), status=self.status_combo.currentData(),
                     kelurahan_prefix=self._kelurahan_prefix)

    def _suggest_name(self) -> None:
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else _default_folder()
        stem = "daftar-kolektif-bpjs" if self.template == "bpjs" else "peserta-lengkap"
        self.path_edit.setText(str(folder / f"{stem}-{dt.date.today():%Y-%m-%d}.xlsx"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan sebagai"), self.path_edit.text(),
                                              self.tr("Berkas Excel (*.xlsx)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def start_export(self) -> None:
        if self.running:
            return
        path = Path(self.path_edit.text().strip())
        template, scope = self.template, self.scope()
        profile = self.profile_combo.currentData() if template == "bpjs" else None
        self.progress.show()
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Mengekspor…"))
        self.operation = Operation(self, lambda: excel_export.export(path, template, scope, profile)) \
            .success(self._done).failure(self._failed).run()

    def _done(self, result: excel_export.ExportResult) -> None:
        self.result_info = result
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("%n peserta diekspor ke ", "", result.rows) + str(result.path))
        self.open_button.setEnabled(True)
        QSettings("JamsostekDesktop", "JamsostekDesktop").setValue("excel/export_folder", str(result.path.parent))

    def _open_folder(self) -> None:
        if self.result_info is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_info.path.parent)))

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("Ekspor gagal."))
        messages.show_error(self, self.tr("Ekspor Excel"), exc)

    def reject(self) -> None:
        if not self.running:   # a half-written file is removed by the writer, but let it finish
            super().reject()


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
