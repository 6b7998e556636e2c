"""Alat > Bahasa / Language: choose the interface language, used from the next start.

    +-- Bahasa / Language -------------------------------+
    | Bahasa tampilan:  [Bahasa Indonesia  v]             |
    | Bahasa baru berlaku setelah program dibuka lagi.    |
    | The new language applies after the program restarts.|
    |                                   [OK]  [Batal]     |
    +-----------------------------------------------------+
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.ui.common import i18n, messages

# Deliberately in both languages, untranslated: whoever opened this dialog may not read
# the language the interface is in now, and must still learn when the change applies.
RESTART_NOTE = ("Bahasa baru berlaku setelah program ditutup dan dibuka lagi.\n"
                "The new language applies after you close and reopen the program.")
TITLE = "Bahasa / Language"


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_dialog")
        self.setWindowTitle(TITLE)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Bahasa tampilan"))
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.chosen_language()), 0))
        note = QLabel(RESTART_NOTE, self)
        note.setObjectName("restart_note")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Bahasa tampilan:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return self.language.currentData()


def choose_language(parent: QWidget | None) -> str | None:
    """Ask for the language and save it. Returns the new code, or None when nothing changed."""
    before = i18n.chosen_language()
    dialog = LanguageDialog(parent)
    if dialog.exec() != QDialog.Accepted or dialog.chosen() == before:
        return None
    i18n.save_language(dialog.chosen())
    messages.inform(parent, TITLE, RESTART_NOTE)
    return dialog.chosen()


def install(window) -> None:
    if window.menu("menu_alat").actions():
        window.menu("menu_alat").addSeparator()
    window.add_action("menu_alat", "language",
                      QCoreApplication.translate("LanguageDialog", "Bahasa / &Language…"),
                      lambda: choose_language(window))
