"""The main window frame: menus and shortcuts, Tentang, geometry kept between runs, the feature API."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _window(db, qtbot):
    from jamsostek_desktop.app import create_main_window

    win = create_main_window(db)
    qtbot.addWidget(win)
    return win


def test_actions_have_stable_names_and_shortcuts(kelurahan_db, qtbot):
    win = _window(kelurahan_db, qtbot)
    actions = {a.objectName(): a for a in win.findChildren(QAction) if a.objectName()}
    expected = {"add": QKeySequence(QKeySequence.New), "edit": QKeySequence("Ctrl+E"),
                "change_status": QKeySequence("Ctrl+T"), "archive": QKeySequence(QKeySequence.Delete),
                "restore": QKeySequence("Ctrl+R"), "search": QKeySequence(QKeySequence.Find),
                "dashboard": QKeySequence("Ctrl+D"), "about": QKeySequence()}
    for name, shortcut in expected.items():
        assert actions[name].shortcut() == shortcut, name
    assert actions["add"] in win.menu("menu_data").actions()
    assert actions["add"] in win.toolbar.actions()
    assert [m.title() for m in win.menuBar().findChildren(type(win.menu("menu_data")))
            if m.objectName().startswith("menu_")][:3] == ["&Berkas", "S&unting", "&Data"]


def test_about_box_names_the_version(kelurahan_db, qtbot, message_boxes):
    from jamsostek_desktop import __version__

    win = _window(kelurahan_db, qtbot)
    win.findChild(QAction, "about").trigger()
    (kind, text), = message_boxes
    assert kind == "about" and message_boxes[0].title == "Tentang Jamsostek Desktop"
    assert f"versi {__version__}" in text


def test_geometry_is_remembered_between_runs(kelurahan_db, qtbot):
    first = _window(kelurahan_db, qtbot)
    first.show()
    first.resize(700, 520)
    first.move(QPoint(40, 30))
    first.splitter.setSizes([260, 440])
    first.splitter.splitterMoved.emit(260, 1)     # as a drag does: the clerk's own width is kept
    navigator_width = first.splitter.sizes()[0]
    assert navigator_width != 300   # not the default
    first.close()
    second = _window(kelurahan_db, qtbot)
    assert (second.width(), second.height()) == (700, 520)
    second.show()
    qtbot.waitExposed(second)
    assert second.splitter.sizes()[0] == navigator_width


def test_feature_api_scope_selection_and_refresh(kelurahan_db, qtbot, person):
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import catalogue, enrolment

    win = _window(kelurahan_db, qtbot)
    assert win.current_scope() == Scope()
    assert win.selected_participant_ids() == []
    p = enrolment.enrol(person, "ketua-rt")    # written by "another feature"
    catalogue.add_category("juru-parkir", "Juru Parkir", "Sosial & Kebencanaan")
    win.refresh_data()
    assert win.navigator.all_item.text(0) == "Semua peserta (1)"
    assert "juru-parkir" in win.navigator.category_codes()
    win.list_page.table.selectRow(0)
    assert win.selected_participant_ids() == [p.id]
    win.navigator.select("category", "juru-parkir")
    assert win.current_scope() == Scope(category="juru-parkir")
    assert win.list_page.model.rowCount() == 0
