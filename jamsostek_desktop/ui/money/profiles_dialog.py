"""Alat > Profil ekspor BPJS: an administrator takes a profile out as a JSON file, edits it, loads it back.

    +- Profil ekspor BPJS ---------------------------------------------+
    | Profil [Pendaftaran kolektif BPU (16 kolom)                   v] |
    | Kolom: NO, NIK, NAMA LENGKAP, ...                                 |
    | [Simpan ke berkas JSON…] [Muat dari berkas JSON…]        [Tutup]  |
    +-------------------------------------------------------------------+

The file's shape is the one described in resources/excel/bpjs_columns.json; a broken file is
refused with the reason and the profile kept as it was (services/money/profiles.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.money import profiles
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.money import files
from jamsostek_desktop.ui.money.labels import profile_label


class ProfilesDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("profiles_dialog")
        self.setWindowTitle(self.tr("Profil ekspor BPJS"))
        self.combo = QComboBox(self, objectName="profile_choice")
        self.combo.currentIndexChanged.connect(self.show_columns)
        self.columns = QLabel(self, objectName="profile_columns")
        self.columns.setWordWrap(True)
        save = QPushButton(self.tr("Simpan ke berkas JSON…"), self, objectName="profile_save")
        save.clicked.connect(self.save_file)
        load = QPushButton(self.tr("Muat dari berkas JSON…"), self, objectName="profile_load")
        load.clicked.connect(self.load_file)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(load)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Susunan kolom berkas untuk kantor cabang BPJS. Simpan profil ke berkas, "
                                        "ubah di penyunting teks, lalu muat kembali; NIK dan KPJ selalu ditulis "
                                        "sebagai teks."), self, wordWrap=True))
        layout.addWidget(self.combo)
        layout.addWidget(self.columns)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(620, 260)
        self.reload()

    def reload(self, code: str | None = None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for p in profiles.all_profiles():
            self.combo.addItem(self.tr("{name} ({n} kolom)").format(
                name=profile_label(p.code, p.name, p.builtin), n=p.columns), p.code)
        self.combo.blockSignals(False)
        if code is not None and self.combo.findData(code) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(code))
        self.show_columns()

    def show_columns(self) -> None:
        code = self.combo.currentData()
        if code is None:
            return
        headers = [c.header for c in profiles.template(code).columns]
        self.columns.setText(self.tr("Kolom: {columns}").format(columns=", ".join(headers)))

    def save_file(self) -> None:
        code = self.combo.currentData()
        path = files.save_path(self, self.tr("Simpan profil"), f"{code}.json", self.tr("JSON (*.json)"))
        if not path:
            return
        try:
            self.last_written = profiles.write_file(code, path)
        except AppError as exc:
            ask.show_error(self, self.tr("Profil ekspor BPJS"), exc)
            return
        ask.inform(self, self.tr("Profil ekspor BPJS"), self.tr("Tersimpan: {path}").format(path=self.last_written))

    def load_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Muat profil"), str(Path.home()), self.tr("JSON (*.json)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        try:
            code = profiles.save_file(path)
        except AppError as exc:
            ask.show_error(self, self.tr("Profil ekspor BPJS"), exc)
            return
        self.reload(code)
        ask.inform(self, self.tr("Profil ekspor BPJS"), self.tr("Profil '{code}' disimpan.").format(code=code))
