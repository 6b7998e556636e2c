"""Bantuan > Panduan (F1): install(window) adds the entry and makes F1 work in every window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from jamsostek_desktop.ui.help import manual


def install(window) -> None:
    menu = window.menu("menu_bantuan")
    action = window.add_action("menu_bantuan", "manual", QCoreApplication.translate("HelpMenu", "&Panduan"),
                               lambda: manual.open_manual(manual.topic_of(window), window))
    # F1 is handled for every window by the filter below; the menu only shows it.
    action.setShortcut(QKeySequence())
    action.setText(QCoreApplication.translate("HelpMenu", "&Panduan") + "\tF1")
    first = menu.actions()[0] if menu.actions() else None
    if first is not None and first is not action:       # Panduan above Tentang
        menu.removeAction(action)
        menu.insertAction(first, action)
    manual.install_f1()
