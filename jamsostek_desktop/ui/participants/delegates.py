"""Cell painting for the participant list: the status badge and the "still lacks" column."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from jamsostek_desktop.ui.participants.model import LACKS_ROLE, STATUS_ROLE

# Badge colours (background, text) per status: muted, readable on light and dark rows.
BADGE_COLOURS = {
    "draft": ("#e8e8e8", "#3c3c3c"),
    "verified": ("#d6e9ff", "#0b4f8a"),
    "submitted": ("#efe1ff", "#5b2a86"),
    "active": ("#d7f2dc", "#1d6b2f"),
    "inactive": ("#fff0cc", "#7a5300"),
    "rejected": ("#fddede", "#9b1c1c"),
}


class StatusBadgeDelegate(QStyledItemDelegate):
    """A rounded badge with the status label."""

    def paint(self, painter: QPainter, option, index) -> None:
        status = index.data(STATUS_ROLE)
        text = index.data(Qt.DisplayRole)
        if status is None:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, option.palette.brush(QPalette.Highlight))
        background, foreground = BADGE_COLOURS.get(status, ("#eeeeee", "#333333"))
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = min(option.rect.height() - 4, metrics.height() + 4)
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2 + 1, width, height)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(rect, Qt.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height())


class LacksDelegate(QStyledItemDelegate):
    """What a draft still lacks, in a warning colour; a dash when nothing is missing."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        lacks = index.data(LACKS_ROLE) or []
        if lacks and not option.state & QStyle.State_Selected:
            option.palette.setColor(QPalette.Text, QColor("#9a5b00"))
        option.textElideMode = Qt.ElideRight
