"""A read-only table model over rows of display values (the sync dialogs' small lists)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QFont


class RowsModel(QAbstractTableModel):
    """Rows of strings; `bold` marks rows to emphasise (a differing field, a refused file)."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple] = []
        self._bold: set[int] = set()
        self._keys: list = []

    def set_rows(self, rows: list[tuple], bold: set[int] | None = None, keys: list | None = None,
                 headers: list[str] | None = None) -> None:
        self.beginResetModel()
        if headers is not None:
            self._headers = headers
        self._rows = [tuple("" if v is None else str(v) for v in row) for row in rows]
        self._bold = set(bold or ())
        self._keys = list(keys) if keys is not None else list(range(len(rows)))
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
        if role == Qt.FontRole and index.row() in self._bold:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt override)
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
