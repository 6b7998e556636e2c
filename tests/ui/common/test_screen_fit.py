"""Every window fits the office screen: 1024x768 or 1366x768 with a Windows taskbar.

tests/ui/common/test_every_window.py makes each window and dialog of tests/ui/gallery.py as
small as that screen's free area, where it must still show every button whole (`fit_problems`).
(The list's columns and the navigator's names: tests/ui/participants/test_list_fit.py.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QScrollArea, QWidget

from jamsostek_desktop.ui.common import screen

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# 1024x768 less a taskbar (40 px), a title bar and a frame.
SMALL = (screen.SMALLEST[0] - 2 * screen.FRAME, screen.SMALLEST[1] - screen.TITLE_BAR - screen.FRAME)


def _scrolled_into(button: QAbstractButton, top: QWidget) -> QScrollArea | None:
    """The scrolling page of `top` that holds `button` (the dashboard's panels, the form's fields)."""
    widget = button.parentWidget()
    while widget is not None and widget is not top:
        if isinstance(widget, QScrollArea) and widget.widget() is not None and widget.widget().isAncestorOf(button):
            return widget
        widget = widget.parentWidget()
    return None


def cut_buttons(top: QWidget) -> list[str]:
    """Visible buttons not wholly inside the window (under the taskbar, past the right edge).
    A button on a page that scrolls counts as shown when scrolling to it shows it whole."""
    inside = QRect(0, 0, top.width(), top.height())
    out = []
    for button in top.findChildren(QAbstractButton):
        if not button.isVisibleTo(top) or not button.text():
            continue
        area = _scrolled_into(button, top)
        if area is not None:
            area.ensureWidgetVisible(button, 0, 0)
            QApplication.processEvents()
        rect = QRect(button.mapTo(top, button.rect().topLeft()), button.size())
        if not inside.contains(rect) or button.visibleRegion().boundingRect().size() != button.size():
            out.append(button.text())
    return out


def fit_problems(name: str, top: QWidget) -> list[str]:
    if isinstance(top, QMessageBox):
        return []
    problems = []
    least = top.minimumSizeHint().expandedTo(top.minimumSize())
    if least.width() > SMALL[0] or least.height() > SMALL[1]:
        problems.append(f"{name}: needs at least {least.width()}x{least.height()}, more than {SMALL}")
    top.resize(min(top.width(), SMALL[0]), min(top.height(), SMALL[1]))
    QApplication.processEvents()
    cut = cut_buttons(top)
    if cut:
        problems.append(f"{name} at {top.width()}x{top.height()}: buttons cut off: {cut}")
    return problems


def test_a_window_larger_than_the_screen_is_shown_within_it(qtbot, qapp):
    from PySide6.QtWidgets import QDialog

    screen.keep_windows_on_screen(qapp)
    try:
        free = screen.free_area()
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.resize(free.width() + 500, free.height() + 300)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.width() <= free.width())
        assert dialog.width() <= free.width() and dialog.height() <= free.height() - screen.TITLE_BAR
        assert free.contains(dialog.frameGeometry().topLeft())
    finally:                          # the program keeps it for good; the other tests do not
        screen.stop_keeping_windows_on_screen(qapp)
