"""The "Data penduduk" window: the office's resident register, searched as the clerk types.

    +---------------------------------------------------------------------------+
    | Data penduduk                                                             |
    | 12.345 penduduk (3.456 KK): 12.000 hidup, 200 mati, 145 pindah, ...       |
    | Impor terakhir: penduduk.xlsx, 23-11-2026 10:15 WIB oleh budi             |
    | [Cari nama, NIK atau No. KK ......]  Status [Semua v]   [Impor daftar…]   |
    | | NIK | Nama | Status | L/P | Tempat, tanggal lahir | RT/RW | ... |       |
    |                                                              [Tutup]      |
    +---------------------------------------------------------------------------+

Searching waits for a short pause in typing, then asks one query (name words through
the register's name index, or the first digits of a NIK or KK number).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.services.residents import lookup
from jamsostek_desktop.ui.common.labels import local_time
from jamsostek_desktop.ui.residents.model import KEYS, LEFT, STATUS_ROLE, ResidentTableModel

SEARCH_PAUSE_MS = 250
STATUS_FILTERS = (
    (None, QT_TRANSLATE_NOOP("RegisterWindow", "Semua")),
    ("hidup", QT_TRANSLATE_NOOP("RegisterWindow", "Hidup")),
    ("mati", QT_TRANSLATE_NOOP("RegisterWindow", "Mati")),
    ("pindah", QT_TRANSLATE_NOOP("RegisterWindow", "Pindah")),
    (LEFT, QT_TRANSLATE_NOOP("RegisterWindow", "Tidak ada di daftar terbaru")),
)
STATUS_COLOURS = {"mati": "#9b1c1c", "pindah": "#7a5300", LEFT: "#6b6b6b"}


class StatusDelegate(QStyledItemDelegate):
    """The status in a colour that tells Mati, Pindah and who left apart from the living."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        colour = STATUS_COLOURS.get(index.data(STATUS_ROLE))
        if colour and not option.state & QStyle.State_Selected:
            option.palette.setColor(QPalette.Text, QColor(colour))


class RegisterWindow(QDialog):
    def __init__(self, parent=None, on_imported=None) -> None:
        super().__init__(parent)
        self.setObjectName("residents_window")
        self.setWindowTitle(self.tr("Data penduduk"))
        self._on_imported = on_imported
        heading = QLabel(self.tr("Data penduduk"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.counts_label = QLabel(self, objectName="counts_label")
        self.counts_label.setWordWrap(True)
        self.latest_label = QLabel(self, objectName="latest_label")
        self.latest_label.setStyleSheet("color: palette(dark);")
        self.search = QLineEdit(self, objectName="search")
        self.search.setPlaceholderText(self.tr("Cari nama, atau awal NIK / No. KK"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self, objectName="status_filter")
        for code, text in STATUS_FILTERS:
            self.status.addItem(self.tr(text), code)
        self.import_button = QPushButton(self.tr("Impor daftar penduduk…"), self, objectName="import_button")
        self.import_button.clicked.connect(self.open_import)
        self.model = ResidentTableModel(self)
        self.table = QTableView(self, objectName="residents_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setItemDelegateForColumn(KEYS.index("status"), StatusDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for key, width in (("nik", 138), ("nama", 200), ("status", 96), ("jenis_kelamin", 36), ("lahir", 158),
                           ("rt_rw", 62), ("dusun", 104), ("alamat", 170)):
            self.table.setColumnWidth(KEYS.index(key), width)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self, objectName="empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignCenter)
        close = QPushButton(self.tr("Tutup"), self, objectName="close_button")
        close.clicked.connect(self.accept)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(QLabel(self.tr("Status:"), self))
        filters.addWidget(self.status)
        filters.addStretch(1)
        filters.addWidget(self.import_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.latest_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.import_wizard = None
        self.resize(1180, 640)
        self.refresh()

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_query(lookup.ListQuery(self.search.text(), self.status.currentData()))
        self._update_empty()

    def refresh(self) -> None:
        counts = lookup.counts()
        if counts.total:
            self.counts_label.setText(self.tr(
                "{total} penduduk ({families} KK): {alive} hidup, {dead} mati, {moved} pindah, {left} tidak ada "
                "lagi di daftar terbaru.").format(
                total=thousands(counts.total), families=thousands(counts.families),
                alive=thousands(counts.by_status.get("hidup", 0)), dead=thousands(counts.by_status.get("mati", 0)),
                moved=thousands(counts.by_status.get("pindah", 0)), left=thousands(counts.left)))
        else:
            self.counts_label.setText(self.tr("Data penduduk masih kosong."))
        latest = counts.latest
        self.latest_label.setText(self.tr("Impor terakhir: {file}, {when} oleh {who}").format(
            file=latest.file_name, when=local_time(latest.imported_at), who=latest.actor)
            if latest else "")
        self.latest_label.setVisible(latest is not None)
        self.apply_filters()

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        if lookup.exists():
            self.empty_label.setText(self.tr("Tidak ada penduduk yang cocok dengan pencarian ini."))
        else:
            self.empty_label.setText(self.tr(
                "Belum ada data penduduk. Impor ekspor data penduduk dari OpenSID, ekspor SIAK, atau BIP e-KTP "
                "dengan tombol Impor daftar penduduk; sesudah itu petugas cukup mengetik NIK atau nama di "
                "formulir peserta dan memilih orangnya."))
        self.empty_label.show()

    def open_import(self):
        from jamsostek_desktop.ui.residents.import_wizard import ResidentImportWizard

        self.import_wizard = ResidentImportWizard(self, on_imported=self._imported)
        self.import_wizard.open()
        return self.import_wizard

    def _imported(self) -> None:
        self.refresh()
        if self._on_imported is not None:
            self._on_imported()
