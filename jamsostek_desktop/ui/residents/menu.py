"""Menu entry of the residents feature: "Data penduduk…" in the Data menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def open_register(window):
    from jamsostek_desktop.ui.residents.register_view import RegisterWindow

    dialog = RegisterWindow(window)
    window._residents_window = dialog     # kept for tests and so it is not garbage collected
    dialog.show()
    return dialog


def install(window) -> None:
    window.add_action("menu_data", "residents", translate("residents", "Data &penduduk…"),
                      lambda: open_register(window))
