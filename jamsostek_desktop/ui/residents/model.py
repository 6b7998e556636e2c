"""The register's table model: the ids of a search in name order, row contents read a page at a time.

One query gives the ids (a compact list even at 150,000 residents); the rows on
screen come in pages of PAGE_SIZE by id, and only MAX_PAGES pages stay in memory,
the way the participant list does it (ui/participants/model.py).
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt

from jamsostek_desktop.domain import residents as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.services.residents import lookup
from jamsostek_desktop.services.residents.lookup import ListQuery, ResidentEntry
from jamsostek_desktop.ui.common.i18n import translated

PAGE_SIZE = 100
MAX_PAGES = 30
ENTRY_ROLE = int(Qt.UserRole) + 1
STATUS_ROLE = int(Qt.UserRole) + 2     # hidup / mati / pindah / keluar, for the delegate
LEFT = lookup.LEFT

COLUMNS = (   # what tells people apart first; the KK number last
    ("nik", QT_TRANSLATE_NOOP("ResidentTableModel", "NIK")),
    ("nama", QT_TRANSLATE_NOOP("ResidentTableModel", "Nama")),
    ("status", QT_TRANSLATE_NOOP("ResidentTableModel", "Status")),
    ("jenis_kelamin", QT_TRANSLATE_NOOP("ResidentTableModel", "L/P")),
    ("lahir", QT_TRANSLATE_NOOP("ResidentTableModel", "Tempat, tanggal lahir")),
    ("rt_rw", QT_TRANSLATE_NOOP("ResidentTableModel", "RT/RW")),
    ("dusun", QT_TRANSLATE_NOOP("ResidentTableModel", "Dusun")),
    ("alamat", QT_TRANSLATE_NOOP("ResidentTableModel", "Alamat")),
    ("no_kk", QT_TRANSLATE_NOOP("ResidentTableModel", "No. KK")),
)
KEYS = tuple(key for key, _ in COLUMNS)
SEX_CODES = {"L": QT_TRANSLATE_NOOP("ResidentTableModel", "L"), "P": QT_TRANSLATE_NOOP("ResidentTableModel", "P")}
LEFT_LABEL = QT_TRANSLATE_NOOP("ResidentTableModel", "Tidak ada di daftar terbaru")
_CENTRED = frozenset({KEYS.index("jenis_kelamin"), KEYS.index("rt_rw")})


def rt_rw_text(rt: int | None, rw: int | None) -> str:
    """`003/002`; `003/-` in a village without RW; empty when the list gave no RT."""
    if rt is None:
        return ""
    return f"{rt:03d}/" + ("-" if not rw else f"{rw:03d}")


class ResidentTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ListQuery()
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[ResidentEntry]] = OrderedDict()
        self._headers = [QCoreApplication.translate("ResidentTableModel", text) for _, text in COLUMNS]

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._ids = lookup.list_ids(query)
        self._pages.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def entry_at(self, row: int) -> ResidentEntry | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
            by_id = lookup.rows(ids)
            page = [by_id[i] for i in ids if i in by_id]
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt override)
        if int(role) == int(Qt.DisplayRole):
            if orientation == Qt.Vertical:
                return str(section + 1)
            return self._headers[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index, role=Qt.DisplayRole):
        role = int(role)
        if not index.isValid() or role not in (int(Qt.DisplayRole), int(Qt.TextAlignmentRole), int(Qt.ToolTipRole),
                                               ENTRY_ROLE, STATUS_ROLE):
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        key = KEYS[index.column()]
        if role == ENTRY_ROLE:
            return entry
        if role == STATUS_ROLE:
            return LEFT if entry.left else entry.status
        if role == int(Qt.TextAlignmentRole):
            return int(Qt.AlignCenter) if index.column() in _CENTRED else None
        if role == int(Qt.ToolTipRole):
            if key == "lahir" and "tanggal_lahir" in entry.mismatched:
                return self.tr("Tanggal lahir di daftar tidak cocok dengan NIK")
            return None
        return self._display(entry, key)

    def _display(self, entry: ResidentEntry, key: str) -> str:
        if key == "jenis_kelamin":
            return self.tr(SEX_CODES[entry.jenis_kelamin]) if entry.jenis_kelamin in SEX_CODES else ""
        if key == "lahir":
            text = ", ".join(t for t in (entry.tempat_lahir, short_date(entry.tanggal_lahir)) if t)
            return text + (" ⚠" if "tanggal_lahir" in entry.mismatched else "")
        if key == "rt_rw":
            return rt_rw_text(entry.rt, entry.rw)
        if key == "status":
            if entry.left:
                return self.tr(LEFT_LABEL)
            return translated(rules.STATUS_LABELS.get(entry.status, entry.status))
        return str(getattr(entry, key) or "")
