"""Keyboard order of a dialog: where typing starts, where Tab goes, what Enter presses.

Qt's focus chain follows the order widgets were made in, so a dialog whose button row is
made before its fields starts on a button and tabs into "Batal" first; an auto-default
button then turns Enter into a cancel. `fields_then_buttons` puts a dialog right in one
call. tests/ui/common/test_every_window.py checks every dialog of the program.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPushButton, QWidget


def chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next, in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def is_empty(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex() <= 0 and not widget.currentText()
    return False


def fields_then_buttons(fields: Sequence[QWidget], buttons: Sequence[QAbstractButton],
                        default: QPushButton | None = None) -> QWidget | None:
    """Tab through `fields` then `buttons`; Enter presses `default`; focus the first empty field.

    Returns the widget that got the focus (the first empty usable field, else the first
    usable one). Enter on a field presses `default`; on a button that has the focus, that
    button (Qt's auto-default), as a clerk who tabbed to "Batal" expects.
    """
    chain([*fields, *buttons])
    for button in buttons:
        if isinstance(button, QPushButton) and button is not default:
            button.setDefault(False)
    if default is not None:
        default.setAutoDefault(True)
        default.setDefault(True)
    usable = [f for f in fields if f.isEnabled() and f.focusPolicy() & Qt.TabFocus
              and not (isinstance(f, QLineEdit) and f.isReadOnly())]
    target = next((f for f in usable if is_empty(f)), usable[0] if usable else None)
    if target is not None:
        target.setFocus(Qt.OtherFocusReason)
    return target
