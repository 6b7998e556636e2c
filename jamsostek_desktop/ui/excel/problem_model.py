"""The import report's problems as a table model: sheet, row, column, field, level, problem."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from jamsostek_desktop.services.excel.importing import RowProblem
from jamsostek_desktop.ui.common.i18n import translated

_HEADERS = (QT_TRANSLATE_NOOP("ProblemModel", "Lembar"), QT_TRANSLATE_NOOP("ProblemModel", "Baris"),
            QT_TRANSLATE_NOOP("ProblemModel", "Kolom di berkas"), QT_TRANSLATE_NOOP("ProblemModel", "Data"),
            QT_TRANSLATE_NOOP("ProblemModel", "Tingkat"), QT_TRANSLATE_NOOP("ProblemModel", "Masalah"))


class ProblemModel(QAbstractTableModel):
    def __init__(self, problems: list[RowProblem] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._problems: list[RowProblem] = list(problems or [])

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> RowProblem:
        return self._problems[row]

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt override)
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("ProblemModel", _HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._problems)):
            return None
        p = self._problems[index.row()]
        if role == Qt.DisplayRole:
            return (p.sheet, p.row, translated(p.column), translated(p.field),
                    QCoreApplication.translate("ProblemModel", "Galat") if p.is_error
                    else QCoreApplication.translate("ProblemModel", "Peringatan"), translated(p.message))[index.column()]
        if role == Qt.ToolTipRole and index.column() == 5:
            return translated(p.message)
        if role == Qt.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None
