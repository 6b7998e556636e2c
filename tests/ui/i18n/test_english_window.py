"""The main window with English installed: menus, list and dashboard in English, documents Indonesian."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.usefixtures("english")]


@pytest.fixture
def window(kelurahan_db, qtbot, person):
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.services.participants import enrolment

    enrolment.enrol(person, "ketua-rt")
    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    return win


def test_menus_and_actions_are_english(window):
    titles = [window.menu(key).title() for key in
              ("menu_berkas", "menu_data", "menu_cetak", "menu_sinkron", "menu_alat", "menu_bantuan")]
    assert titles == ["&File", "&Data", "&Print", "&Sync", "&Tools", "&Help"]
    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    assert actions["add"].text() == "&Add participant…"
    assert actions["quit"].text() == "&Quit"
    assert actions["language"] in window.menu("menu_alat").actions()
    assert actions["language"].text() == "&Language / Bahasa…"


def test_list_and_navigator_are_english(window):
    model = window.list_page.model
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["NIK", "Name", "M/F", "Date of birth"]
    assert "Status" in headers and "Still missing" in headers
    status_column = headers.index("Status")
    assert model.data(model.index(0, status_column)) == "Draft"
    tree = window.navigator.tree
    texts = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Dashboard" in texts and "All participants (1)" in texts
    assert window.statusBar().currentMessage() == "Participants: 1"


def test_dashboard_labels_are_english_but_rupiah_stays_indonesian(window):
    window.show_dashboard()
    labels = [label.text() for label in window.dashboard_page.findChildren(QLabel)]
    assert "Registered participants" in labels and "Male" in labels
    from PySide6.QtCharts import QBarCategoryAxis

    statuses = next(p for p in window.dashboard_page.panels if p.objectName() == "panel_statuses")
    (axis,) = [a for a in statuses.chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert "Draft" in axis.categories() and statuses.title() == "Per status"
    assert any("Rp" in t for t in labels)
    assert not any("IDR" in t for t in labels)


def test_documents_keep_indonesian_dates_and_rupiah(window, tmp_path):
    import pdfplumber

    from jamsostek_desktop.domain.formatting import long_date, rupiah
    from jamsostek_desktop.services.printing import documents as reports

    assert rupiah(148_260_000) == "Rp148.260.000"
    assert long_date(dt.date(2026, 8, 17)) == "17 Agustus 2026"
    out = tmp_path / "rekap.pdf"
    reports.summary(out, options=reports.PrintOptions(date=dt.date(2026, 8, 17), listing="semua"))
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "17 Agustus 2026" in text
    assert "Rp" in text and "August" not in text
