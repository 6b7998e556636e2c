"""Menu entry of the screening feature: "Periksa data ganda…" in the Data menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def open_review(window):
    from jamsostek_desktop.ui.screening.review_window import ReviewWindow

    dialog = ReviewWindow(window)
    window._screening_window = dialog     # kept for tests and so it is not garbage collected
    dialog.show()
    return dialog


def install(window) -> None:
    window.add_action("menu_data", "screening", translate("screening", "Periksa data &ganda…"),
                      lambda: open_review(window))
