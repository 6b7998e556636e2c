"""Menu entries of the sync feature.

Kelurahan mode: "Kirim data…" (export). City mode: "Terima data…" (import, with the
report) and "Konflik & NIK ganda…" (the list a person resolves). After an import the
window reloads its lists through `refresh_data()` when it has one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jamsostek_desktop.services.participants import profile as profile_service


def _refresh(window) -> None:
    refresh = getattr(window, "refresh_data", None)
    if callable(refresh):
        refresh()


def open_export_dialog(window):
    from jamsostek_desktop.ui.sync.export_dialog import ExportDialog

    dialog = ExportDialog(window)
    window._sync_export_dialog = dialog    # kept for tests and so it is not garbage collected
    dialog.open()
    return dialog


def open_issues_dialog(window):
    from jamsostek_desktop.ui.sync.issues_dialog import IssuesDialog

    dialog = IssuesDialog(window, on_changed=lambda: _refresh(window))
    window._sync_issues_dialog = dialog
    dialog.open()
    return dialog


def open_import_dialog(window, paths: list[str] | None = None):
    from jamsostek_desktop.ui.sync.import_dialog import ImportDialog

    dialog = ImportDialog(window, on_imported=lambda: _refresh(window),
                          open_issues=lambda: open_issues_dialog(window))
    window._sync_import_dialog = dialog
    dialog.open()
    if paths:
        dialog.start(paths)
    return dialog


def install(window) -> None:
    if profile_service.is_city():
        window.add_action("menu_sinkron", "sync_import", QCoreApplication.translate("sync", "&Terima data…"), lambda: open_import_dialog(window),
                          toolbar=True)
        window.add_action("menu_sinkron", "sync_issues", QCoreApplication.translate("sync", "&Konflik && NIK ganda…"),
                          lambda: open_issues_dialog(window))
    else:
        window.add_action("menu_sinkron", "sync_export", QCoreApplication.translate("sync", "&Kirim data…"), lambda: open_export_dialog(window),
                          toolbar=True)
