""""Sambungkan ke server": the city office's PostgreSQL database, from a saved profile.

    +-----------------------------------------------+
    | Basis data kantor kota di server PostgreSQL.  |
    | Alamat server   [db.dinas.local          ]    |
    | Port            [5432 ]                       |
    | Basis data      [jamsostek_metro         ]    |
    | Pengguna        [rina                    ]    |
    | Kata sandi      [********                ]    |
    | [x] Simpan profil (tanpa kata sandi)          |
    | <error line>                                  |
    |        [Pakai berkas di komputer ini] [Sambungkan] |
    +-----------------------------------------------+

The profile holds host, port, database and user; the password lives for this run only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.server import profiles
from jamsostek_desktop.ui.common import messages


class ConnectDialog(QDialog):
    """Accepted: `self.url` is the connected server database's URL (the database is open)."""

    def __init__(self, parent: QWidget | None = None, offer_local: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sambungkan ke server"))
        self.setModal(True)
        self.url: str | None = None
        self.use_local = False
        saved = profiles.load()
        intro = QLabel(self.tr("Basis data kantor kota di server PostgreSQL. Kata sandi tidak pernah disimpan; "
                               "tanyakan alamat dan nama basis data kepada administrator server."))
        intro.setWordWrap(True)
        self.host = QLineEdit(saved.host if saved else "")
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("mis. db.dinas.local"))
        self.port = QSpinBox()
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port if saved else 5432)
        self.database = QLineEdit(saved.database if saved else "jamsostek")
        self.database.setObjectName("server_database")
        self.user = QLineEdit(saved.user if saved else "")
        self.user.setObjectName("server_user")
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.Password)
        self.remember = QCheckBox(self.tr("Simpan profil sambungan (tanpa kata sandi)"))
        self.remember.setObjectName("server_remember")
        self.remember.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("server_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Alamat server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Basis data"), self.database)
        form.addRow(self.tr("Pengguna"), self.user)
        form.addRow(self.tr("Kata sandi"), self.password)
        buttons = QDialogButtonBox()
        self.connect_button = buttons.addButton(self.tr("Sambungkan"), QDialogButtonBox.AcceptRole)
        self.connect_button.setObjectName("server_connect")
        self.connect_button.setDefault(True)
        if offer_local:
            local = QPushButton(self.tr("Pakai berkas di komputer ini"))
            local.setObjectName("server_use_local")
            buttons.addButton(local, QDialogButtonBox.RejectRole)
            local.clicked.connect(self._local)
        else:
            buttons.addButton(QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if saved else self.host).setFocus()
        self.resize(460, self.sizeHint().height())

    def _local(self) -> None:
        self.use_local = True

    def _connect(self) -> None:
        try:
            profile = profiles.checked(self.host.text(), self.port.value(), self.database.text(), self.user.text())
            self.url = profiles.connect(profile, self.password.text())
        except AppError as exc:
            self.error.setText(messages.error_text(exc))
            self.error.show()
            return
        if self.remember.isChecked():
            profiles.save(profile)
        self.accept()
