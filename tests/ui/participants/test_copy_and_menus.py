"""Excel habits on the list: Ctrl+C copies the selected rows with a header as tab-separated text
(and an HTML table that keeps NIKs as text), a menu on the rows, the Sunting menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.ui.participants import list_menu
from tests.ui.participants.test_records import select_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_ctrl_c_copies_the_selected_rows_with_a_header(demo_window, qtbot):
    page = demo_window.list_page
    demo_window.navigator.select("all")
    select_rows(page, [0, 2, 5])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_C, Qt.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    lines = data.text().split("\r\n")
    assert lines[-1] == "" and len(lines) == 5            # header, three rows, the final line break
    header = lines[0].split("\t")
    assert header[:3] == ["NIK", "Nama", "L/P"] and "Kategori" in header and "Status" in header
    rows = [line.split("\t") for line in lines[1:4]]
    assert all(len(r) == len(header) for r in rows)
    expected = [page.model.row_at(r) for r in (0, 2, 5)]
    assert [r[0] for r in rows] == [p.nik for p in expected]
    assert [r[1] for r in rows] == [p.nama for p in expected]
    # Excel takes the HTML on paste: NIK, RT/RW and dates marked as text keep their digits.
    html = data.html()
    assert html.count("<tr>") == 4 and "mso-number-format" in html and expected[0].nik in html
    assert "3 baris disalin" in demo_window.statusBar().currentMessage()


def test_a_large_selection_is_copied_whole(demo_window):
    page = demo_window.list_page
    demo_window.navigator.select("all")
    page.table.selectAll()
    assert list_menu.copy_rows(demo_window) == Participant.select().where(~Participant.archived).count() == 300
    assert QGuiApplication.clipboard().text().count("\r\n") == 301


def test_ctrl_c_in_the_search_box_copies_the_typed_text(demo_window, qtbot):
    search = demo_window.list_page.search
    search.setText("slamet")
    search.setFocus()
    search.selectAll()
    demo_window.action_copy.trigger()
    assert QGuiApplication.clipboard().text() == "slamet"


# A popup menu on the offscreen platform: it says so, and it is not our warning.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise",
                           "does not support grabbing the keyboard")
def test_the_row_menu_holds_the_record_actions(demo_window, qtbot):
    page = demo_window.list_page
    demo_window.navigator.select("all")
    table = page.table
    rect = table.visualRect(page.model.index(3, 1))
    table.customContextMenuRequested.emit(rect.center())
    menu = demo_window._row_menu
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["copy", "edit", "change_status", "archive", "participant_history",
                     *list_menu.FEATURE_ROW_ACTIONS]            # Ganti pejabat and the other tenure actions
    assert page.selected_rows() == [3]                    # the row clicked is the selection
    assert all(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    menu.close()
    demo_window.navigator.select("archive")
    table.customContextMenuRequested.emit(rect.center())
    names = [a.objectName() for a in demo_window._row_menu.actions() if not a.isSeparator()]
    assert "restore" in names and "archive" not in names
    assert not set(list_menu.FEATURE_ROW_ACTIONS) & set(names)     # no new post for the archived
    demo_window._row_menu.close()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise",
                           "does not support grabbing the keyboard")      # the menu pops up offscreen
def test_ganti_pejabat_from_the_row_menu_is_for_the_row_clicked(demo_window):
    from jamsostek_desktop.ui.tenure.dialogs import ReplaceDialog
    from tests.ui.gallery import caught

    page = demo_window.list_page
    demo_window.navigator.select("category", "ketua-rt")
    table = page.table
    table.customContextMenuRequested.emit(table.visualRect(page.model.index(2, 1)).center())
    (replace,) = [a for a in demo_window._row_menu.actions() if a.objectName() == "tenure_replace"]
    demo_window._row_menu.close()
    with caught(ReplaceDialog) as kept:
        replace.trigger()
    assert kept and kept[0].leaving.id == page.model.id_at(2)


def test_no_two_actions_share_a_shortcut(demo_window):
    keys = [(a.shortcut().toString(), a.objectName()) for a in demo_window.findChildren(QAction)
            if not a.shortcut().isEmpty()]
    shortcuts = [k for k, _ in keys]
    assert len(shortcuts) == len(set(shortcuts)), sorted(keys)
    assert ("Ctrl+J", "tenure_window") in keys and ("Ctrl+G", "tenure_replace") in keys


def test_the_sunting_menu(demo_window):
    menu = demo_window.menu("menu_sunting")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["copy", "select_all", "search"]
    assert demo_window.findChild(QAction, "copy").shortcut().toString() == "Ctrl+C"
    demo_window.navigator.select("all")
    demo_window.list_page.table.setFocus()
    demo_window.action_select_all.trigger()
    QApplication.processEvents()
    assert len(demo_window.list_page.selected_rows()) == 300
