"""The entry form's rows: a caption, the input, and under it the line kept for its message.

Built here for ParticipantForm (form.py), which owns `inputs` and `messages` and
reacts to edits; the rows come from the catalogue, so a category with more fields
gets more rows and the form scrolls them within the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import names
from jamsostek_desktop.ui.participants.fields import make_input

QWIDGETSIZE_MAX = (1 << 24) - 1    # Qt's "no maximum width"


def field_group(form, title: str, rows) -> QGroupBox:
    """A titled group of rows: (key, label, kind, choices, help text) each."""
    box = QGroupBox(title, form)
    layout = QFormLayout(box)
    layout.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
    layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
    layout.setVerticalSpacing(4)
    for key, label, kind, choices, help_text in rows:
        add_row(form, layout, key, label, kind, box, choices, help_text)
    return box


def message_line(parent: QWidget, key: str) -> QLabel:
    """The label under a field: a line is kept for it whether shown or not, so no field moves
    when a message comes or goes; a longer message takes the lines it needs, never cut."""
    message = QLabel(parent)
    message.setObjectName(f"{key}_message")
    message.setWordWrap(True)
    policy = message.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    message.setSizePolicy(policy)
    message.setMinimumHeight(message.fontMetrics().lineSpacing())
    message.hide()
    return message


def add_row(form, layout: QFormLayout, key: str, label: str, kind: str, parent: QWidget,
            choices=(), help_text: str = "") -> None:
    field = make_input(key, label.rstrip(" *†"), kind, parent, choices, help_text)
    field.widget.installEventFilter(form)
    field.changed.connect(lambda *_a, k=key: form._on_edit(k))
    message = message_line(parent, key)
    message.linkActivated.connect(lambda _link, k=key: form._apply_suggestion(k))
    cell = QVBoxLayout()
    cell.setSpacing(1)
    # A narrow field (a date, RT) still leaves its message the whole width of the column,
    # so a long message wraps over lines instead of being cut.
    line = QHBoxLayout()
    line.addWidget(field.widget, 1)
    if field.widget.maximumWidth() < QWIDGETSIZE_MAX:
        line.addStretch(1)
    cell.addLayout(line)
    cell.addWidget(message)
    form.inputs[key] = field
    form.messages[key] = message
    if kind == "bool":
        layout.addRow("", cell)
    else:
        caption = QLabel(label + ":", parent)
        caption.setBuddy(field.widget)
        layout.addRow(caption, cell)


def scrolled(form, columns: QLayout) -> tuple[QScrollArea, QWidget]:
    """The field columns in a frameless scroll area: on a low screen they scroll, the form's
    heading and buttons stay in view."""
    body = QWidget(form)
    body.setObjectName("form_body")
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    body_layout.addLayout(columns)
    scroll = QScrollArea(form)
    scroll.setObjectName("form_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setWidget(body)
    return scroll, body


def suggestion(key: str, typed) -> str:
    """A better way to write what the clerk typed in a field (capitals for a name), or ""."""
    if key != "nama" or not isinstance(typed, str):
        return ""
    return names.capitalised(typed) if names.wants_capitals(typed) else ""


def is_save_and_new(event) -> bool:
    """Ctrl+Shift+S: "Simpan dan baru"."""
    return event.key() == Qt.Key_S and event.modifiers() == (Qt.ControlModifier | Qt.ShiftModifier)
