"""Menu entries of the excel feature: "Impor Excel…" and "Ekspor Excel…" in the Data menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def _refresh(window) -> None:
    refresh = getattr(window, "refresh_data", None)
    if callable(refresh):
        refresh()


def open_import_wizard(window):
    from jamsostek_desktop.ui.excel.import_wizard import ImportWizard

    wizard = ImportWizard(window, on_imported=lambda: _refresh(window))
    window._excel_import_wizard = wizard   # kept for tests and so it is not garbage collected
    wizard.open()
    return wizard


def open_export_dialog(window):
    from jamsostek_desktop.ui.excel.export_dialog import ExportDialog
    from jamsostek_desktop.ui.printing.menu import window_scope

    dialog = ExportDialog(window, window_scope(window))
    window._excel_export_dialog = dialog
    dialog.open()
    return dialog


def install(window) -> None:
    menu = window.menu("menu_data")
    menu.addSeparator()
    window.add_action("menu_data", "excel_import", translate("excel", "&Impor Excel…"),
                      lambda: open_import_wizard(window))
    window.add_action("menu_data", "excel_export", translate("excel", "&Ekspor Excel…"),
                      lambda: open_export_dialog(window))
