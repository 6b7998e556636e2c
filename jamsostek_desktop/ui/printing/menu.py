"""Menu entries of the printing feature: install(window) adds them to the main window's "Cetak" menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from jamsostek_desktop.domain.scope import Scope


def window_scope(window) -> Scope:
    """What the window shows now (category, filters), or everything when it cannot say."""
    current = getattr(window, "current_scope", None)
    if callable(current):
        try:
            scope = current()
        except Exception:  # noqa: BLE001 - a window without a list yet prints everything
            scope = None
        if isinstance(scope, Scope):
            return scope
    return Scope()


def open_print_dialog(window, document: str = "roster"):
    from jamsostek_desktop.errors import AppError
    from jamsostek_desktop.ui.common import messages
    from jamsostek_desktop.ui.printing.dialog import PrintDialog

    try:
        dialog = PrintDialog(window, window_scope(window), document)
    except AppError as exc:                # no profile yet, say: the clerk is told what to do
        messages.show_error(window, QCoreApplication.translate("printing", "Cetak"), exc)
        return None
    previous = getattr(window, "_print_dialog", None)
    if previous is not None and previous is not dialog and not previous.isVisible():
        previous.deleteLater()             # a closed dialog keeps no preview widgets alive
    window._print_dialog = dialog          # kept for tests and so it is not garbage collected
    dialog.open()
    return dialog


def install(window) -> None:
    window.add_action("menu_cetak", "print_dialog", QCoreApplication.translate("printing", "&Cetak…"), lambda: open_print_dialog(window),
                      QKeySequence.Print, toolbar=True)
    window.menu("menu_cetak").addSeparator()
    window.add_action("menu_cetak", "print_roster", QCoreApplication.translate("printing", "&Daftar nominatif…"),
                      lambda: open_print_dialog(window, "roster"))
    window.add_action("menu_cetak", "print_receipt", QCoreApplication.translate("printing", "&Tanda terima kartu…"),
                      lambda: open_print_dialog(window, "receipt"))
    window.add_action("menu_cetak", "print_summary", QCoreApplication.translate("printing", "&Rekapitulasi…"),
                      lambda: open_print_dialog(window, "summary"))
    window.menu("menu_cetak").addSeparator()
    window.add_action("menu_cetak", "print_profile",
                      QCoreApplication.translate("printing", "&Kop surat dan penanda tangan…"),
                      lambda: open_profile_dialog(window))


def open_profile_dialog(window):
    from jamsostek_desktop.errors import AppError
    from jamsostek_desktop.ui.common import messages
    from jamsostek_desktop.ui.printing.profile_dialog import ProfileDialog

    try:
        dialog = ProfileDialog(window)
    except AppError as exc:
        messages.show_error(window, QCoreApplication.translate("printing", "Cetak"), exc)
        return None
    window._profile_dialog = dialog
    dialog.open()
    return dialog
