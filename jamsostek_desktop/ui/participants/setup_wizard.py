"""The first-start wizard: office type, office profile, and the administrator account.

Nothing else can be done before a valid profile exists, so the start-up runs this
wizard while `profile.get()` is None. Each page checks its input with the services'
own rules (profile.check, accounts.check_username / check_password) before moving on;
the profile and the administrator are written only when the clerk presses Selesai.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jamsostek_desktop import APP_NAME
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.i18n import translated

ERROR_STYLE = "color: #b3261e;"
LOGO_LIMIT = 2_000_000  # bytes; a letterhead emblem is far smaller


class OfficePage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_office")
        self.setTitle(self.tr("Selamat datang di {app}").format(app=APP_NAME))
        self.setSubTitle(self.tr("Program ini dipasang di kantor mana?"))
        self.kelurahan = QRadioButton(self.tr("Kantor kelurahan — mendata peserta dari warga kelurahan"), self)
        self.kelurahan.setObjectName("office_kelurahan")
        self.city = QRadioButton(self.tr("Kantor kota/kabupaten — menggabungkan data semua kelurahan"), self)
        self.city.setObjectName("office_city")
        self.kelurahan.setChecked(True)
        note = QLabel(self.tr("Pilihan ini menentukan isian profil berikutnya. Profil dapat diubah "
                              "kemudian oleh administrator."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kelurahan)
        layout.addWidget(self.city)
        layout.addSpacing(12)
        layout.addWidget(note)
        layout.addStretch(1)

    def mode(self) -> str:
        return "city" if self.city.isChecked() else "kelurahan"


class ProfilePage(QWizardPage):
    """The office profile: region code, names, address, the Lurah (or signing officer), logo."""

    # key, label (kelurahan), label (city), shown in city mode
    FIELDS = (
        ("region_code", QT_TRANSLATE_NOOP("ProfilePage", "Kode wilayah kelurahan"),
         QT_TRANSLATE_NOOP("ProfilePage", "Kode kota/kabupaten"), True),
        ("kelurahan", QT_TRANSLATE_NOOP("ProfilePage", "Nama kelurahan"), "", False),
        ("kecamatan", QT_TRANSLATE_NOOP("ProfilePage", "Nama kecamatan"), "", False),
        ("kota", QT_TRANSLATE_NOOP("ProfilePage", "Kota/kabupaten"),
         QT_TRANSLATE_NOOP("ProfilePage", "Nama kota/kabupaten"), True),
        ("provinsi", QT_TRANSLATE_NOOP("ProfilePage", "Provinsi"),
         QT_TRANSLATE_NOOP("ProfilePage", "Provinsi"), True),
        ("alamat", QT_TRANSLATE_NOOP("ProfilePage", "Alamat kantor"),
         QT_TRANSLATE_NOOP("ProfilePage", "Alamat kantor"), True),
        ("telepon", QT_TRANSLATE_NOOP("ProfilePage", "Telepon"),
         QT_TRANSLATE_NOOP("ProfilePage", "Telepon"), True),
        ("email", QT_TRANSLATE_NOOP("ProfilePage", "Email"),
         QT_TRANSLATE_NOOP("ProfilePage", "Email"), True),
        ("lurah_nama", QT_TRANSLATE_NOOP("ProfilePage", "Nama Lurah"),
         QT_TRANSLATE_NOOP("ProfilePage", "Nama pejabat penandatangan"), True),
        ("lurah_pangkat", QT_TRANSLATE_NOOP("ProfilePage", "Pangkat/golongan"),
         QT_TRANSLATE_NOOP("ProfilePage", "Pangkat/golongan"), True),
        ("lurah_nip", QT_TRANSLATE_NOOP("ProfilePage", "NIP Lurah"),
         QT_TRANSLATE_NOOP("ProfilePage", "NIP pejabat"), True),
    )
    PLACEHOLDERS = {"region_code": "18.72.01.1001", "kota": QT_TRANSLATE_NOOP("ProfilePage", "Kota Metro"),
                    "lurah_nip": QT_TRANSLATE_NOOP("ProfilePage", "18 digit"),
                    "email": QT_TRANSLATE_NOOP("ProfilePage", "kel.contoh@kota.go.id")}

    def __init__(self, office: OfficePage, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_profile")
        self.office = office
        self.inputs: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        self.logo: bytes | None = None
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        for key, label, _city_label, _shown in self.FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setAccessibleName(self.tr(label))
            edit.setPlaceholderText(self.tr(self.PLACEHOLDERS.get(key, "")))
            edit.textChanged.connect(lambda *_: self.error.setText(""))
            caption = QLabel(self.tr(label) + ":", self)
            caption.setBuddy(edit)
            self.inputs[key] = edit
            self.captions[key] = caption
            self.form.addRow(caption, edit)
        self.logo_button = QPushButton(self.tr("Pilih berkas logo…"), self)
        self.logo_button.setObjectName("logo")
        self.logo_button.setAccessibleName(self.tr("Logo daerah"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_preview = QLabel(self.tr("(belum ada)"), self)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedHeight(34)
        logo_cell = QWidget(self)
        logo_row = QHBoxLayout(logo_cell)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_preview, 1)
        logo_caption = QLabel(self.tr("Logo daerah (kop surat):"), self)
        logo_caption.setBuddy(self.logo_button)
        self.form.addRow(logo_caption, logo_cell)
        self.error = QLabel(self)
        self.error.setObjectName("profile_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        city = self.office.mode() == "city"
        self.setTitle(self.tr("Profil kantor kota/kabupaten") if city else self.tr("Profil kelurahan"))
        self.setSubTitle(self.tr("Dipakai di kop surat, tanda tangan dan berkas sinkronisasi. "
                                 "Kode wilayah sesuai Kemendagri."))
        for key, label, city_label, shown in self.FIELDS:
            visible = shown or not city
            self.inputs[key].setVisible(visible)
            self.captions[key].setVisible(visible)
            self.captions[key].setText(self.tr(city_label if city else label) + ":")
        self.inputs["region_code"].setPlaceholderText("18.72" if city else "18.72.01.1001")

    def values(self) -> dict:
        city = self.office.mode() == "city"
        out = {key: self.inputs[key].text().strip() for key, _l, _c, shown in self.FIELDS if shown or not city}
        if self.logo is not None:
            out["logo"] = self.logo
        return out

    def set_logo(self, data: bytes) -> bool:
        pixmap = QPixmap()
        if len(data) > LOGO_LIMIT or not pixmap.loadFromData(data):
            self.error.setText(self.tr("Berkas logo harus gambar PNG atau JPEG, paling besar 2 MB."))
            return False
        self.logo = data
        self.logo_preview.setPixmap(pixmap.scaledToHeight(32, Qt.SmoothTransformation))
        return True

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo daerah"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            try:
                with open(path, "rb") as handle:
                    self.set_logo(handle.read())
            except OSError as exc:
                self.error.setText(self.tr("Berkas tidak dapat dibaca: {e}").format(e=exc.strerror))

    def validatePage(self) -> bool:  # noqa: N802
        problems = [f for f in profile_service.check(self.values(), self.office.mode()) if f.is_error]
        if problems:
            self.error.setText("\n".join(f"• {translated(f.message)}" for f in problems))
            if problems[0].field in self.inputs:
                self.inputs[problems[0].field].setFocus()
            return False
        return True


class AdminPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_admin")
        self.setTitle(self.tr("Akun administrator"))
        self.setSubTitle(self.tr("Administrator mengelola pengguna, profil dan katalog. Simpan kata sandinya "
                                 "di tempat aman: tanpa itu data tidak dapat dibuka."))
        self.username = self._edit("username", self.tr("Nama pengguna"), "admin")
        self.full_name = self._edit("full_name", self.tr("Nama lengkap"), "")
        self.password = self._edit("password", self.tr("Kata sandi"), self.tr("minimal 8 karakter"))
        self.password.setEchoMode(QLineEdit.Password)
        self.password_repeat = self._edit("password_repeat", self.tr("Ulangi kata sandi"), "")
        self.password_repeat.setEchoMode(QLineEdit.Password)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        for edit in (self.username, self.full_name, self.password, self.password_repeat):
            form.addRow(edit.accessibleName() + ":", edit)
        self.error = QLabel(self)
        self.error.setObjectName("admin_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _edit(self, name: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda *_: self.error.setText("") if hasattr(self, "error") else None)
        return edit

    def validatePage(self) -> bool:  # noqa: N802
        from jamsostek_desktop.services.accounts import users as accounts

        try:
            name = accounts.check_username(self.username.text())
            accounts.check_password(self.password.text(), name)
        except AppError as exc:
            self.error.setText(ask.error_text(exc))
            return False
        if self.password.text() != self.password_repeat.text():
            self.error.setText(self.tr("Kedua kata sandi tidak sama."))
            self.password_repeat.setFocus()
            return False
        return True


class SetupWizard(QWizard):
    """Run while the database has no profile; accepted once profile and administrator exist."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("Penyiapan awal — {app}").format(app=APP_NAME))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        for button, text in ((QWizard.BackButton, self.tr("< Kembali")), (QWizard.NextButton, self.tr("Lanjut >")),
                             (QWizard.FinishButton, self.tr("Selesai")), (QWizard.CancelButton, self.tr("Batal"))):
            self.setButtonText(button, text)
        self.office_page = OfficePage(self)
        self.profile_page = ProfilePage(self.office_page, self)
        self.admin_page = AdminPage(self)
        self.addPage(self.office_page)
        self.addPage(self.profile_page)
        self.addPage(self.admin_page)
        self.resize(720, 600)
        self.created_actor = None

    def accept(self) -> None:
        """Write the profile and the administrator; stay open with the message when that fails."""
        from jamsostek_desktop.services import startup
        from jamsostek_desktop.services.accounts import session
        from jamsostek_desktop.services.accounts import users as accounts

        # QWizard checks the last page in done(), after accept(): check it before writing.
        if not self.validateCurrentPage():
            return
        admin = None
        if not accounts.any_account():
            admin = (self.admin_page.username.text().strip(), self.admin_page.password.text(),
                     self.admin_page.full_name.text().strip())
        try:
            _profile, actor = startup.set_up_office(self.profile_page.values(), self.office_page.mode(), admin)
            if actor is not None:
                session.set_actor(actor)
                self.created_actor = actor
        except AppError as exc:
            ask.show_error(self, self.tr("Penyiapan awal"), exc)
            return
        super().accept()
