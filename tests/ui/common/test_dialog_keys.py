"""Every dialog works from the keyboard the way a clerk expects: typing goes into the first field,
Tab walks the fields and then the buttons, Enter presses the dialog's own button, never Batal.

tests/ui/common/test_every_window.py runs these checks on every window and dialog of
tests/ui/gallery.py (in the state a clerk meets them), so a dialog added there is checked too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
    QWizard,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ACCEPTING = (QDialogButtonBox.AcceptRole, QDialogButtonBox.YesRole, QDialogButtonBox.ApplyRole)
REFUSING = (QDialogButtonBox.RejectRole, QDialogButtonBox.NoRole)


def _usable(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isEnabled() and bool(widget.focusPolicy() & Qt.TabFocus)


def _is_input(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, (QComboBox, QAbstractSpinBox))


def tab_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits in `top`, once round, from its focus widget."""
    start = top.focusWidget() or top
    chain, widget = [], start.nextInFocusChain()
    for _ in range(2000):
        if _usable(widget, top) and (widget is top or top.isAncestorOf(widget)):
            if widget in chain:
                break
            chain.append(widget)
        if widget is start:
            break
        widget = widget.nextInFocusChain()
    if start in chain:
        position = chain.index(start)
        chain = chain[position:] + chain[:position]
    return chain


def bottom_buttons(top: QWidget) -> list[QPushButton]:
    """The buttons of the dialog's own button row (its QDialogButtonBox)."""
    boxes = [b for b in top.findChildren(QDialogButtonBox) if b.isVisibleTo(top)]
    return [b for box in boxes for b in box.buttons() if isinstance(b, QPushButton) and _usable(b, top)]


def role_of(button: QAbstractButton) -> QDialogButtonBox.ButtonRole | None:
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parent()
    return box.buttonRole(button) if box is not None else None


def keyboard_problems(name: str, top: QWidget) -> list[str]:
    if isinstance(top, QMessageBox) or not isinstance(top, QDialog):
        return []
    problems = []
    inputs = [w for w in top.findChildren(QWidget) if _usable(w, top) and _is_input(w)]
    focus = top.focusWidget()
    if inputs and (focus is None or isinstance(focus, QPushButton)):
        problems.append(f"{name}: focus starts on {type(focus).__name__}"
                        f"({getattr(focus, 'text', lambda: '')()}), not in a field")
    if isinstance(top, QWizard):
        return problems
    chain = tab_chain(top)
    buttons = bottom_buttons(top)
    if buttons and len(chain) > len(buttons):
        # From the top-left field, Tab goes through every field before the button row.
        fields = [w for w in chain if w not in buttons]
        top_left = min(fields, key=lambda w: (w.mapTo(top, w.rect().topLeft()).y(),
                                              w.mapTo(top, w.rect().topLeft()).x()))
        start = chain.index(top_left)
        kinds = [w in buttons for w in chain[start:] + chain[:start]]
        if kinds != sorted(kinds):
            problems.append(f"{name}: Tab reaches the buttons between fields: " + " > ".join(
                f"{type(w).__name__}({w.objectName() or getattr(w, 'text', lambda: '')()})" for w in chain))
    defaults = [b for b in top.findChildren(QPushButton) if b.isVisibleTo(top) and b.isDefault()]
    for button in defaults:
        if role_of(button) in REFUSING:
            problems.append(f"{name}: Enter presses {button.text()!r}")
    accepting = [b for b in buttons if role_of(b) in ACCEPTING]
    if accepting and not any(b.isDefault() for b in accepting):
        problems.append(f"{name}: {accepting[0].text()!r} is not the default button")
    return problems


def test_the_check_sees_a_dialog_that_starts_on_its_button(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    first = QLineEdit(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
    second = QLineEdit(dialog)       # made after the buttons: Tab goes there after them
    layout = QVBoxLayout(dialog)
    for widget in (first, second, buttons):
        layout.addWidget(widget)
    buttons.button(QDialogButtonBox.Cancel).setDefault(True)
    dialog.show()
    buttons.button(QDialogButtonBox.Ok).setFocus()
    problems = keyboard_problems("sample", dialog)
    assert any("focus starts" in p for p in problems)
    assert any("Tab reaches the buttons between fields" in p for p in problems)
    assert any("Enter presses" in p for p in problems)

