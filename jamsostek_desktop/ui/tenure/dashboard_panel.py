"""The dashboard's "Masa jabatan berakhir" panel: this month's headcount and the terms ending soon.

One of the dashboard's panels (ui/participants/dashboard_panels.PANELS), a whole row wide:
the page calls `refresh(scope, figures)` with the scope it shows, so the panel counts the
same people as the cards and charts above it.

    +- Masa jabatan berakhir -------------------------------------------------+
    | Dibayar November 2026: 1.234 peserta · 3 jabatan menunggu pengganti     |
    | Nama | Jabatan | TMT berakhir | Keterangan                              |
    | [Buka masa jabatan & klaim…]                                            |
    +--------------------------------------------------------------------------+
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jamsostek_desktop.domain.formatting import short_date, thousands
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.tenure import figures
from jamsostek_desktop.ui.common.labels import catalogue_label, month_year
from jamsostek_desktop.ui.tenure.widgets import (
    NOTE,
    WARN,
    RowsModel,
    days_text,
    jabatan_text,
    table,
)

SHOWN = 6        # the nearest ends; the tenure window lists them all


class TenurePanel(QGroupBox):
    wide = True

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.setObjectName("tenure_panel")
        self.setTitle(self.tr("Masa jabatan berakhir"))
        self.page = page
        self.figures: figures.TenureFigures | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("tenure_summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel([self.tr("Nama"), self.tr("Jabatan"), self.tr("Unit"), self.tr("TMT berakhir"),
                                self.tr("Keterangan")], self)
        self.view = table(self, "tenure_ending", self.model, self.tr("Masa jabatan berakhir"), stretch=2)
        self.view.setMaximumHeight(24 * (SHOWN + 1) + 6)
        self.open_button = QPushButton(self.tr("Buka masa jabatan && klaim…"), self)
        self.open_button.setObjectName("open_tenure")
        self.open_button.clicked.connect(self._open)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(bottom)

    def refresh(self, scope: Scope, _dashboard_figures=None) -> None:
        """The page's own figures are not needed: terms are counted by the tenure service."""
        f = figures.gather(scope)
        self.figures = f
        parts = [self.tr("Dibayar {month}: {n} peserta").format(month=month_year(f.month), n=thousands(f.covered)),
                 self.tr("{n} berakhir dalam {days} hari atau sudah berakhir").format(n=f.ending_total,
                                                                                       days=f.warn_within)]
        if f.waiting_posts:
            parts.append(self.tr("{n} jabatan menunggu pengganti").format(n=f.waiting_posts))
        if f.without_post:
            parts.append(self.tr("{n} peserta tanpa jabatan").format(n=f.without_post))
        self.summary.setText(" · ".join(parts))
        rows = f.ending[:SHOWN]
        colours = {i: WARN if r.end < f.today else NOTE for i, r in enumerate(rows) if (r.end - f.today).days <= 30}
        self.model.set_rows([(r.nama, jabatan_text(r.jabatan) or catalogue_label(r.category), r.unit, short_date(r.end),
                              days_text((r.end - f.today).days)) for r in rows], [r.participant_id for r in rows],
                            colours)

    def _open(self) -> None:
        from jamsostek_desktop.ui.tenure.menu import open_tenure_window

        window = self.window()
        if hasattr(window, "navigator"):
            open_tenure_window(window)
