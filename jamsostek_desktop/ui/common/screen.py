"""Window sizes that fit the office screen: 1024x768 or 1366x768, with a taskbar.

A window opened taller than the screen's free area hides its buttons under the taskbar,
and one wider than the screen hides its right edge; `fit` caps a wanted size at the free
area of the screen the window opens on (minus its title bar and frame), and
`centre` puts it in the middle of that area. tests/ui/common/test_screen_fit.py checks
every window and dialog at both screen sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

TITLE_BAR = 32      # a window's title bar and frame, which the free area must hold too
FRAME = 8
SMALLEST = (1024, 768 - 40)   # the smallest office screen less a Windows taskbar


def free_area(widget: QWidget | None = None) -> QRect:
    """The screen's free area (without the taskbar) where `widget` opens."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def fitted(widget: QWidget | None, width: int, height: int) -> tuple[int, int]:
    free = free_area(widget)
    return min(width, free.width() - FRAME * 2), min(height, free.height() - TITLE_BAR - FRAME)


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to the wanted size, capped at the free area of its screen."""
    widget.resize(*fitted(widget, width, height))


def centre(widget: QWidget) -> None:
    free = free_area(widget)
    frame = widget.frameGeometry()
    frame.moveCenter(free.center())
    widget.move(max(frame.left(), free.left()), max(frame.top(), free.top()))


def _fit_new_window(_focus_window=None) -> None:
    """A window that just came to the front: capped at its screen's free area, once."""
    window = QApplication.activeWindow()
    if window is None or window.property("jamsostek_fitted"):
        return
    window.setProperty("jamsostek_fitted", True)
    width, height = fitted(window, window.width(), window.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        centre(window)


_installed = False


def keep_windows_on_screen(app: QGuiApplication) -> None:
    """Cap every window of the program at its screen as it comes to the front (app start-up).

    Dialogs ask for their size in code, and an office screen may be smaller than the one
    they were drawn on. Done when the focus moves to a new window, not in an event filter:
    a filter in Python would run for every event of every widget.
    """
    global _installed
    if not _installed:
        _installed = True
        app.focusWindowChanged.connect(_fit_new_window)


def stop_keeping_windows_on_screen(app: QGuiApplication) -> None:
    """The opposite of keep_windows_on_screen (tests, which share one application)."""
    global _installed
    if _installed:
        _installed = False
        app.focusWindowChanged.disconnect(_fit_new_window)
