"""The list's Excel habits: Ctrl+C copies the selected rows, a menu on the rows, the Sunting menu.

Copied rows carry a header row and one line per participant, the columns the list shows,
as tab-separated text (it pastes into Excel as columns) and as an HTML table whose NIK
cells are marked as text, so Excel keeps all 16 digits instead of writing 1.87201E+15.
The row menu holds the window's own actions (Salin, Ubah, Ubah status, Arsipkan or
Pulihkan, Riwayat), so it is enabled exactly as the toolbar is, then the actions other
features put in the Data menu for one participant (FEATURE_ROW_ACTIONS: Ganti pejabat and
the other tenure actions; a city, which has none, sees none).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QMenu, QPlainTextEdit, QTextEdit

from jamsostek_desktop.services.participants import listing
from jamsostek_desktop.ui.participants.model import COLUMN_KEYS, column_of

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate
CHUNK = 500       # rows read per query when a large selection is copied
TEXT_COLUMNS = frozenset({"nik", "rt_rw", "tanggal_lahir"})   # Excel would turn these into numbers or dates
# The Data menu's actions on the participant selected, by name: found when the menu opens.
FEATURE_ROW_ACTIONS = ("tenure_replace", "tenure_extend", "tenure_event", "tenure_coverage")


def install(window) -> None:
    """Sunting > Salin, Pilih semua; Ctrl+C on the list; the menu on the list's rows."""
    window.action_copy = window.add_action("menu_sunting", "copy", translate("ListMenu", "&Salin"),
                                           lambda: copy_or_edit_copy(window), QKeySequence.Copy)
    window.action_select_all = window.add_action("menu_sunting", "select_all", translate("ListMenu", "Pilih &semua"),
                                                 lambda: select_all(window), QKeySequence.SelectAll)
    window.menu("menu_sunting").addSeparator()
    search = window.findChild(QAction, "search")
    if search is not None:
        window.menu("menu_sunting").addAction(search)
    table = window.list_page.table
    table.setContextMenuPolicy(Qt.CustomContextMenu)
    table.customContextMenuRequested.connect(lambda pos: show_row_menu(window, pos))


def _typing_widget(window):
    focus = window.focusWidget()
    return focus if isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)) else None


def copy_or_edit_copy(window) -> int:
    """Ctrl+C: the text selected in a field where the clerk types, else the selected rows."""
    field = _typing_widget(window)
    if field is not None and hasattr(field, "copy"):
        field.copy()
        return 0
    return copy_rows(window)


def select_all(window) -> None:
    field = _typing_widget(window)
    if field is not None and hasattr(field, "selectAll"):
        field.selectAll()
    elif window.pages.currentWidget() is window.list_page:
        window.list_page.table.selectAll()


def copy_rows(window) -> int:
    """Put the selected rows on the clipboard; returns how many were copied."""
    page = window.list_page
    if window.pages.currentWidget() is not page:
        return 0
    ids = page.selected_ids()
    if not ids:
        return 0
    header, lines = rows_as_cells(page, ids)
    data = QMimeData()
    data.setText("\r\n".join("\t".join(cells) for cells in [header, *lines]) + "\r\n")
    data.setHtml(_html_table(header, lines, [k for k in _shown_keys(page)]))
    QGuiApplication.clipboard().setMimeData(data)
    window.statusBar().showMessage(translate("ListMenu", "{n} baris disalin; tempel di Excel dengan Ctrl+V.").format(
        n=f"{len(lines):,}".replace(",", ".")), 8000)
    return len(lines)


def _shown_keys(page) -> list[str]:
    return [key for key in COLUMN_KEYS if not page.table.isColumnHidden(column_of(key))]


def rows_as_cells(page, ids: list[int]) -> tuple[list[str], list[list[str]]]:
    """The header and the cells of `ids` as the list shows them (its columns, its texts)."""
    model, keys = page.model, _shown_keys(page)
    header = [str(model.headerData(column_of(k), Qt.Horizontal) or "") for k in keys]
    lines = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        by_id = listing.rows(chunk)
        for pid in chunk:
            item = by_id.get(pid)
            if item is not None:
                lines.append([_clean(model.display_text(item, k)) for k in keys])
    return header, lines


def _clean(text: str) -> str:
    """No tab or line break inside a cell: they would start a new column or row in Excel."""
    return " ".join(str(text).split())


def _html_table(header: list[str], lines: list[list[str]], keys: list[str]) -> str:
    text_cell = ' style="mso-number-format:\'\\@\'"'
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td{text_cell if k in TEXT_COLUMNS else ''}>{escape(c)}</td>"
                         for k, c in zip(keys, cells, strict=True)) + "</tr>" for cells in lines)
    return f"<table><tr>{head}</tr>{body}</table>"


def show_row_menu(window, pos) -> QMenu | None:
    """The menu on a row: the window's actions for the selection (the row clicked joins it)."""
    page = window.list_page
    index = page.table.indexAt(pos)
    if index.isValid() and not page.table.selectionModel().isRowSelected(index.row(), index.parent()):
        page.table.selectRow(index.row())
    menu = QMenu(page.table)
    menu.setObjectName("row_menu")
    actions = [window.action_copy, None, window.action_edit, window.action_status,
               window.action_restore if page.archived else window.action_archive, None,
               window.findChild(QAction, "participant_history")]
    if not page.archived:
        more = [a for a in (window.findChild(QAction, name) for name in FEATURE_ROW_ACTIONS) if a is not None]
        actions += [None, *more] if more else []
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    window._row_menu = menu           # kept for tests; replaced by the next one
    menu.popup(page.table.viewport().mapToGlobal(pos))
    return menu
