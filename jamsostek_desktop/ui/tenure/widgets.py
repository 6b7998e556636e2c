"""Small pieces the tenure windows share: a table model over rows, date and month inputs, a table.

Dates are typed as the entry form takes them (23-11-2026, 23/11/2026, 23 November 2026) and
read with the same parser, so a clerk types one way everywhere; a month is 11-2026 or 2026-11.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.domain.parsing import ParseError, parse_date

WARN = QColor("#b00020")      # an ended term, a late report, a post with more holders than seats
NOTE = QColor("#8a5a00")      # a term ending soon, a post waiting for a holder


class RowsModel(QAbstractTableModel):
    """Rows of display texts with a key each; a row may be coloured (WARN/NOTE) as a whole."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list = []
        self._colours: dict[int, QColor] = {}
        self._right: set[int] = set()

    def set_rows(self, rows: list[tuple], keys: list, colours: dict[int, QColor] | None = None,
                 right: set[int] | None = None) -> None:
        self.beginResetModel()
        self._rows = [tuple("" if v is None else str(v) for v in row) for row in rows]
        self._keys = list(keys)
        self._colours = dict(colours or {})
        self._right = set(right or ())
        self.endResetModel()

    def key(self, row: int):
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ForegroundRole and index.row() in self._colours:
            return QBrush(self._colours[index.row()])
        if role == Qt.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt override)
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


def table(parent: QWidget, name: str, model: RowsModel, accessible: str, stretch: int = 0) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    return view


def selected_key(view: QTableView):
    index = view.currentIndex()
    return view.model().key(index.row()) if index.isValid() else None


class DateInput(QLineEdit):
    """A date typed as on the entry form; blank is allowed where `optional`."""

    def __init__(self, name: str, parent: QWidget | None = None, value: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(self.tr("hh-bb-tttt"))
        self.setMaximumWidth(140)
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(short_date(value))

    def date(self) -> dt.date | None:
        """The date typed, None when blank; ValueError when it cannot be read."""
        text = self.text().strip()
        if not text:
            return None
        try:
            value = parse_date(text)
        except ParseError as exc:
            raise ValueError(str(exc)) from exc
        if not isinstance(value, dt.date):
            raise ValueError(text)
        return value


class MonthInput(QLineEdit):
    """A month: 11-2026 or 2026-11."""

    def __init__(self, name: str, parent: QWidget | None = None, value: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(self.tr("bb-tttt"))
        self.setMaximumWidth(110)
        self.set_month(value)

    def set_month(self, value: dt.date | None) -> None:
        self.setText(f"{value:%m-%Y}" if value else "")

    def month(self) -> dt.date | None:
        text = self.text().strip()
        return rules.parse_month(text) if text else None


def jabatan_text(jabatan: str) -> str:
    """A post's jabatan in the interface language when the catalogue knows it ("Ketua RT", "Kader")."""
    from jamsostek_desktop.ui.common.labels import catalogue_label

    return catalogue_label(jabatan) if jabatan else ""


def days_text(days: int) -> str:
    from PySide6.QtCore import QCoreApplication

    # One day apart: English says "1 day", not "1 days".
    if days == -1:
        return QCoreApplication.translate("Tenure", "berakhir kemarin")
    if days < 0:
        return QCoreApplication.translate("Tenure", "berakhir {n} hari lalu").format(n=-days)
    if days == 0:
        return QCoreApplication.translate("Tenure", "berakhir hari ini")
    if days == 1:
        return QCoreApplication.translate("Tenure", "besok berakhir")
    return QCoreApplication.translate("Tenure", "{n} hari lagi").format(n=days)
