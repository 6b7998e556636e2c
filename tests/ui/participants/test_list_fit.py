"""The list fits its view at 1280 px without a horizontal scroll bar; with room (1366 px) no
category name in the navigator is cut short; on a 1024 px screen the list keeps its columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _shown_at(window, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    qtbot.wait(20)                 # the splitter and the views lay themselves out
    QApplication.processEvents()


def test_the_list_fits_its_view_at_1280(demo_window, qtbot):
    _shown_at(demo_window, qtbot, 1280, 720)
    table = demo_window.list_page.table
    for kind, value in (("all", None), ("category", "ketua-rt"), ("group", "Kesehatan")):
        demo_window.navigator.select(kind, value)
        QApplication.processEvents()
        assert table.horizontalScrollBar().maximum() == 0, kind
        right = max(table.columnViewportPosition(c) + table.columnWidth(c)
                    for c in range(table.model().columnCount()) if not table.isColumnHidden(c))
        assert right <= table.viewport().width()


def test_category_names_are_whole_where_there_is_room(demo_window, qtbot):
    _shown_at(demo_window, qtbot, 1366, 740)
    tree = demo_window.navigator.tree
    cut = []
    for item in tree.findItems("*", Qt.MatchWildcard | Qt.MatchRecursive):
        needed = QFontMetrics(item.font(0)).horizontalAdvance(item.text(0))
        if needed > tree.visualItemRect(item).width():
            cut.append(f"{item.text(0)} ({needed} px in {tree.visualItemRect(item).width()} px)")
    assert not cut, (cut, demo_window.splitter.sizes(), tree.viewport().width(),
                     demo_window.navigator.preferred_width(), demo_window.list_page.wanted_width())
    _shown_at(demo_window, qtbot, 1024, 688)       # no room: the list keeps its columns
    assert demo_window.list_page.table.viewport().width() >= 600




