"""Terima kunci: the city trusts a kelurahan installation once a person typed its fingerprint.

The dialog does not show the fingerprint of the file's key: the person types the one from
the kelurahan's cover letter (or read out on the telephone), and the service compares.

    +------------------------------------------------------------------+
    | Berkas kirim-...jamsync mengaku dari Yosodadi (18.72.01.1001) ...  |
    | Ketik sidik kunci dari surat pengantar kelurahan itu:             |
    | [____ ____ ____ ____ ____]                                        |
    | (message when it does not match)                                  |
    |                                       [Terima kunci] [Batal]      |
    +------------------------------------------------------------------+
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from jamsostek_desktop import paths
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.sync import trust
from jamsostek_desktop.ui.common import messages


class AcceptKeyDialog(QDialog):
    def __init__(self, path: str | Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("accept_key_dialog")
        self.setWindowTitle(self.tr("Terima kunci kelurahan"))
        self.path = Path(path)
        self.request = trust.request(self.path)
        self.accepted_fingerprint = ""

        layout = QVBoxLayout(self)
        where = f"{self.request.kelurahan_name} ({self.request.kelurahan_code})"
        if self.request.kecamatan:
            where += self.tr(", Kecamatan {name}").format(name=self.request.kecamatan)
        intro = QLabel(self.tr("Berkas {file} mengaku dari {where}, dari komputer yang kuncinya belum diterima "
                               "kantor kota.").format(file=paths.printable(self.path.name), where=where),
                       wordWrap=True, objectName="intro_label")
        ask = QLabel(self.tr("Ketik sidik kunci yang tertulis di surat pengantar kelurahan itu, atau yang dibacakan "
                             "petugasnya lewat telepon. Jangan menyalinnya dari berkas atau pesan yang datang "
                             "bersama berkas ini."), wordWrap=True, objectName="ask_label")
        layout.addWidget(intro)
        layout.addWidget(ask)
        self.fingerprint_edit = QLineEdit(objectName="fingerprint_edit")
        self.fingerprint_edit.setInputMask(">HHHH HHHH HHHH HHHH HHHH;_")
        font = self.fingerprint_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setFamily("monospace")
        self.fingerprint_edit.setFont(font)
        layout.addWidget(self.fingerprint_edit)
        self.message = QLabel(objectName="message_label", wordWrap=True)
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(self.tr("Terima kunci"), QDialogButtonBox.AcceptRole)
        self.accept_button.setObjectName("accept_button")
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fit(600)

    def _fit(self, width: int) -> None:
        """Tall enough for the wrapped texts at this width (a window does not ask its labels itself)."""
        height = self.layout().totalHeightForWidth(width)
        self.setMinimumSize(width, height)
        self.resize(width, height)

    def accept(self) -> None:
        try:
            _, self.accepted_fingerprint = trust.accept_key(self.path, self.fingerprint_edit.text())
        except AppError as exc:
            self.message.setText(messages.error_text(exc))
            self.message.setVisible(True)
            self._fit(self.width())
            self.fingerprint_edit.setFocus()
            return
        super().accept()
