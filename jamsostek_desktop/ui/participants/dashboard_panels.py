"""The dashboard's chart panels (QtCharts): per category against its target, per status, per month.

Each panel is a titled box made with the page, with `refresh(scope, figures)` and `wide`
(True: a whole row); the dashboard lays out the classes named in PANELS, so another panel is
one line there (the terms of office ending, ui/tenure/dashboard_panel.py, is one). Clicking
a category's or a status's bar opens that list: the panel calls `page.open_list` with the
navigator entry and the status filter to show.

    +- Per kategori: terdaftar dan target ------------------------------------+
    | Ketua RT      ██████████████ 53   ░░░░░░░░░░░░░░░░░ 62                  |
    | ...                                                                     |
    +-----------------------------------+-------------------------------------+
    | Per status  ████ 90 ...           | Pendaftaran per bulan  ███ 110 ...   |
    +-----------------------------------+-------------------------------------+
    | Masa jabatan berakhir (ui/tenure): the nearest ends, this month's paid  |
    +-------------------------------------------------------------------------+
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.services.participants import dashboard
from jamsostek_desktop.ui.common.labels import catalogue_label, status_label
from jamsostek_desktop.ui.screening.dashboard_panel import ScreeningPanel
from jamsostek_desktop.ui.tenure.dashboard_panel import TenurePanel

translate = QCoreApplication.translate
MONTHS = (QT_TRANSLATE_NOOP("DashboardPanels", "Jan"), QT_TRANSLATE_NOOP("DashboardPanels", "Feb"),
          QT_TRANSLATE_NOOP("DashboardPanels", "Mar"), QT_TRANSLATE_NOOP("DashboardPanels", "Apr"),
          QT_TRANSLATE_NOOP("DashboardPanels", "Mei"), QT_TRANSLATE_NOOP("DashboardPanels", "Jun"),
          QT_TRANSLATE_NOOP("DashboardPanels", "Jul"), QT_TRANSLATE_NOOP("DashboardPanels", "Agu"),
          QT_TRANSLATE_NOOP("DashboardPanels", "Sep"), QT_TRANSLATE_NOOP("DashboardPanels", "Okt"),
          QT_TRANSLATE_NOOP("DashboardPanels", "Nov"), QT_TRANSLATE_NOOP("DashboardPanels", "Des"))
REGISTERED_COLOUR = QColor("#2f6fb0")
TARGET_COLOUR = QColor("#c9d6e3")
ROW_HEIGHT = 24            # per name on a chart's side


def _chart() -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignTop)
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(220)
    return chart, view


def _numbers_on(bars: QBarSet, colour: QColor) -> QBarSet:
    bars.setColor(colour)
    bars.setLabelColor(QColor("#202020"))       # the count written after the bar, readable on white
    return bars


def _value_axis(largest: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    top = max(largest, 1)
    axis.setRange(0, top * 1.15)        # room for the numbers written after the bars
    axis.setTickCount(5)
    axis.applyNiceNumbers()
    return axis


class Panel(QGroupBox):
    """A titled chart of the dashboard; `wide` panels take a whole row."""

    wide = False

    def __init__(self, page, title: str) -> None:
        super().__init__(title, page)
        self.page = page
        self.chart, self.view = _chart()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(dark);")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def refresh(self, scope, figures: dashboard.Figures) -> None:
        raise NotImplementedError

    def _replace(self, series, categories: list[str], largest: int, horizontal: bool = False) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.addSeries(series)
        names, values = QBarCategoryAxis(), _value_axis(largest)
        names.append(categories)
        chart.addAxis(names, Qt.AlignLeft if horizontal else Qt.AlignBottom)
        chart.addAxis(values, Qt.AlignBottom if horizontal else Qt.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        if horizontal:
            # A line of text for each name beside its bars: squeezed, Qt writes "..." instead.
            legend = 30 if chart.legend().isVisible() else 0
            self.view.setMinimumHeight(70 + legend + ROW_HEIGHT * max(len(categories), 3))


class CategoryTargetPanel(Panel):
    """Registered against the target (potential) of each category with people or a target."""

    wide = True

    def __init__(self, page) -> None:
        super().__init__(page, translate("DashboardPanels", "Per kategori: terdaftar dan target (potensi)"))
        self.setObjectName("panel_categories")
        self.codes: list[str] = []
        self.note.show()

    def refresh(self, scope, figures: dashboard.Figures) -> None:
        shown = [c for c in figures.categories if c.registered or c.potential]
        # A horizontal bar chart draws its first category at the bottom: the catalogue reads down.
        shown.reverse()
        self.codes = [c.code for c in shown]
        registered = _numbers_on(QBarSet(translate("DashboardPanels", "Terdaftar")), REGISTERED_COLOUR)
        target = _numbers_on(QBarSet(translate("DashboardPanels", "Target (potensi)")), TARGET_COLOUR)
        for c in shown:
            registered.append(c.registered)
            target.append(c.potential or 0)
        series = QHorizontalBarSeries()
        series.append(registered)
        series.append(target)
        series.setBarWidth(0.8)
        series.clicked.connect(lambda index, _set: self.open(index))
        largest = max([c.registered for c in shown] + [c.potential or 0 for c in shown] + [1])
        self._replace(series, [catalogue_label(c.name) for c in shown], largest, horizontal=True)
        self.note.setText(translate(
            "DashboardPanels", "Klik batang kategori untuk membuka daftarnya. Isi target di kolom Potensi "
            "pada tabel di bawah."))

    def open(self, index: int) -> None:
        if 0 <= index < len(self.codes):
            self.page.open_list("category", self.codes[index], None)


class StatusPanel(Panel):
    """How many are in each status (the workflow's order, top down)."""

    def __init__(self, page) -> None:
        super().__init__(page, translate("DashboardPanels", "Per status"))
        self.setObjectName("panel_statuses")
        self.statuses = [s.value for s in reversed(status_rules.Status)]   # drawn bottom up
        self.counts: dict[str, int] = {}
        self.note.setText(translate("DashboardPanels", "Klik batang untuk membuka daftar peserta dengan status itu."))
        self.note.show()

    def refresh(self, scope, figures: dashboard.Figures) -> None:
        self.counts = {code: figures.by_status.get(code, 0) for code in self.statuses}
        counts = _numbers_on(QBarSet(translate("DashboardPanels", "Peserta")), REGISTERED_COLOUR)
        for code in self.statuses:
            counts.append(self.counts[code])
        series = QHorizontalBarSeries()
        series.append(counts)
        series.setBarWidth(0.7)
        series.clicked.connect(lambda index, _set: self.open(index))
        self.chart.legend().hide()
        self._replace(series, [status_label(s) for s in self.statuses], max(self.counts.values(), default=1),
                      horizontal=True)

    def open(self, index: int) -> None:
        if 0 <= index < len(self.statuses):
            self.page.open_list(None, None, self.statuses[index])


class MonthlyPanel(Panel):
    """Participants entered in each of the last twelve months."""

    def __init__(self, page) -> None:
        super().__init__(page, translate("DashboardPanels", "Pendaftaran per bulan"))
        self.setObjectName("panel_months")
        self.months: list[dashboard.MonthCount] = []
        self.note.show()

    def refresh(self, scope, figures: dashboard.Figures) -> None:
        self.months = dashboard.enrolments_per_month(scope)
        counts = _numbers_on(QBarSet(translate("DashboardPanels", "Didaftarkan")), QColor("#4f8f5b"))
        # Bars across, the months reading down in order: their names fit beside them at any width.
        for month in reversed(self.months):
            counts.append(month.enrolled)
        series = QHorizontalBarSeries()
        series.append(counts)
        series.setBarWidth(0.7)
        self.chart.legend().hide()
        self._replace(series, [f"{self.month_name(m.month)} {m.month.year}" for m in reversed(self.months)],
                      max((m.enrolled for m in self.months), default=1), horizontal=True)
        self.note.setText(translate("DashboardPanels", "Peserta yang didaftarkan setiap bulan (yang masih ada "
                                    "di daftar)."))

    @staticmethod
    def month_name(month) -> str:
        return translate("DashboardPanels", MONTHS[month.month - 1])


# The dashboard shows these, in this order (a wide one takes a row, two others share one).
PANELS: list[type[QGroupBox]] = [CategoryTargetPanel, StatusPanel, MonthlyPanel, TenurePanel, ScreeningPanel]
