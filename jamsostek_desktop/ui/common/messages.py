"""Questions to the clerk: confirm, show an error, ask for a reason, pick a status.

Kept in one module so tests can answer them (monkeypatch `confirm`, or drive the
dialog classes directly) without a modal loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.ui.common.labels import status_label


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str | None = None,
            no: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("ask", "Ya"), QMessageBox.AcceptRole)
    box.addButton(no or QCoreApplication.translate("ask", "Tidak"), QMessageBox.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


class ReasonDialog(QDialog):
    """A question with a required reason (archive, restore)."""

    def __init__(self, parent: QWidget | None, title: str, question: str, *, required: bool = True,
                 ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._required = required
        label = QLabel(question, self)
        label.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Alasan"))
        self.reason.setPlaceholderText(self.tr("Tulis alasannya …") if required else self.tr("Boleh dikosongkan"))
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(ok_text or self.tr("OK"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("ok")
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Alasan:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason.text().strip()) or not self._required)

    def text(self) -> str:
        return self.reason.text().strip()


class StatusDialog(QDialog):
    """Choose the new status of the selected participants, with a reason where one is needed."""

    def __init__(self, parent: QWidget | None, count: int, current: set[str]) -> None:
        super().__init__(parent)
        self.setObjectName("status_dialog")
        self.setWindowTitle(self.tr("Ubah status"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Ubah status {count} peserta terpilih.").format(count=count), self)
        intro.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setObjectName("target_status")
        self.target.setAccessibleName(self.tr("Status baru"))
        # Offer the moves allowed from every current status first, then the rest.
        allowed = set.intersection(*[{s.value for s in status_rules.TRANSITIONS[status_rules.Status(c)]}
                                     for c in current]) if current else set()
        for status in status_rules.Status:
            if status.value in allowed:
                self.target.addItem(status_label(status.value), status.value)
        if self.target.count() == 0:
            for status in status_rules.Status:
                self.target.addItem(status_label(status.value), status.value)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Alasan"))
        self.hint = QLabel(self)
        self.hint.setObjectName("status_hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Ubah status"), QDialogButtonBox.AcceptRole)
        self.ok.setObjectName("ok")
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.target.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Status baru:"), self.target)
        form.addRow(self.tr("Alasan:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> str:
        return self.target.currentData()

    def _update(self) -> None:
        needs = status_rules.Status(self.chosen()) in status_rules.NEEDS_REASON if self.chosen() else False
        self.reason.setPlaceholderText(self.tr("Wajib diisi") if needs else self.tr("Boleh dikosongkan"))
        self.hint.setText(self.tr("Perubahan ke status ini memerlukan alasan.") if needs else "")
        self.ok.setEnabled(bool(self.chosen()) and (not needs or bool(self.reason.text().strip())))
