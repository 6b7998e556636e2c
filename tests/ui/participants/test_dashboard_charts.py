"""The dashboard's charts: each category against its target, the statuses, enrolments per month;
a click on a bar opens that list; the coverage card names the categories that have a target."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QAbstractBarSeries

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import catalogue, dashboard
from jamsostek_desktop.ui.participants import dashboard_panels

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def panel(window, name):
    return next(p for p in window.dashboard_page.panels if p.objectName() == name)


def bars(chart_panel) -> dict[str, list[float]]:
    (series,) = chart_panel.chart.series()
    assert isinstance(series, QAbstractBarSeries)
    return {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}


def axis_names(chart_panel) -> list[str]:
    from PySide6.QtCharts import QBarCategoryAxis

    (axis,) = [a for a in chart_panel.chart.axes() if isinstance(a, QBarCategoryAxis)]
    return list(axis.categories())


@pytest.fixture
def dash(demo_window):
    catalogue.set_potential("ketua-rt", 62)
    catalogue.set_potential("guru-tpa", 75)
    demo_window.show_dashboard()
    return demo_window


def test_the_panels_are_the_listed_ones_in_order(dash):
    page = dash.dashboard_page
    assert [type(p) for p in page.panels] == dashboard_panels.PANELS
    assert [p.objectName() for p in page.panels] == ["panel_categories", "panel_statuses", "panel_months",
                                                       "tenure_panel", "screening_panel"]


def test_each_category_against_its_target(dash):
    chart = panel(dash, "panel_categories")
    names = axis_names(chart)
    values = bars(chart)
    ketua = names.index("Ketua RT")
    registered = Participant.select().where(Participant.category == catalogue.row_id("ketua-rt")).count()
    assert values["Terdaftar"][ketua] == registered and values["Target (potensi)"][ketua] == 62
    assert names[-1] == "Ketua RT"            # drawn bottom up: the catalogue's first at the top
    everyone = sum(values["Terdaftar"])
    assert everyone == 300


def test_clicking_a_category_bar_opens_its_list(dash):
    chart = panel(dash, "panel_categories")
    (series,) = chart.chart.series()
    index = axis_names(chart).index("Guru TPA")
    series.clicked.emit(index, series.barSets()[0])
    assert dash.pages.currentWidget() is dash.list_page
    assert dash.navigator.current() == ("category", "guru-tpa")
    assert dash.list_page.model.rowCount() == Participant.select().where(
        Participant.category == catalogue.row_id("guru-tpa")).count()


def test_clicking_a_status_bar_opens_the_list_with_that_status(dash):
    chart = panel(dash, "panel_statuses")
    (series,) = chart.chart.series()
    index = axis_names(chart).index("Aktif")
    assert bars(chart)["Peserta"][index] == Participant.select().where(Participant.status == "active").count()
    series.clicked.emit(index, series.barSets()[0])
    page = dash.list_page
    assert dash.pages.currentWidget() is page and dash.navigator.current()[0] == "all"
    assert page.filter_status.currentData() == "active"
    assert page.model.rowCount() == Participant.select().where(Participant.status == "active").count()


def test_enrolments_per_month(dash):
    chart = panel(dash, "panel_months")
    months = dashboard.enrolments_per_month()
    assert len(months) == 12 and months[-1].month == dt.date.today().replace(day=1)
    assert bars(chart)["Didaftarkan"] == [m.enrolled for m in reversed(months)]
    assert axis_names(chart)[-1].endswith(str(months[0].month.year))
    recent = dt.datetime.now() - dt.timedelta(days=365)
    assert sum(m.enrolled for m in months) <= Participant.select().where(Participant.created_at >= recent - dt.timedelta(days=31)).count()


def test_coverage_says_which_categories_have_a_target(dash):
    note = dash.dashboard_page.coverage_note.text()
    assert note == "Dari 2 kategori yang punya target: Ketua RT, Guru TPA."
    catalogue.set_potential("ketua-rt", None)
    catalogue.set_potential("guru-tpa", None)
    dash.dashboard_page.reload()
    assert "Belum ada kategori yang punya target" in dash.dashboard_page.coverage_note.text()


def test_the_terms_ending_panel_is_a_whole_row_refreshed_with_the_others(dash):
    from PySide6.QtWidgets import QGridLayout

    page = dash.dashboard_page
    tenure = panel(dash, "tenure_panel")
    grid = next(g for g in page.widget().findChildren(QGridLayout) if g.indexOf(tenure) >= 0)
    row, _column, _rows, columns = grid.getItemPosition(grid.indexOf(tenure))
    assert columns == 2 and row == grid.rowCount() - 2          # a whole row, above screening's
    assert tenure.figures is not None and tenure.summary.text()      # refreshed with the charts
