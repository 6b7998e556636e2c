"""Kirim data: the kelurahan writes its changes to a file for the city office.

    +-------------------------------------------------------------+
    | Pengiriman terakhir: nomor 3, 20-11-2026 ... belum terkirim: 12 |
    | [lock] Terenkripsi untuk Kota Metro / [!] TIDAK terenkripsi  |
    | Sidik kunci komputer ini: 3F2A ...  [Cetak surat pengantar…] |
    | (o) Perubahan sejak pengiriman terakhir                     |
    | ( ) Semua data (lengkap)                                    |
    | ( ) Kirim ulang berkas nomor [v]                            |
    | Simpan ke: [..................................] [Pilih...]  |
    | result line                                                 |
    |                                    [Pasang kunci kota] [Kirim] [Tutup] |
    +-------------------------------------------------------------+
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import local_time
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.sync.fingerprint_box import FingerprintBox

FOLDER_KEY = "sync/export_folder"


def proposed_folder() -> Path:
    """Where the file goes unless the clerk picks another folder: the one used last time if it
    is still there (a flash disk may be out), else Documents, else the home folder."""
    last = QSettings("JamsostekDesktop", "JamsostekDesktop").value(FOLDER_KEY, "")
    documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    for candidate in (last, documents):
        if candidate and Path(str(candidate)).is_dir():
            return Path(str(candidate))
    return Path.home()


class ExportDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_export_dialog")
        self.setWindowTitle(self.tr("Kirim data ke kantor kota"))
        self.setMinimumWidth(620)
        self.operation: Operation | None = None
        self.last_result: sync_export.ExportResult | None = None

        layout = QVBoxLayout(self)
        self.status_label = QLabel(objectName="status_label", wordWrap=True)
        self.key_label = QLabel(objectName="key_label", wordWrap=True)
        layout.addWidget(self.status_label)
        layout.addWidget(self.key_label)
        self.fingerprint_box = FingerprintBox(self)      # the city compares it before trusting our files
        layout.addWidget(self.fingerprint_box)

        self.delta_radio = QRadioButton(self.tr("Perubahan sejak pengiriman terakhir"), objectName="delta_radio")
        self.full_radio = QRadioButton(self.tr("Semua data (lengkap)"), objectName="full_radio")
        self.resend_radio = QRadioButton(self.tr("Kirim ulang berkas nomor"), objectName="resend_radio")
        self.resend_combo = QComboBox(objectName="resend_combo")
        self.modes = QButtonGroup(self)
        for button in (self.delta_radio, self.full_radio, self.resend_radio):
            self.modes.addButton(button)
        self.delta_radio.setChecked(True)
        layout.addWidget(self.delta_radio)
        layout.addWidget(self.full_radio)
        resend_row = QHBoxLayout()
        resend_row.addWidget(self.resend_radio)
        resend_row.addWidget(self.resend_combo, 1)
        layout.addLayout(resend_row)

        path_row = QHBoxLayout()
        path_row.addWidget(QLabel(self.tr("Simpan ke:")))
        self.path_edit = QLineEdit(objectName="path_edit")
        browse = QPushButton(self.tr("Pilih…"), objectName="browse_button")
        browse.clicked.connect(self.choose_path)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        layout.addLayout(path_row)
        self.file_label = QLabel(objectName="file_label", wordWrap=True)
        self.file_label.setStyleSheet("color: palette(dark);")
        layout.addWidget(self.file_label)
        self.path_edit.textChanged.connect(self._show_file_name)
        self.modes.buttonToggled.connect(lambda *_: self._show_file_name())
        self.resend_combo.currentIndexChanged.connect(lambda *_: self._show_file_name())

        self.progress = QProgressBar(objectName="progress")
        self.progress.setRange(0, 0)       # busy indicator while the file is written
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.result_label = QLabel(objectName="result_label", wordWrap=True)
        layout.addWidget(self.result_label)

        buttons = QDialogButtonBox()
        self.key_button = buttons.addButton(self.tr("Pasang kunci kota…"), QDialogButtonBox.ActionRole)
        self.key_button.setObjectName("key_button")
        self.key_button.clicked.connect(self.choose_city_key)
        # ActionRole: sending keeps the dialog open to show the result.
        self.send_button = buttons.addButton(self.tr("Kirim"), QDialogButtonBox.ActionRole)
        self.send_button.setObjectName("send_button")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        # Typing starts in the folder field, not on the cover letter's button above it.
        self.path_edit.setFocus()

    def reload(self) -> None:
        status = sync_export.status()
        if status.last_sequence is None:
            text = self.tr("Belum pernah mengirim data. Berkas pertama memuat semua data ({n} peserta).")
        else:
            text = self.tr("Pengiriman terakhir: nomor {seq}, {when}. Perubahan belum terkirim: {n} peserta.")
        self.status_label.setText(text.format(
            seq=status.last_sequence, n=status.pending, when=local_time(status.last_at) if status.last_at else ""))
        if status.city_key is not None:
            self.key_label.setText(self.tr("🔒 Berkas dienkripsi untuk {city} (sidik kunci {fp}); hanya kantor "
                                           "kota yang dapat membacanya.").format(
                city=status.city_key.kota or status.city_key.region_code, fp=status.city_key.fingerprint))
            self.key_label.setStyleSheet("")
        else:
            self.key_label.setText(self.tr("⚠ Kunci publik kantor kota belum dipasang: berkas TIDAK dienkripsi "
                                           "dan dapat dibaca siapa pun yang memegangnya. Minta berkas kunci "
                                           "(.pub) dari kantor kota lalu klik 'Pasang kunci kota'."))
            self.key_label.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.resend_combo.clear()
        for export in status.history:
            self.resend_combo.addItem(self.tr("{seq} — {when}, {n} rekaman").format(
                seq=export.sequence, when=local_time(export.created_at), n=export.records),
                export.sequence)
        self.resend_radio.setEnabled(bool(status.history))
        self.resend_combo.setEnabled(bool(status.history))
        self._next_sequence = (max((e.sequence for e in status.history), default=0)) + 1
        if not self.path_edit.text():
            self.path_edit.setText(str(proposed_folder()))
        self._show_file_name()

    def _show_file_name(self) -> None:
        """The name the file gets in the chosen folder: kelurahan, number and date."""
        folder = Path(self.path_edit.text().strip() or ".")
        if not folder.is_dir():
            self.file_label.setText(self.tr("⚠ Folder ini tidak ada. Pilih folder yang ada, misalnya flash disk."))
            return
        me = profile_service.get()
        sequence = self.resend_combo.currentData() if self.resend_radio.isChecked() else self._next_sequence
        name = sync_export.default_file_name(me.region_code if me else "", sequence or 1,
                                             kelurahan=me.kelurahan if me else "")
        self.file_label.setText(self.tr("Nama berkas: {name}").format(name=name))

    def choose_path(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan (misalnya flash disk)"),
                                                self.path_edit.text())
        if path:
            self.path_edit.setText(path)

    def choose_city_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Berkas kunci publik kota"), "",
                                              self.tr("Kunci publik kota (*.pub)"))
        if path:
            self.install_city_key(path)

    def install_city_key(self, path: str) -> bool:
        try:
            key = sync_keys.import_city_public_key(path)
        except AppError as exc:
            self._show_error(exc)
            return False
        self.result_label.setText(self.tr("Kunci {city} dipasang (sidik {fp}).").format(
            city=key.kota or key.region_code, fp=key.fingerprint))
        self.reload()
        return True

    def send(self) -> None:
        target = self.path_edit.text().strip()
        if not target:
            self.result_label.setText(self.tr("Pilih folder tujuan dulu."))
            return
        full = self.full_radio.isChecked()
        resend = self.resend_combo.currentData() if self.resend_radio.isChecked() else None
        self.send_button.setEnabled(False)
        self.progress.setVisible(True)
        self.result_label.setText(self.tr("Menulis berkas…"))
        self.operation = Operation(self, lambda: sync_export.export(target, full=full, resend=resend)) \
            .success(self._sent).failure(self._failed).run()

    def _sent(self, result: sync_export.ExportResult) -> None:
        self.last_result = result
        if result.written and result.path is not None:
            QSettings("JamsostekDesktop", "JamsostekDesktop").setValue(FOLDER_KEY, str(result.path.parent))
        self.send_button.setEnabled(True)
        self.progress.setVisible(False)
        text = translated(result.message)
        if result.written:
            text += "\n" + self.tr("Berkas: {path}").format(path=result.path)
        for warning in result.warnings:
            text += "\n⚠ " + translated(warning)
        self.result_label.setText(text)
        self.reload()
        self.adjustSize()               # room for the result's lines, wrapped at the dialog's width

    def _failed(self, exc: Exception) -> None:
        self.send_button.setEnabled(True)
        self.progress.setVisible(False)
        self.result_label.setText("")
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        self.result_label.setText(messages.error_text(exc))
        if self.isVisible() or not isinstance(exc, AppError):
            messages.show_error(self, self.tr("Kirim data"), exc)
