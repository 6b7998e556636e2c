"""Impor daftar pembanding: a list from another office (ASN/PPPK, another budget, deceased, wage
earners elsewhere), its source and date; the columns are recognised as in the participant import.

    Jenis daftar: [ASN dan PPPK        v]
    Berkas:       [/path/daftar.xlsx      ] [Pilih…]
    Sumber:       [BKPSDM Kota Metro      ]
    Tanggal:      [01-11-2026]
    Kolom: NIK -> NIK, Nama -> Nama, NIP -> NIP ...       (after Periksa)
    [Periksa]  [Impor]  [Batal]

The import and the screening after it run off the GUI thread (ui/common/operations.py).
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import eligibility
from jamsostek_desktop.services.screening import references
from jamsostek_desktop.ui.common import keyboard, messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.operations import Operation


class ReferenceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reference_import")
        self.setWindowTitle(self.tr("Impor daftar pembanding"))
        self.setMinimumWidth(560)
        self.result_report: references.ReferenceImport | None = None
        self.kind = QComboBox(self, objectName="reference_kind")
        for kind in eligibility.KINDS:
            self.kind.addItem(translated(eligibility.KIND_LABELS[kind]), kind)
        self.path = QLineEdit(self, objectName="reference_path")
        browse = QPushButton(self.tr("Pilih…"), self, objectName="reference_browse")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.source = QLineEdit(self, objectName="reference_source")
        self.source.setPlaceholderText(self.tr("Instansi pengirim, contoh BKPSDM Kota Metro"))
        self.date = QDateEdit(QDate.currentDate(), self, objectName="reference_date")
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("Jenis daftar:"), self.kind)
        form.addRow(self.tr("Berkas:"), file_row)
        form.addRow(self.tr("Sumber:"), self.source)
        form.addRow(self.tr("Tanggal daftar:"), self.date)
        self.columns = QLabel(self, objectName="reference_columns")
        self.columns.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Periksa kolom"), self, objectName="reference_check")
        self.import_button = QPushButton(self.tr("&Impor"), self, objectName="reference_do_import")
        cancel = QPushButton(self.tr("Batal"), self, objectName="cancel")
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.columns)
        layout.addLayout(buttons)
        self.path.textChanged.connect(self._update)
        self._update()
        keyboard.fields_then_buttons([self.kind, self.path, browse, self.source, self.date],
                                     [self.check_button, self.import_button, cancel], self.import_button)

    def _update(self, *_args) -> None:
        ready = bool(self.path.text().strip())
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih daftar pembanding"), "",
                                              self.tr("Excel atau CSV (*.xlsx *.xls *.ods *.csv)"))
        if path:
            self.path.setText(path)

    def check(self) -> None:
        """Show which column holds what (the same recognition as the participant import)."""
        try:
            prepared = references.prepare(self.kind.currentData(), self.path.text().strip())
        except Exception as exc:  # noqa: BLE001 - shown by the one error path
            messages.show_error(self, self.tr("Berkas tidak dapat dibaca"), exc)
            return
        labels = {"": self.tr("(abaikan)"), **{k: translated(v) for k, v in eligibility.COLUMN_LABELS.items()}}
        self.columns.setText(self.tr("Kolom: {columns}").format(columns=", ".join(
            f"{label} \u2192 {labels.get(target, target)}" for label, target in prepared.mapping.items())))

    def run_import(self) -> None:
        kind, path, source = self.kind.currentData(), self.path.text().strip(), self.source.text()
        when = self.date.date().toPython()
        self.import_button.setEnabled(False)
        Operation(self, lambda: references.import_file(kind, path, source=source, list_date=when)).with_progress(
            self.tr("Mengimpor daftar pembanding …")).success(self._done).failure(self._failed).run()

    def _done(self, report: references.ReferenceImport) -> None:
        self.result_report = report
        self.import_button.setEnabled(True)
        text = translated(report.summary())
        if report.problems:
            text += "\n" + "\n".join(self.tr("baris {row}: {message}").format(row=p.row, message=translated(p.message))
                                     for p in report.problems[:10])
        if report.committed:
            messages.inform(self, self.tr("Daftar pembanding"), text)
            self.accept()
        else:
            messages.warn(self, self.tr("Daftar pembanding"), text)

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        messages.show_error(self, self.tr("Impor gagal"), exc)
