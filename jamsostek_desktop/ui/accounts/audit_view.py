"""The audit trail, read-only: the global log with filters, and "Riwayat" of one participant.

The model holds the ids of the matching entries (one SQL query) and fetches rows
in pages as they scroll into view, so a trail of a million entries opens at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.accounts import audit, session
from jamsostek_desktop.services.accounts.audit import AuditFilter
from jamsostek_desktop.ui.accounts import audit_text
from jamsostek_desktop.ui.common import labels, messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label, recorded_text
from jamsostek_desktop.ui.common.operations import Operation


def actor_name(username: str) -> str:
    """Who acted: a user name, or the program itself (before any account existed)."""
    return QCoreApplication.translate("AuditModel", "sistem") if username == session.SYSTEM.username else username

PAGE = 200


class AuditModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "Waktu"), QT_TRANSLATE_NOOP("AuditModel", "Pengguna"),
               QT_TRANSLATE_NOOP("AuditModel", "Aksi"), QT_TRANSLATE_NOOP("AuditModel", "Data"),
               QT_TRANSLATE_NOOP("AuditModel", "Rekaman"), QT_TRANSLATE_NOOP("AuditModel", "Kolom"),
               QT_TRANSLATE_NOOP("AuditModel", "Nilai lama"), QT_TRANSLATE_NOOP("AuditModel", "Nilai baru"),
               QT_TRANSLATE_NOOP("AuditModel", "Alasan"))

    def __init__(self, flt: AuditFilter | None = None, parent=None) -> None:
        super().__init__(parent)
        self.filter = flt or AuditFilter()
        self.ids: list[int] = []
        self._rows: dict[int, tuple] = {}
        self._changes: dict[int, str] = {}     # "Status: Draf → Terverifikasi", for "Riwayat"
        self.reload()

    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = audit.entry_ids(self.filter)
        self._rows = {}
        self.endResetModel()

    def _fetch_page(self, row: int) -> None:
        start = row - row % PAGE
        ids = self.ids[start:start + PAGE]
        entries = audit.by_ids(ids)
        names = audit.record_labels([e.record for e in entries.values() if e.table == "participant"])
        office = labels.office_region()        # its time zone: WIB, WITA or WIT
        for entry_id in ids:
            e = entries.get(entry_id)
            if e is None:
                continue
            record = names.get(e.record, e.record) if e.table == "participant" else e.record
            old = audit_text.shown(e.field, e.old_value, e.new_value, office)
            new = audit_text.shown(e.field, e.new_value, e.old_value, office)
            if e.table == "category" and e.action == "create":
                new = catalogue_label(new)            # the category's name, from the catalogue
            field = translated(audit.field_label(e.field)) if e.field else ""
            change = audit_text.change(e.field, e.old_value, e.new_value, office) if e.field else new
            self._rows[entry_id] = (
                labels.local_time(e.at, office) if isinstance(e.at, dt.datetime) else str(e.at),
                actor_name(e.actor),
                translated(audit.action_label(e.action)), translated(audit.table_label(e.table)), record,
                field, old, new, recorded_text(e.reason))
            self._changes[entry_id] = f"{field}: {change}" if field and change else change

    def row_values(self, row: int) -> tuple:
        entry_id = self.ids[row]
        if entry_id not in self._rows:
            if len(self._rows) > 20 * PAGE:
                self._rows.clear()  # keep the cache small on a long scroll
                self._changes.clear()
            self._fetch_page(row)
        return self._rows.get(entry_id, ("",) * len(self.HEADERS))

    def change_text(self, row: int) -> str:
        """The row's change in one text: `Status: Draf → Terverifikasi`, `Nomor RW: 2 → 5`."""
        self.row_values(row)
        return self._changes.get(self.ids[row], "")

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return QCoreApplication.translate("AuditModel", self.HEADERS[section])   # subclasses too
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        value = self.row_values(index.row())[index.column()]
        if role == Qt.ToolTipRole:
            return value if len(value) > 30 else None
        return value


class HistoryModel(AuditModel):
    """One participant's trail: when, who, what, the change as one text, why."""

    SHOWN = (0, 1, 2, None, 8)          # None: the change ("Status: Draf → Terverifikasi")
    HEADER_OF_CHANGE = QT_TRANSLATE_NOOP("HistoryModel", "Perubahan")

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.SHOWN)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.SHOWN):
            column = self.SHOWN[section]
            if column is None:
                return QCoreApplication.translate("HistoryModel", self.HEADER_OF_CHANGE)
            return super().headerData(column, orientation, role)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        column = self.SHOWN[index.column()]
        value = self.change_text(index.row()) if column is None else self.row_values(index.row())[column]
        if role == Qt.ToolTipRole:
            return value if len(value) > 30 else None
        return value


