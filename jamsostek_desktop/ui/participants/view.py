"""The participant list page: title, search box, RT/RW/status/term filters and the lazy table.

    +---------------------------------------------------------------+
    | Ketua RT · 38 peserta                  [Semua masa jabatan v] |
    | [Cari NIK, nama, RT/RW ...........] RT [Semua] RW [Semua] ... |
    | +-----------------------------------------------------------+ |
    | | NIK | Nama | L/P | Tanggal lahir | RT/RW | ... | Status   | |
    | +-----------------------------------------------------------+ |
    +---------------------------------------------------------------+
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import catalogue, listing
from jamsostek_desktop.services.participants.listing import ListQuery
from jamsostek_desktop.ui.common.labels import catalogue_label, status_label
from jamsostek_desktop.ui.participants.delegates import LacksDelegate, StatusBadgeDelegate
from jamsostek_desktop.ui.participants.model import (
    ARCHIVE_COLUMNS,
    COLUMN_KEYS,
    ParticipantTableModel,
    column_of,
)
from jamsostek_desktop.ui.participants.row_numbers import RowNumberHeader
from jamsostek_desktop.ui.tenure.list_filter import TermEndFilter

# Columns sized to their content (sample texts), and the ones sharing the rest of the width
# by weight, down to a minimum: the list fits its view from 1280 px wide without scrolling.
SAMPLES = {"nik": "8888888888888888", "jenis_kelamin": "M", "tanggal_lahir": "88-88-8888", "rt_rw": "888/888",
           "kelurahan": "Hadimulyo Barat", "archived_at": "88-88-8888"}
SHARED = {"nama": (3, 140), "category": (2, 120), "lacks": (2, 90), "archive_reason": (3, 140)}  # weight, minimum
CELL_PADDING = 18
ROW_NUMBER_PADDING = 8


class ParticipantTable(QTableView):
    """The table; Enter opens the selected participant like a double-click."""

    activated_row = Signal(int)
    resized = Signal()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ParticipantListPage(QWidget):
    """Lists the participants of the navigator's selection, filtered and searched in SQL."""

    open_requested = Signal(int)       # participant id
    selection_changed = Signal()
    query_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("participant_list_page")
        self._base_scope = Scope()
        self._archived = False
        self._title = ""
        self._category_width: tuple[str, int] | None = None    # (font, widest category name)

        self.title = QLabel(self)
        self.title.setObjectName("list_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Cari peserta"))
        self.search.setPlaceholderText(self.tr("Cari NIK, nama, atau RT/RW (contoh 3/2) …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filters)

        self.filter_rt = self._combo("filter_rt", self.tr("Saring RT"))
        self.filter_rw = self._combo("filter_rw", self.tr("Saring RW"))
        self.filter_status = self._combo("filter_status", self.tr("Saring status"))
        self.filter_status.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.filter_status.addItem(self.tr("Semua status"), None)
        for status in status_rules.Status:
            self.filter_status.addItem(status_label(status.value), status.value)
        self.filter_term = TermEndFilter(self)
        self.filter_review = QCheckBox(self.tr("Perlu diperiksa"), self, objectName="filter_review")
        self.filter_review.setToolTip(self.tr("Hanya peserta dengan tanda pemeriksaan terbuka atau data ganda "
                                              "yang belum diputuskan"))
        self.filter_review.toggled.connect(self._apply_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for label, combo in ((self.tr("RT"), self.filter_rt), (self.tr("RW"), self.filter_rw),
                             (self.tr("Status"), self.filter_status)):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            filters.addSpacing(8)
            filters.addWidget(caption)
            filters.addWidget(combo)

        self.model = ParticipantTableModel(self)
        self.table = ParticipantTable(self)
        self.table.setObjectName("participant_table")
        self.table.setAccessibleName(self.tr("Daftar peserta"))
        self.table.setVerticalHeader(RowNumberHeader(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setMinimumWidth(44)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self.table.resized.connect(self.fit_columns)
        self.table.setItemDelegateForColumn(column_of("status"), StatusBadgeDelegate(self.table))
        self.table.setItemDelegateForColumn(column_of("lacks"), LacksDelegate(self.table))
        # The indicator first: enabling sorting sorts by it at once, and name order is free.
        header.setSortIndicator(column_of("nama"), Qt.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated_row.connect(self._open_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        for changed in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            changed.connect(self._update_title)
        for combo in (self.filter_rt, self.filter_rw, self.filter_status, self.filter_term):
            combo.currentIndexChanged.connect(self._apply_filters)

        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        heading = QHBoxLayout()             # the title, and at right the term filter (the filters row is full)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.filter_review)
        heading.addWidget(self.filter_term)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)

    def fit_columns(self) -> None:
        """Content-sized columns get their width; name, category and "still lacks" share the
        rest by weight, so the list fits its view without a horizontal scroll bar."""
        table = self.table
        widths = self._content_widths()
        shared = [key for key in COLUMN_KEYS if key in SHARED and not table.isColumnHidden(column_of(key))]
        # Each shared column its minimum, then the category as much as its longest name needs
        # (within its share), then what is left by weight.
        extra = max(table.viewport().width() - sum(widths.values()) - sum(SHARED[k][1] for k in shared), 0)
        weight = sum(SHARED[key][0] for key in shared) or 1
        for key in shared:
            widths[key] = SHARED[key][1]
        if "category" in shared:
            longest = self._longest_category() + CELL_PADDING
            grant = min(max(longest - widths["category"], 0), extra)
            widths["category"] += grant
            extra -= grant
            shared_rest = [k for k in shared if k != "category"]
            weight = sum(SHARED[key][0] for key in shared_rest) or 1
        else:
            shared_rest = shared
        for key in shared_rest:
            widths[key] += extra * SHARED[key][0] // weight
        # What rounding leaves goes to the last column, so the row ends at the view's edge.
        overflow = table.viewport().width() - sum(widths.values())
        if shared and overflow > 0:
            widths[shared[-1]] += overflow
        for key, width in widths.items():
            table.setColumnWidth(column_of(key), width)

    def _longest_category(self) -> int:
        """The widest category name in the list's font: read from the catalogue once per list shown,
        not on every resize (a search can resize the list on each keystroke)."""
        key = self.table.font().key()
        if self._category_width is None or self._category_width[0] != key:
            widest = max((self.table.fontMetrics().horizontalAdvance(catalogue_label(c.name))
                          for c in catalogue.all_categories()), default=0)
            self._category_width = (key, widest)
        return self._category_width[1]

    def wanted_width(self) -> int:
        """The page's width with every column at its content width or minimum (no scroll bar)."""
        shared = sum(minimum for key, (_weight, minimum) in SHARED.items()
                     if not self.table.isColumnHidden(column_of(key)))
        if self.table.isVisible():
            frame = self.width() - self.table.viewport().width()       # as laid out now
        else:
            margins = self.layout().contentsMargins()
            frame = (self.table.verticalHeader().sizeHint().width() + self.table.verticalScrollBar().sizeHint().width()
                     + margins.left() + margins.right() + 2 * self.table.frameWidth())
        return sum(self._content_widths().values()) + shared + frame

    def _content_widths(self) -> dict[str, int]:
        """Widths of the columns sized to their content: header or sample text, whichever is wider."""
        table, heads = self.table, self.table.horizontalHeader().fontMetrics()
        cells = table.fontMetrics()
        widths = {}
        for key in COLUMN_KEYS:
            if key in SHARED or table.isColumnHidden(column_of(key)):
                continue
            title = str(self.model.headerData(column_of(key), Qt.Horizontal) or "")
            head = heads.horizontalAdvance(title) + CELL_PADDING + 12     # room for the sort arrow
            if key == "status":
                widths[key] = max([head] + [cells.horizontalAdvance(status_label(s.value)) + 16 + 2 * CELL_PADDING
                                            for s in status_rules.Status])
            else:
                widths[key] = max(head, cells.horizontalAdvance(SAMPLES.get(key, "")) + CELL_PADDING)
        return widths

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        return combo

    # --- what is shown -------------------------------------------------------
    def show_scope(self, scope: Scope, title: str, *, archived: bool = False) -> None:
        """List `scope` (from the navigator); the search text and the filters stay."""
        self._base_scope = scope
        self._archived = archived
        self._category_width = None          # the catalogue may have changed meanwhile
        self._title = title
        # One category listed: its name in every line says nothing.
        self.table.setColumnHidden(column_of("category"), scope.category is not None)
        # The archive says when and why; what a draft lacks matters no more there.
        self.table.setColumnHidden(column_of("lacks"), archived)
        for key in ARCHIVE_COLUMNS:
            self.table.setColumnHidden(column_of(key), not archived)
        self.fit_columns()
        self.refresh_filter_choices()
        self._apply_filters()

    def refresh_filter_choices(self) -> None:
        rts, rws = listing.rt_rw_choices(self._base_scope.kelurahan_prefix)
        for combo, numbers in ((self.filter_rt, rts), (self.filter_rw, rws)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Semua"), None)
            for number in numbers:
                combo.addItem(f"{number:03d}", number)
            position = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)

    def current_scope(self) -> Scope:
        """The navigator's scope narrowed by the RT, RW and status filters."""
        return replace(self._base_scope, rt=self.filter_rt.currentData(), rw=self.filter_rw.currentData(),
                       status=self.filter_status.currentData(), term_end=self.filter_term.currentData(),
                       needs_review=self.filter_review.isChecked())

    def current_query(self) -> ListQuery:
        scope = replace(self.current_scope(), text=self.search.text(), archived=self._archived)
        return replace(self.model.query, scope=scope)

    @property
    def archived(self) -> bool:
        return self._archived

    def _apply_filters(self, *_args) -> None:
        self.model.set_query(self.current_query())
        if not self.search.text().strip():
            self._fit_row_numbers()
        self.query_changed.emit()

    def _fit_row_numbers(self) -> None:
        """The row-number header as wide as the unsearched list's largest number: a search only
        narrows the list, so the header keeps its width while the clerk types (a header that
        narrowed from 150,000 rows to 9,999 would resize the list and refit every column on
        that keystroke)."""
        header = self.table.verticalHeader()
        digits = len(str(max(self.model.rowCount(), 1)))
        header.setMinimumWidth(max(44, header.fontMetrics().horizontalAdvance("8" * digits) + 2 * ROW_NUMBER_PADDING))

    def reload(self, select: list[int] | None = None, *, refresh_choices: bool = True) -> None:
        """Read the data again and select `select` (default: the people selected before)."""
        if select is None:
            select = self.selected_ids()
        if refresh_choices:
            self._category_width = None
            self.refresh_filter_choices()
        self.model.set_query(self.current_query())
        self.select_ids(select)

    def reload_after_insert(self, participant_id: int) -> None:
        """The list after one participant was added here: select the new row."""
        row = self.model.reload_after_insert(participant_id)
        if row is not None:
            self._select_row(row)

    def reload_after_edit(self, participant_id: int) -> None:
        """The list after one participant was changed in the form: that line read again (moved
        when the name now sorts elsewhere, gone when it no longer matches) and selected."""
        row = self.model.reload_after_edit(participant_id)
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    def _update_title(self) -> None:
        count = self.model.rowCount()
        self.title.setText(self.tr("{title} · {count} peserta").format(
            title=self._title, count=f"{count:,}".replace(",", ".")))
        if count == 0:
            if self.search.text().strip() or self.filter_review.isChecked() or any(c.currentIndex() > 0 for c in
                                                 (self.filter_rt, self.filter_rw, self.filter_status,
                                                  self.filter_term)):
                self.empty_hint.setText(self.tr("Tidak ada peserta yang cocok dengan pencarian atau saringan."))
            elif self._archived:
                self.empty_hint.setText(self.tr("Arsip kosong."))
            else:
                self.empty_hint.setText(self.tr("Belum ada peserta di sini. Tekan Ctrl+N untuk menambah."))
            self.empty_hint.show()
        else:
            self.empty_hint.hide()

    # --- selection ---------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        return self.model.ids_at(self.selected_rows())

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for pid in ids:
            row = self.model.row_of_id(pid)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _open_row(self, row: int) -> None:
        pid = self.model.id_at(row)
        if pid is not None:
            self.open_requested.emit(pid)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
