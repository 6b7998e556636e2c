"""The participant list's "Masa jabatan" filter: whose term ends within 60 or 30 days, or has ended.

The list page adds this combo (no caption: its first item says what it filters) beside its
title, above the RT, RW and status filters, and puts its value in the
Scope (`term_end`), so the list, the dashboard and the documents printed from the list agree.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.services.tenure import labels
from jamsostek_desktop.ui.common.i18n import translated


class TermEndFilter(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_term")
        self.setAccessibleName(self.tr("Saring masa jabatan"))
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(15)
        self.setToolTip(self.tr("Saring menurut akhir masa jabatan"))
        self.addItem(self.tr("Semua masa jabatan"), None)
        for band in ("60", "30", rules.ENDED):
            self.addItem(translated(labels.band(band)), band)
