"""Kirim data's line about this computer's key: its fingerprint, and the cover letter to print.

    +--------------------------------------------------------------------------+
    | Sidik kunci komputer ini: 3F2A 91C0 5B7D 0E44 A1C9   [Cetak surat pengantar…] |
    | Kantor kota menerima data dari komputer ini setelah mencocokkan sidik ...     |
    +--------------------------------------------------------------------------+
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QGridLayout, QLabel, QPushButton

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.sync import cover_letter
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.operations import Operation


class FingerprintBox(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint_box")
        self.setFrameShape(QFrame.StyledPanel)
        self.operation: Operation | None = None
        self.fingerprint = ""
        self.written: Path | None = None
        layout = QGridLayout(self)
        self.fingerprint_label = QLabel(objectName="fingerprint_label")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("Cetak surat pengantar…"), objectName="letter_button")
        self.print_button.clicked.connect(self.choose_letter_path)
        hint = QLabel(self.tr("Kantor kota menerima data dari komputer ini hanya setelah petugasnya mengetik "
                              "sidik kunci ini. Bacakan lewat telepon, atau cetak surat pengantar, tanda "
                              "tangani, dan kirim bersama berkas pertama."), wordWrap=True)
        hint.setObjectName("fingerprint_hint")
        layout.addWidget(self.fingerprint_label, 0, 0)
        layout.addWidget(self.print_button, 0, 1)
        layout.addWidget(hint, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.reload()

    def reload(self) -> None:
        try:
            _, self.fingerprint = sync_keys.own_fingerprint()
        except AppError as exc:
            self.fingerprint = ""
            self.fingerprint_label.setText(messages.error_text(exc))
            self.print_button.setEnabled(False)
            return
        self.fingerprint_label.setText(self.tr("Sidik kunci komputer ini: <b>{fp}</b>").format(fp=self.fingerprint))

    def choose_letter_path(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan surat pengantar"),
                                              str(Path(folder) / "surat-pengantar.pdf"), self.tr("PDF (*.pdf)"))
        if path:
            self.write_letter(path)

    def write_letter(self, path: str) -> Operation:
        self.print_button.setEnabled(False)
        self.operation = Operation(self, lambda: cover_letter.write(path)) \
            .with_progress(self.tr("Menulis surat pengantar…")) \
            .success(self._written).failure(self._failed).run()
        return self.operation

    def _written(self, letter: cover_letter.Letter) -> None:
        self.print_button.setEnabled(True)
        self.written = letter.path
        messages.inform(self, self.tr("Surat pengantar"),
                        self.tr("Surat pengantar disimpan: {path}\nCetak, tanda tangani, dan kirim ke kantor kota "
                                "bersama berkas data.").format(path=letter.path))

    def _failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        messages.show_error(self, self.tr("Surat pengantar"), exc)
