"""User management for administrators: list, add, edit, reset password, unlock, (de)activate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.accounts import users as accounts
from jamsostek_desktop.ui.accounts.dialogs import ResetPasswordDialog, UserFormDialog
from jamsostek_desktop.ui.common import labels, messages
from jamsostek_desktop.ui.common.labels import role_label


def local_time(value: dt.datetime | None) -> str:
    """A stored naive-UTC time in the office's time zone: `23-11-2026 14:05 WIB`."""
    return labels.local_time(value)


class UsersModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("UsersModel", "Nama pengguna"), QT_TRANSLATE_NOOP("UsersModel", "Nama lengkap"),
               QT_TRANSLATE_NOOP("UsersModel", "Peran"), QT_TRANSLATE_NOOP("UsersModel", "Status"),
               QT_TRANSLATE_NOOP("UsersModel", "Masuk terakhir"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.users: list[accounts.UserInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.users = accounts.list_users()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def _status(self, user: accounts.UserInfo) -> str:
        if not user.active:
            return self.tr("Nonaktif")
        if user.locked():
            return self.tr("Terkunci sampai {time}").format(time=local_time(user.locked_until).split(" ", 1)[1])
        return self.tr("Aktif")

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ForegroundRole):
            return None
        user = self.users[index.row()]
        if role == Qt.ForegroundRole:
            return Qt.gray if not user.active else None
        return (user.username, user.full_name, role_label(user.role), self._status(user),
                local_time(user.last_login_at))[index.column()]


class UsersDialog(QDialog):
    """
    +---------------------------------------------------------------+
    | Nama pengguna | Nama lengkap | Peran | Status | Masuk terakhir |
    | ...                                                           |
    | [Tambah] [Ubah] [Atur ulang kata sandi] [Buka kunci] [Nonaktifkan] [Tutup] |
    +---------------------------------------------------------------+
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Pengguna"))
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_user)
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, "users_add", self.tr("Tambah…"), self.add_user)
        self.edit_button = self._button(buttons, "users_edit", self.tr("Ubah…"), self.edit_user)
        self.reset_button = self._button(buttons, "users_reset", self.tr("Atur ulang kata sandi…"),
                                         self.reset_password)
        self.unlock_button = self._button(buttons, "users_unlock", self.tr("Buka kunci"), self.unlock)
        self.active_button = self._button(buttons, "users_active", self.tr("Nonaktifkan"), self.toggle_active)
        buttons.addStretch(1)
        self._button(buttons, "users_close", self.tr("Tutup"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.resize(760, 360)

    def _button(self, layout, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def selected(self) -> accounts.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.users[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, user in enumerate(self.model.users):
            if user.username.lower() == username.lower():
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args) -> None:
        user = self.selected()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.locked())
        self.active_button.setText(self.tr("Aktifkan") if user and not user.active else self.tr("Nonaktifkan"))

    def _reload(self, keep: str | None = None) -> None:
        self.model.reload()
        if keep:
            self.select(keep)
        self._update_buttons()

    def _run(self, action, keep: str | None = None) -> None:
        try:
            action()
        except AppError as exc:
            messages.show_error(self, self.windowTitle(), exc)
        self._reload(keep)

    def add_user(self) -> None:
        form = UserFormDialog(parent=self)
        if form.exec() == QDialog.Accepted and form.created:
            self._reload(form.created.username)

    def edit_user(self, *_args) -> None:
        user = self.selected()
        if user and UserFormDialog(user, parent=self).exec() == QDialog.Accepted:
            self._reload(user.username)

    def reset_password(self) -> None:
        user = self.selected()
        if user and ResetPasswordDialog(user.username, parent=self).exec() == QDialog.Accepted:
            messages.inform(self, self.windowTitle(), self.tr(
                "Kata sandi {user} sudah diganti.").format(user=user.username))
            self._reload(user.username)

    def unlock(self) -> None:
        user = self.selected()
        if user:
            self._run(lambda: accounts.unlock(user.username), user.username)

    def toggle_active(self) -> None:
        user = self.selected()
        if user:
            self._run(lambda: accounts.update_user(user.username, active=not user.active), user.username)
