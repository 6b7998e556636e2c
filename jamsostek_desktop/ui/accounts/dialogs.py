"""Login, new-user / edit-user and change-password dialogs.

Each dialog calls the accounts service in accept(); a refusal (wrong password,
lock-out, weak password) is shown inside the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.accounts import users as accounts
from jamsostek_desktop.services.accounts.session import ROLES, Actor
from jamsostek_desktop.ui.common import keyboard, messages
from jamsostek_desktop.ui.common.labels import role_label

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate

LAST_USER_KEY = "login/last_username"   # a convenience on a shared PC; never the password


def _settings() -> QSettings:
    return QSettings("JamsostekDesktop", "JamsostekDesktop")


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.Password)
    return edit


class _FormDialog(QDialog):
    """A form above an error line and OK/Cancel; subclasses implement submit()."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.message = _message_label("form_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.setObjectName("form_buttons")
        self.buttons.button(QDialogButtonBox.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._keyboard_ready = False
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The fields exist only now (subclasses add them after this base): type into the
        # first empty one, Tab through them and then the buttons, Enter presses OK.
        if not self._keyboard_ready:
            self._keyboard_ready = True
            fields = [self.form.itemAt(row, QFormLayout.FieldRole).widget() for row in range(self.form.rowCount())]
            ok = self.buttons.button(QDialogButtonBox.Ok)
            keyboard.fields_then_buttons([f for f in fields if f is not None],
                                         [ok, self.buttons.button(QDialogButtonBox.Cancel)], default=ok)
        super().showEvent(event)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def submit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.submit()
        except AppError as exc:
            self.show_error(messages.error_text(exc))
            return
        super().accept()


class LoginDialog(_FormDialog):
    """
    +--------------------------------------+
    | Nama pengguna  [admin            ]   |
    | Kata sandi     [••••••••         ]   |
    | (red) Sisa percobaan: 3              |
    |                     [Masuk] [Batal]  |
    +--------------------------------------+
    """

    def __init__(self, place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(translate("LoginDialog", "Masuk — Jamsostek Desktop"), translate("LoginDialog", "Masuk"),
                         parent)
        self.setObjectName("login_dialog")
        self.actor: Actor | None = None
        self.password_typed = ""
        if place:
            self.intro.setText(self.tr("Masuk untuk bekerja pada data {place}.").format(place=place))
            self.intro.show()
        self.username = QLineEdit()
        self.username.setObjectName("login_username")
        self.password = _password_edit("login_password")
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        self.message.setObjectName("login_message")
        last = _settings().value(LAST_USER_KEY, "")
        if last:
            self.username.setText(str(last))   # then the password is the first empty field
        self.resize(380, self.sizeHint().height())

    def submit(self) -> None:
        try:
            self.actor = accounts.authenticate(self.username.text().strip(), self.password.text())
        except AppError:
            self.password.clear()
            self.password.setFocus(Qt.OtherFocusReason)
            raise
        self.password_typed = self.password.text()
        _settings().setValue(LAST_USER_KEY, self.actor.username)


class UserFormDialog(_FormDialog):
    """New user (name, role, password twice) or edit (full name, role, active)."""

    def __init__(self, user: accounts.UserInfo | None = None, *, first_admin: bool = False,
                 parent: QWidget | None = None) -> None:
        if user:
            title = translate("UserFormDialog", "Ubah pengguna")
        elif first_admin:
            title = translate("UserFormDialog", "Buat akun Administrator")
        else:
            title = translate("UserFormDialog", "Tambah pengguna")
        super().__init__(title, translate("UserFormDialog", "Simpan"), parent)
        self.setObjectName("user_form")
        self.user = user
        self.first_admin = first_admin
        self.created: Actor | None = None
        if first_admin:
            self.intro.setText(self.tr(
                "Belum ada akun pengguna. Buat akun Administrator lebih dulu: akun ini mengelola "
                "pengguna lain, profil, kategori, tarif dan pemulihan cadangan."))
            self.intro.show()
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("user_username")
        self.username.setReadOnly(user is not None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.full_name.setObjectName("user_full_name")
        self.role = QComboBox()
        self.role.setObjectName("user_role")
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(ROLES.index(user.role if user else ("admin" if first_admin else "operator")))
        self.role.setEnabled(not first_admin)
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Nama lengkap"), self.full_name)
        self.form.addRow(self.tr("Peran"), self.role)
        self.password = _password_edit("user_password")
        self.repeat = _password_edit("user_repeat")
        if user is None:
            self.form.addRow(self.tr("Kata sandi"), self.password)
            self.form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
            self.password.setPlaceholderText(
                self.tr("minimal {n} karakter").format(n=accounts.MIN_PASSWORD_LENGTH))
        self.resize(420, self.sizeHint().height())

    def submit(self) -> None:
        role = self.role.currentData()
        if self.user is not None:
            accounts.update_user(self.user.username, full_name=self.full_name.text(), role=role)
            return
        if self.password.text() != self.repeat.text():
            raise AppError(self.tr("Kedua kata sandi tidak sama."))
        self.created = accounts.create_user(self.username.text(), self.password.text(), role=role,
                                            full_name=self.full_name.text())


class ResetPasswordDialog(_FormDialog):
    """The administrator sets a new password; the user must change it at the next login."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("ResetPasswordDialog", "Atur ulang kata sandi"),
                         translate("ResetPasswordDialog", "Simpan"), parent)
        self.setObjectName("reset_password_dialog")
        self.username = username
        self.intro.setText(self.tr("Kata sandi baru untuk {user}. Pengguna diminta menggantinya "
                                   "saat masuk berikutnya.").format(user=username))
        self.intro.show()
        self.password = _password_edit("reset_password")
        self.repeat = _password_edit("reset_repeat")
        self.form.addRow(self.tr("Kata sandi baru"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi"), self.repeat)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            raise AppError(self.tr("Kedua kata sandi tidak sama."))
        accounts.reset_password(self.username, self.password.text())


class ChangePasswordDialog(_FormDialog):
    """A user changes their own password; `old_password` given: the login just proved it."""

    def __init__(self, username: str, old_password: str | None = None, *, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("ChangePasswordDialog", "Ganti kata sandi"),
                         translate("ChangePasswordDialog", "Simpan"), parent)
        self.setObjectName("change_password_dialog")
        self.username = username
        self.known_old = old_password
        if forced:
            self.intro.setText(self.tr("Kata sandi Anda diatur ulang oleh administrator. "
                                       "Buat kata sandi baru sebelum melanjutkan."))
            self.intro.show()
        self.old = _password_edit("change_old")
        self.password = _password_edit("change_new")
        self.repeat = _password_edit("change_repeat")
        if old_password is None:
            self.form.addRow(self.tr("Kata sandi lama"), self.old)
        self.form.addRow(self.tr("Kata sandi baru"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi"), self.repeat)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            raise AppError(self.tr("Kedua kata sandi tidak sama."))
        old = self.known_old if self.known_old is not None else self.old.text()
        accounts.change_password(self.username, old, self.password.text())
