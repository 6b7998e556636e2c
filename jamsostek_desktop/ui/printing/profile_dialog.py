"""The administrator's "Kop surat dan penanda tangan" dialog: the profile fields documents print.

    +-- Kop surat ---------------------------+  +-- Penanda tangan (kanan) -----+
    | Kota/kabupaten, Kecamatan, Kelurahan   |  | Jabatan, Nama, Pangkat, NIP   |
    |   (city: Nama kantor)                  |  +-- "Mengetahui," (kiri) -------+
    | Alamat, Telepon, Kode pos, Laman,      |  | Jabatan, Nama, Pangkat, NIP   |
    | Pos-el, Logo                           |  +-------------------------------+
    +----------------------------------------+  | the kop as it will print      |
    | (what is wrong, in red)                         [Simpan] [Batal]          |

The region code is not offered: it names the office in every sync file. Everyone may
look; only a role allowed "profile.edit" may save (the service checks it too).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.errors import AppError, ValidationError
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.printing import office
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated

LOGO_LIMIT = 2_000_000
ERROR_STYLE = "color: #b3261e;"

# (field, label, placeholder, shown for a kelurahan, shown for a city)
KOP_FIELDS = (
    ("kota", QT_TRANSLATE_NOOP("ProfileDialog", "Kota/kabupaten"), "Kota Metro", True, True),
    ("kecamatan", QT_TRANSLATE_NOOP("ProfileDialog", "Kecamatan"), "Metro Timur", True, False),
    ("kelurahan", QT_TRANSLATE_NOOP("ProfileDialog", "Kelurahan"), "Yosodadi", True, False),
    ("kantor", QT_TRANSLATE_NOOP("ProfileDialog", "Nama kantor"),
     QT_TRANSLATE_NOOP("ProfileDialog", "contoh: Dinas Tenaga Kerja"), False, True),
    ("alamat", QT_TRANSLATE_NOOP("ProfileDialog", "Jalan dan nomor"),
     QT_TRANSLATE_NOOP("ProfileDialog", "contoh: Jalan Jenderal Sudirman Nomor 12"), True, True),
    ("telepon", QT_TRANSLATE_NOOP("ProfileDialog", "Telepon"), "(0725) 41234", True, True),
    ("kode_pos", QT_TRANSLATE_NOOP("ProfileDialog", "Kode pos"), "34111", True, True),
    ("website", QT_TRANSLATE_NOOP("ProfileDialog", "Laman"), "yosodadi.metrokota.go.id", True, True),
    ("email", QT_TRANSLATE_NOOP("ProfileDialog", "Pos-el"), "kel.yosodadi@metrokota.go.id", True, True),
)
SIGNER_FIELDS = (("penanda_jabatan", "lurah_nama", "lurah_pangkat", "lurah_nip"),
                 ("mengetahui_jabatan", "mengetahui_nama", "mengetahui_pangkat", "mengetahui_nip"))


def kop_picture(office_lines: list[str], address: list[str], width: int = 380) -> QPixmap:
    """The kop as it will print (in Indonesian: it is part of the document), drawn small."""
    sizes = [10] * len(office_lines)
    if sizes:
        sizes[-1] = 12                      # the issuing unit stands out, as on paper
    lines = [(text, size, True) for text, size in zip(office_lines, sizes, strict=True)]
    lines += [(text, 7, False) for text in address]
    height = 12 + sum(round(size * 1.6) for _, size, _ in lines) + 10
    picture = QPixmap(width, height)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    y = 8
    for text, size, bold in lines:
        font = QFont("Liberation Sans", size)
        font.setBold(bold)
        painter.setFont(font)
        step = round(size * 1.6)
        painter.drawText(QRect(4, y, width - 8, step), Qt.AlignHCenter | Qt.AlignVCenter | Qt.TextWordWrap, text)
        y += step
    painter.setPen(QPen(QColor("black"), 2))
    painter.drawLine(4, y + 3, width - 4, y + 3)
    painter.setPen(QPen(QColor("black"), 1))
    painter.drawLine(4, y + 6, width - 4, y + 6)
    painter.end()
    return picture


class ProfileDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_dialog")
        self.setWindowTitle(self.tr("Kop surat dan penanda tangan"))
        self.profile = profile_service.require_profile()
        self.city = self.profile.mode == "city"
        self.inputs: dict[str, QLineEdit] = {}
        self.logo: bytes | None = None
        self.allowed = session.current_actor().may("profile.edit")
        self._build()
        self._fill()
        self.resize(900, 560)

    def _edit(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(objectName=key)
        edit.setPlaceholderText(placeholder)
        edit.setReadOnly(not self.allowed)
        edit.textChanged.connect(self._changed)
        self.inputs[key] = edit
        return edit

    def _build(self) -> None:
        kop = QGroupBox(self.tr("Kop surat"))
        form = QFormLayout(kop)
        for key, label, placeholder, kelurahan, city in KOP_FIELDS:
            if (city if self.city else kelurahan):
                form.addRow(self.tr(label), self._edit(key, self.tr(placeholder)))
        self.logo_button = QPushButton(self.tr("Pilih berkas logo…"), objectName="logo")
        self.logo_button.setEnabled(self.allowed)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_preview = QLabel(self.tr("(belum ada)"), objectName="logo_preview")
        self.logo_preview.setFixedHeight(40)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_button)
        logo.addWidget(self.logo_preview, 1)
        form.addRow(self.tr("Logo daerah"), logo)
        note = QLabel(self.tr("Kop dicetak dalam kata lengkap: Jl. menjadi Jalan, No. menjadi Nomor, "
                              "Telp. menjadi Telepon. Kota dan kelurahan dicetak dengan huruf kapital."))
        note.setWordWrap(True)
        note.setObjectName("kop_note")
        form.addRow(note)

        signers = QVBoxLayout()
        titles = (self.tr("Penanda tangan (kanan): kepala kantor"),
                  self.tr('"Mengetahui," (kiri): Wali Kota/Bupati') if self.city
                  else self.tr('"Mengetahui," (kiri): Camat'))
        for title, keys in zip(titles, SIGNER_FIELDS, strict=True):
            box = QGroupBox(title)
            box_form = QFormLayout(box)
            for key, label in zip(keys, (self.tr("Jabatan"), self.tr("Nama"), self.tr("Pangkat/Gol."), self.tr("NIP")),
                                  strict=True):
                box_form.addRow(label, self._edit(key))
            signers.addWidget(box)
        self.inputs["penanda_jabatan"].setPlaceholderText(self.tr("bawaan: %1").replace("%1", office.head_title()))
        self.inputs["mengetahui_jabatan"].setPlaceholderText(
            self.tr("bawaan: %1").replace("%1", office.default_witness().title))
        for key in ("lurah_nip", "mengetahui_nip"):
            self.inputs[key].setPlaceholderText(self.tr("18 digit"))
            self.inputs[key].setMaxLength(21)
        for key in ("lurah_nama", "mengetahui_nama"):
            self.inputs[key].setPlaceholderText(self.tr("kosong: garis untuk ditulis tangan"))
        self.kop_preview = QLabel(objectName="kop_preview")
        self.kop_preview.setAlignment(Qt.AlignCenter)
        self.kop_preview.setToolTip(self.tr("Kop surat seperti yang akan dicetak"))
        signers.addWidget(self.kop_preview)
        signers.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(kop, 3)
        columns.addLayout(signers, 2)
        self.error = QLabel(objectName="profile_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        if not self.allowed:
            self.error.setText(self.tr("Hanya administrator yang dapat mengubah kop surat dan penanda tangan."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.Save).setEnabled(self.allowed)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        for key, edit in self.inputs.items():
            edit.blockSignals(True)
            edit.setText(getattr(self.profile, key) or "")
            edit.blockSignals(False)
        if self.profile.logo:
            self._show_logo(bytes(self.profile.logo))
        self._changed()

    def values(self) -> dict:
        out = {key: edit.text().strip() for key, edit in self.inputs.items()}
        if self.logo is not None:
            out["logo"] = self.logo
        return out

    def _changed(self) -> None:
        """The kop's lines as they will print, from what is typed now."""
        if self.allowed:
            self.error.setText("")
        merged = {key: getattr(self.profile, key) for key in profile_service.EDITABLE}
        merged.update(self.values())
        lines = office.kop_lines(merged, self.profile.mode, self.profile.region_code)
        self.kop_lines = lines
        self.kop_preview.setPixmap(kop_picture(*lines))

    def _show_logo(self, data: bytes) -> bool:
        pixmap = QPixmap()
        if len(data) > LOGO_LIMIT or not pixmap.loadFromData(data):
            self.error.setText(self.tr("Berkas logo harus gambar PNG atau JPEG, paling besar 2 MB."))
            return False
        self.logo_preview.setPixmap(pixmap.scaledToHeight(38, Qt.SmoothTransformation))
        return True

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo daerah"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            self.error.setText(self.tr("Berkas tidak dapat dibaca: %1").replace("%1", exc.strerror or str(exc)))
            return
        if self._show_logo(data):
            self.logo = data

    def accept(self) -> None:
        try:
            profile_service.save(self.values())
        except ValidationError as exc:
            problems = [f for f in exc.problems if getattr(f, "is_error", False)]
            self.error.setText("\n".join(f"• {translated(f.message)}" for f in problems) or messages.error_text(exc))
            if problems and problems[0].field in self.inputs:
                self.inputs[problems[0].field].setFocus()
            return
        except AppError as exc:
            messages.show_error(self, self.windowTitle(), exc)
            return
        super().accept()
