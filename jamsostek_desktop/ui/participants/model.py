"""The participant table model: row count from SQL, row contents fetched a page at a time.

Modelled on Anki's browser table, with one change for size. In name order (the
default, backed by a covering index) the model holds no id list at all: it reads the
first page and, when that page is full, COUNT(*); a row painted later brings in the
page around it (ids from the index by LIMIT/OFFSET, then contents by id). A keystroke
thus costs two small queries at 150,000 rows. Sorted by another column, the model
holds the ordered ids (one SQL sort into a compact int array) and reads contents by
page as well. Only MAX_PAGES pages stay in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt

from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.services.participants import fast_paths, listing
from jamsostek_desktop.services.participants.listing import ListQuery, ParticipantRow
from jamsostek_desktop.ui.common.labels import (
    catalogue_label,
    field_label,
    local_time,
    office_region,
    recorded_text,
    status_label,
)
from jamsostek_desktop.ui.participants.list_changes import OneChange
from jamsostek_desktop.ui.screening import review_tooltip

PAGE_SIZE = 64   # about two screens: one small query when the list changes
MAX_PAGES = 40
ROW_ROLE = int(Qt.UserRole) + 1    # the ParticipantRow of a line
STATUS_ROLE = int(Qt.UserRole) + 2  # the status code, for the badge delegate
LACKS_ROLE = int(Qt.UserRole) + 3   # list of what a draft still lacks

# (key, header, sort key or None)
COLUMNS = (
    ("nik", QT_TRANSLATE_NOOP("ParticipantTableModel", "NIK"), "nik"),
    ("nama", QT_TRANSLATE_NOOP("ParticipantTableModel", "Nama"), "nama"),
    ("jenis_kelamin", QT_TRANSLATE_NOOP("ParticipantTableModel", "L/P"), "jenis_kelamin"),
    ("tanggal_lahir", QT_TRANSLATE_NOOP("ParticipantTableModel", "Tanggal lahir"), "tanggal_lahir"),
    ("rt_rw", QT_TRANSLATE_NOOP("ParticipantTableModel", "RT/RW"), "rt_rw"),
    ("category", QT_TRANSLATE_NOOP("ParticipantTableModel", "Kategori"), "category"),
    ("kelurahan", QT_TRANSLATE_NOOP("ParticipantTableModel", "Kelurahan"), "kelurahan_code"),
    ("status", QT_TRANSLATE_NOOP("ParticipantTableModel", "Status"), "status"),
    ("review", QT_TRANSLATE_NOOP("ParticipantTableModel", "Periksa"), None),
    ("lacks", QT_TRANSLATE_NOOP("ParticipantTableModel", "Masih kurang"), None),
    # The archive's own columns (shown there instead of "Masih kurang").
    ("archived_at", QT_TRANSLATE_NOOP("ParticipantTableModel", "Diarsipkan"), "archived_at"),
    ("archive_reason", QT_TRANSLATE_NOOP("ParticipantTableModel", "Alasan diarsipkan"), None),
)
ARCHIVE_COLUMNS = ("archived_at", "archive_reason")
COLUMN_KEYS = tuple(c[0] for c in COLUMNS)
# The sex column shows the form's one-letter codes: L/P in Indonesian, M/F in English.
SEX_CODES = {"L": QT_TRANSLATE_NOOP("ParticipantTableModel", "L"), "P": QT_TRANSLATE_NOOP("ParticipantTableModel", "P")}
_DISPLAY = int(Qt.DisplayRole)
_ALIGN = int(Qt.TextAlignmentRole)
_SERVED_ROLES = frozenset({_DISPLAY, _ALIGN, int(Qt.ToolTipRole), int(ROW_ROLE), int(STATUS_ROLE),
                           int(LACKS_ROLE)})
_CENTRED = frozenset({COLUMN_KEYS.index("jenis_kelamin"), COLUMN_KEYS.index("rt_rw")})
_CENTRE = int(Qt.AlignCenter)
_TOOLTIP = int(Qt.ToolTipRole)
_VERTICAL = Qt.Vertical
_HORIZONTAL = Qt.Horizontal


def column_of(key: str) -> int:
    return COLUMN_KEYS.index(key)


class ParticipantTableModel(OneChange, QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ListQuery()
        self._count = 0
        self._ids = None              # the ordered ids when not in name order
        self._prepared = listing.PreparedList(self._query)
        self._pages: OrderedDict[int, list[ParticipantRow]] = OrderedDict()
        self._kelurahan_names: dict[str, str] = {}
        self._headers = [QCoreApplication.translate("ParticipantTableModel", c[1]) for c in COLUMNS]
        self._last_number = -1       # the page data() read last, with its display texts
        self._last_page: list = []
        # Display texts by participant id with the line they were made for: a repaint of lines
        # from two pages, or of the lines a save moved down, does not make them again.
        self._text_cache: dict[int, tuple[ParticipantRow, tuple[str, ...]]] = {}
        self._office = office_region()    # the office's time zone, for the archive dates

    # --- what is listed ----------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._load()
        self.endResetModel()

    def reload(self) -> None:
        """Read the same query again (after a change to the data)."""
        self.set_query(self._query)

    def page_size(self) -> int:
        """PAGE_SIZE as it is now (the tests make pages small)."""
        return PAGE_SIZE

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._last_number = -1
        self._last_page = []

    def set_kelurahan_names(self, names: dict[str, str]) -> None:
        self._kelurahan_names = dict(names)
        self._last_number = -1
        self._text_cache.clear()

    def _load(self) -> None:
        self._forget_pages()
        self._prepared = listing.PreparedList(self._query)
        if self._query.sort == "nama":
            self._ids = None
            # The first page comes with the count; a short first page is the whole list.
            first = self._prepared.page(0, PAGE_SIZE)
            self._pages[0] = first
            self._count = len(first) if len(first) < PAGE_SIZE else self._prepared.count()
        else:
            self._ids = self._prepared.ids()
            self._count = len(self._ids)

    def _page(self, number: int) -> list[ParticipantRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * PAGE_SIZE
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        if self._ids is None and fast_paths.enabled and before is not None and len(before) == PAGE_SIZE:
            page = self._prepared.page_next_to(before[-1], PAGE_SIZE, after=True)
        elif self._ids is None and fast_paths.enabled and after:
            page = self._prepared.page_next_to(after[0], PAGE_SIZE, after=False)
        elif self._ids is None:
            page = self._prepared.page(start, PAGE_SIZE)
        else:
            ids = self._ids[start:start + PAGE_SIZE]
            by_id = listing.rows(ids)
            page = [by_id[i] for i in ids if i in by_id]
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> ParticipantRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.id if item else None

    def ids_at(self, rows: Iterable[int]) -> list[int]:
        rows = sorted(set(rows))
        if len(rows) > 5 * PAGE_SIZE:
            # A large selection (Ctrl+A): one query for every id instead of many pages.
            all_ids = self._ids if self._ids is not None else self._prepared.ids()
            return [all_ids[r] for r in rows if r < len(all_ids)]
        out = []
        for r in rows:
            pid = self.id_at(r)
            if pid is not None:
                out.append(pid)
        return out

    def row_of_id(self, participant_id: int) -> int | None:
        """The row showing a participant, among the pages already read or the id array."""
        if self._ids is not None:
            try:
                return list(self._ids).index(participant_id)
            except ValueError:
                return None
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == participant_id:
                    return number * PAGE_SIZE + offset
        return listing.position(self._query, participant_id)

    # --- Qt model interface ------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else self._count

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        # The vertical header asks for every row it lays out: keep this cheap.
        role = int(role)
        if role == _DISPLAY:
            if orientation == _VERTICAL:
                return str(section + 1)
            return self._headers[section] if 0 <= section < len(COLUMNS) else None
        if role == _TOOLTIP and orientation == _HORIZONTAL and 0 <= section < len(COLUMNS) \
                and COLUMNS[section][2] is None:
            return QCoreApplication.translate("ParticipantTableModel",
                                              "Yang masih harus dilengkapi sebelum verifikasi")
        return None

    def data(self, index, role=Qt.DisplayRole):
        # Called for every role of every visible cell on each repaint: reject roles we do not
        # serve before touching the row, and read display text prepared once per row.
        role = int(role)
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        entry = self._entry(index.row())
        return None if entry is None else self._value(entry, index.column(), role)

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt override)
        """Every role a delegate asks of one cell, in one call: Qt's item delegate asks seven
        (font, colours, check state, icon, text, alignment) of each of ~170 cells on a repaint,
        and each call from Qt into Python costs more than answering it (about a thousand calls
        fewer on every keystroke and save)."""
        if not index.isValid():
            return
        entry = self._entry(index.row())
        if entry is None:
            return
        column = index.column()
        for i in range(roles.size()):
            slot = roles[i]
            role = slot.role()
            if role in _SERVED_ROLES:
                value = self._value(entry, column, role)
                if value is not None:
                    slot.setData(value)

    def _value(self, entry, column: int, role: int):
        item, texts = entry
        if role == _DISPLAY:
            return texts[column]
        if role == _ALIGN:
            return _CENTRE if column in _CENTRED else None
        if role == ROW_ROLE:
            return item
        if role == STATUS_ROLE:
            return item.status
        if role == LACKS_ROLE:
            return item.lacks
        key = COLUMN_KEYS[column]
        if key == "review" and item.review:
            return review_tooltip(item.review)
        if key == "lacks" and item.lacks:
            return self.tr("Belum diisi: {fields}").format(fields=", ".join(field_label(x) for x in item.lacks))
        if key == "status" and item.status_reason:
            return self.tr("Alasan: {reason}").format(reason=recorded_text(item.status_reason))
        if key == "category":
            return texts[column]          # whole, where the column is too narrow for a long name
        if key in ("nama", "archive_reason") and self._query.scope.archived and item.archive_reason:
            return self.tr("Diarsipkan: {reason}").format(reason=item.archive_reason)
        return None

    def _entry(self, row: int):
        number = row // PAGE_SIZE
        if number != self._last_number:
            if not 0 <= row < self._count:
                return None
            # Texts are made for a line when it is first painted: a screen shows half a page.
            self._last_page = [[item, None] for item in self._page(number)]
            self._last_number = number
        offset = row % PAGE_SIZE
        page = self._last_page
        if offset >= len(page):
            return None
        entry = page[offset]
        if entry[1] is None:
            item = entry[0]
            known = self._text_cache.get(item.id)
            if known is not None and known[0] is item:
                entry[1] = known[1]
            else:
                entry[1] = self._texts(item)
                if len(self._text_cache) >= 4 * PAGE_SIZE:
                    self._text_cache.clear()
                self._text_cache[item.id] = (item, entry[1])
        return entry

    def _texts(self, item: ParticipantRow) -> tuple[str, ...]:
        return tuple(self.display_text(item, key) for key in COLUMN_KEYS)

    def display_text(self, item: ParticipantRow, key: str) -> str:
        """What the list shows for `item` in the column `key` (the clipboard copies the same)."""
        if key == "tanggal_lahir":
            return short_date(item.tanggal_lahir)
        if key == "rt_rw":
            return f"{item.rt:03d}/{item.rw:03d}"
        if key == "category":
            return catalogue_label(item.category_name)
        if key == "kelurahan":
            return self._kelurahan_names.get(item.kelurahan_code, item.kelurahan_code)
        if key == "status":
            return status_label(item.status)
        if key == "jenis_kelamin":
            return self.tr(SEX_CODES.get(item.jenis_kelamin, "")) or item.jenis_kelamin
        if key == "lacks":
            return ", ".join(field_label(x) for x in item.lacks)
        if key == "review":
            return ", ".join(item.review)
        if key == "archived_at":
            return local_time(item.archived_at, self._office).split(" ")[0] if item.archived_at else ""
        return str(getattr(item, key))

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][2] is None:
            return
        key = COLUMNS[column][2]
        descending = order == Qt.DescendingOrder
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        from dataclasses import replace

        self.set_query(replace(self._query, sort=key, descending=descending))