def _table(model: AuditModel) -> QTableView:
    table = QTableView()
    table.setObjectName("audit_table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate((150, 90, 130, 110, 170, 100, 140, 140)):
        table.setColumnWidth(column, width)
    return table


class AuditLogDialog(QDialog):
    """
    +--------------------------------------------------------------------------------+
    | Pengguna [Semua v] Data [Semua v] Aksi [Semua v] [x] Tanggal [..] s.d. [..]    |
    | Cari [__________________]                          1.234 entri  [Ekspor CSV…]  |
    | Waktu | Pengguna | Aksi | Data | Rekaman | Kolom | Nilai lama | Nilai baru | … |
    +--------------------------------------------------------------------------------+
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_log_dialog")
        self.setWindowTitle(self.tr("Log audit"))
        self.actor = self._combo("audit_actor", [(actor_name(v), v) for v in audit.distinct_values("actor")])
        self.table_combo = self._combo("audit_table_filter",
                                       [(translated(audit.table_label(v)), v) for v in audit.distinct_values("table")])
        self.action = self._combo("audit_action",
                                  [(translated(audit.action_label(v)), v) for v in audit.distinct_values("action")])
        self.use_dates = QCheckBox(self.tr("Tanggal"))
        self.use_dates.setObjectName("audit_use_dates")
        today = QDate(audit.office_today())       # the office's day, as the log's times are shown
        self.date_from = self._date("audit_from", today.addDays(-30))
        self.date_to = self._date("audit_to", today)
        self.search = QLineEdit()
        self.search.setObjectName("audit_search")
        self.search.setPlaceholderText(self.tr("Cari kolom, nilai, alasan…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("audit_count")
        export = QPushButton(self.tr("Ekspor CSV…"))
        export.setObjectName("audit_export")
        export.setAutoDefault(False)
        export.clicked.connect(self.export)
        close = QPushButton(self.tr("Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)

        self.model = AuditModel(parent=self)
        self.table = _table(self.model)
        # Typing waits for a pause before querying again.
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.apply_filter)

        row1 = QHBoxLayout()
        for label, widget in ((self.tr("Pengguna"), self.actor), (self.tr("Data"), self.table_combo),
                              (self.tr("Aksi"), self.action)):
            row1.addWidget(QLabel(label))
            row1.addWidget(widget)
        row1.addSpacing(12)
        row1.addWidget(self.use_dates)
        row1.addWidget(self.date_from)
        row1.addWidget(QLabel(self.tr("s.d.")))
        row1.addWidget(self.date_to)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Cari")))
        row2.addWidget(self.search, 1)
        row2.addWidget(self.count_label)
        row2.addWidget(export)
        row2.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.table)

        for combo in (self.actor, self.table_combo, self.action):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._dates_toggled(False)
        self.resize(1180, 600)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("Semua"), "")
        for label, value in items:
            combo.addItem(label, value)
        return combo

    def _date(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        dates = self.use_dates.isChecked()
        return AuditFilter(
            actor=self.actor.currentData() or "", table=self.table_combo.currentData() or "",
            action=self.action.currentData() or "", text=self.search.text().strip(),
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
        )

    def apply_filter(self, *_args) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("{n} entri").format(n=f"{len(self.model.ids):,}".replace(",", ".")))

    def export(self) -> None:
        name = f"log-audit-{dt.date.today():%Y%m%d}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor log audit"), name,
                                              self.tr("Berkas CSV (*.csv)"))
        if not path:
            return
        flt = self.current_filter()
        self.export_operation = Operation(self, lambda: audit.export_csv(path, flt)) \
            .with_progress(self.tr("Mengekspor log audit…")) \
            .success(lambda done: messages.inform(self, self.windowTitle(), self.tr(
                "{n} entri diekspor ke {path}.").format(n=done.rows, path=done.path))).run()


class HistoryDialog(QDialog):
    """ "Riwayat": every change of one participant, who made it and why. """

    def __init__(self, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        flt, name = audit.participant_filter(participant_id)
        self.setWindowTitle(self.tr("Riwayat — {name}").format(name=name))
        self.model = HistoryModel(flt, self)
        self.table = _table(self.model)
        for column, width in enumerate((155, 80, 120, 320)):
            self.table.setColumnWidth(column, width)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("{n} perubahan").format(n=len(self.model.ids))))
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.resize(900, 420)


def open_audit_log(parent: QWidget | None) -> None:
    try:
        session.require("audit.view")
    except AppError as exc:
        messages.show_error(parent, QCoreApplication.translate("AuditLogDialog", "Log audit"), exc)
        return
    AuditLogDialog(parent).exec()
