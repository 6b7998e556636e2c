"""Every message box and question to the clerk: inform, warn, confirm, show an error, about.

The one module that makes QMessageBox (a test fails on one anywhere else in ui/), so
tests answer every question by replacing `present`: tests/conftest.py records each box
and answers it without a modal loop. Also the dialogs that ask for a reason or a
status, and the "Terjadi kesalahan program" box the excepthook shows (ui.common.errors).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
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

from jamsostek_desktop import APP_NAME
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.findings import Finding
from jamsostek_desktop.errors import AppError, ValidationError
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import status_label

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate

ICONS = {"information": QMessageBox.Information, "warning": QMessageBox.Warning,
         "critical": QMessageBox.Critical, "question": QMessageBox.Question, "about": QMessageBox.NoIcon}


@dataclass
class Box:
    """One message box: what kind, over which window, what it says and which buttons it offers."""

    kind: str                    # information, warning, critical, question, about
    parent: QWidget | None
    title: str
    text: str
    yes: str = ""                # the accepting button ("OK" when empty)
    no: str = ""                 # the refusing button; questions only
    safe_default: bool = False   # Enter presses `no`: the question's safe answer keeps the clerk's work


def present(box: Box) -> bool:
    """Show `box` modally; True when the clerk pressed the accepting button. Tests replace this."""
    message = QMessageBox(ICONS[box.kind], box.title or APP_NAME, box.text, QMessageBox.NoButton, box.parent)
    message.setTextFormat(Qt.RichText if box.kind == "about" else Qt.AutoText)
    accept = message.addButton(box.yes or translate("Messages", "OK"), QMessageBox.AcceptRole)
    refuse = message.addButton(box.no, QMessageBox.RejectRole) if box.no else None
    message.setDefaultButton(refuse if box.safe_default and refuse is not None else accept)
    message.setEscapeButton(refuse or accept)
    message.exec()
    return message.clickedButton() is accept


def inform(parent: QWidget | None, title: str, text: str) -> None:
    present(Box("information", parent, title, translated(text)))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    present(Box("warning", parent, title, translated(text)))


def critical(parent: QWidget | None, title: str, text: str) -> None:
    present(Box("critical", parent, title, translated(text)))


def about(parent: QWidget | None, title: str, text: str) -> None:
    present(Box("about", parent, title, text))


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str | None = None,
            no: str | None = None, safe_default: bool = False) -> bool:
    """A yes/no question; True for yes. `safe_default`: Enter answers no (a question whose
    yes throws work away)."""
    return present(Box("question", parent, title, translated(text),
                       yes or translate("Messages", "Ya"), no or translate("Messages", "Tidak"), safe_default))


def error_text(exc: BaseException) -> str:
    """What the clerk reads for an expected failure, in the interface language."""
    if not isinstance(exc, AppError):
        return translate("Messages", "Terjadi kesalahan program. Rinciannya tercatat di log.")
    text = translated(exc.message)
    if isinstance(exc, ValidationError) and exc.problems:
        # Findings carry their own translatable message; other problems are texts already.
        details = [translated(p.message if isinstance(p, Finding) else p) for p in exc.problems]
    else:
        details = [translated(d) for d in exc.details]
    return text + "".join(f"\n- {d}" for d in details)


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    """An expected failure (AppError, or a text) in a warning box; any other exception is a bug
    and goes to the excepthook's log and crash dialog instead."""
    if isinstance(error, BaseException) and not isinstance(error, AppError):
        from jamsostek_desktop.ui.common import errors

        errors.report_bug(error)
        return
    warn(parent, title, error_text(error) if isinstance(error, AppError) else translated(error))


def bug_box(parent: QWidget | None, log_file: str, summary: str) -> QMessageBox:
    """The "Terjadi kesalahan program" box, not modal: the program goes on where it safely can."""
    box = QMessageBox(QMessageBox.Critical, translate("Messages", "Terjadi kesalahan program"),
                      translate("Messages", "Terjadi kesalahan program. Pekerjaan yang sedang berjalan mungkin "
                                "tidak selesai; data yang sudah tersimpan aman.\n\nRinciannya tercatat di "
                                "berkas log:\n{path}\n\nKirim berkas itu kepada petugas TI bila kesalahan "
                                "terulang.").format(path=log_file),
                      QMessageBox.NoButton, parent)
    box.setObjectName("bug_dialog")
    box.setDetailedText(summary)
    box.addButton(translate("Messages", "Tutup"), QMessageBox.AcceptRole)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.setWindowModality(Qt.NonModal)
    return box


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

    def __init__(self, parent: QWidget | None, count: int, current: set[str],
                 targets: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_dialog")
        self.setWindowTitle(self.tr("Ubah status"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Ubah status {count} peserta terpilih.").format(count=count), self)
        intro.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setObjectName("target_status")
        self.target.setAccessibleName(self.tr("Status baru"))
        # Only moves some selected participant can make; each is applied to those who can.
        for status in (status_rules.targets_from(current) if targets is None else targets):
            self.target.addItem(status_label(status), status)
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
