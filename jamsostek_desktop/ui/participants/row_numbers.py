"""The list's row-number header, sized without asking for two hundred numbers on each keystroke.

Qt's QHeaderView works out its width from the first and the last hundred sections, asking the
model for each one's text, font, icon and alignment: about a thousand calls into Python every
time the list changes (a keystroke), 3-4 ms at 150,000 rows. The last row's number is the
widest one, so its size is the header's size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView


class RowNumberHeader(QHeaderView):
    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Vertical, parent)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        count = self.count()
        if count == 0:
            return super().sizeHint()
        last = self.sectionSizeFromContents(count - 1)
        first = self.sectionSizeFromContents(0)
        return QSize(max(last.width(), first.width()), max(last.height(), first.height()))
