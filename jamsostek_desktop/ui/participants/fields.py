"""Input widgets for form fields, one kind per field type, all read and written as text.

The form reads every widget as raw text and lets domain.participant.parse_raw turn
it into typed values, so the form and the Excel importer accept the same input.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from jamsostek_desktop.domain.formatting import short_date, thousands
from jamsostek_desktop.ui.common.i18n import translated

SEX_CHOICES = (("", ""), ("L", QT_TRANSLATE_NOOP("FieldInput", "L — Laki-laki")),
               ("P", QT_TRANSLATE_NOOP("FieldInput", "P — Perempuan")))
DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("FieldInput", "hh-bb-tttt")


def _tr_field(text: str) -> str:
    """Texts marked above with QT_TRANSLATE_NOOP, translated when a widget is made."""
    return QCoreApplication.translate("FieldInput", text) if text else text


class FieldInput:
    """A widget with `raw()` / `set_value()` and a `changed` signal, whatever its kind."""

    def __init__(self, key: str, widget: QWidget, changed: Signal, kind: str) -> None:
        self.key = key
        self.widget = widget
        self.changed = changed
        self.kind = kind

    def raw(self):
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        return w.text()

    def set_value(self, value) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            position = w.findData(value if value is not None else "")
            w.setCurrentIndex(max(position, 0))
        else:
            w.setText(as_text(value, self.kind))

    def is_empty(self) -> bool:
        value = self.raw()
        return value in ("", None, False)


def as_text(value, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return short_date(value)
    if kind == "money" and isinstance(value, int):
        return thousands(value)
    return str(value)


def make_input(key: str, label: str, kind: str, parent: QWidget, choices: tuple[str, ...] = (),
               help_text: str = "") -> FieldInput:
    """The widget for a field of `kind` (text, int, date, sex, bool, money, choice)."""
    if kind == "bool":
        widget = QCheckBox(label, parent)
        changed = widget.toggled
    elif kind in ("sex", "choice"):
        widget = QComboBox(parent)
        items = SEX_CHOICES if kind == "sex" else (("", ""),) + tuple((c, c) for c in choices)
        for data, text in items:
            widget.addItem(_tr_field(text) if kind == "sex" else translated(text), str(data))
        changed = widget.currentIndexChanged
    else:
        widget = QLineEdit(parent)
        changed = widget.textChanged
        if kind == "date":
            widget.setPlaceholderText(_tr_field(DATE_PLACEHOLDER))
            widget.setMaximumWidth(140)
            widget.setToolTip(QCoreApplication.translate("FieldInput", "Contoh: 12-08-1975 atau 12 Agustus 1975"))
        elif kind == "int":
            widget.setMaximumWidth(80)
            widget.setMaxLength(6)
        elif kind == "money":
            widget.setMaximumWidth(160)
            widget.setPlaceholderText("1.000.000")
        elif key == "nik":
            widget.setMaxLength(24)
            widget.setPlaceholderText(QCoreApplication.translate("FieldInput", "16 digit sesuai KTP"))
        elif key == "telepon":
            widget.setPlaceholderText("081234567890")
        elif key == "kpj":
            widget.setMaxLength(11)
            widget.setMaximumWidth(160)
        if help_text:
            widget.setPlaceholderText(help_text)
    widget.setObjectName(key)
    widget.setAccessibleName(label)
    return FieldInput(key, widget, changed, kind)
