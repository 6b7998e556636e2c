"""The dashboard's "Perlu diperiksa" panel: how many people screening asks about, and why.

One of the dashboard's panels (ui/participants/dashboard_panels.PANELS), a whole row wide
and one line high; `refresh(scope, figures)` counts the people of the scope shown.

    +- Perlu diperiksa --------------------------------------------------------------+
    | 12 peserta perlu diperiksa · 3 pasangan data ganda · ASN 4, MATI 2   [Periksa…] |
    +---------------------------------------------------------------------------------+
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.screening import report


class ScreeningPanel(QGroupBox):
    wide = True

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.setObjectName("screening_panel")
        self.setTitle(self.tr("Perlu diperiksa (tepat sasaran)"))
        self.page = page
        self.summary = QLabel(self, objectName="screening_panel_summary")
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Periksa data ganda…"), self, objectName="open_screening")
        self.open_button.clicked.connect(self._open)
        layout = QHBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.open_button)

    def refresh(self, scope: Scope, _dashboard_figures=None) -> None:
        f = report.figures(scope)
        parts = [self.tr("{n} peserta perlu diperiksa").format(n=thousands(f.people)),
                 self.tr("{n} pasangan data ganda menunggu keputusan").format(n=thousands(f.pairs))]
        if f.flags:
            parts.append(", ".join(f"{code} {thousands(n)}" for code, n in sorted(f.flags.items())))
        self.summary.setText(" · ".join(parts))

    def _open(self) -> None:
        from jamsostek_desktop.ui.screening.menu import open_review

        open_review(self.window())
