"""Periksa data ganda: the full screening run, the pairs to decide and the flags to resolve.

    +-------------------------------------------------------------------------+
    | 3 pasangan menunggu keputusan, 2 tanda terbuka   [Periksa sekarang] [Excel…]
    | [ Data ganda | Tanda pemeriksaan ]                                       |
    |  Skor | Peserta 1 | Peserta 2 | Alasan                                   |
    | Alasan keputusan: [______________________________]                       |
    | [Sama, pertahankan 1] [Sama, pertahankan 2] [Orang berbeda]  [Tutup]     |
    +-------------------------------------------------------------------------+

The run goes off the GUI thread (ui/common/operations.py); decisions call the services,
which archive the other entry and write the audit trail. A reason is required.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.services.screening import flags, pairs, report
from jamsostek_desktop.ui.common import keyboard, messages, screen
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.operations import Operation


def _table(parent: QWidget, name: str) -> tuple[QTableView, QStandardItemModel]:
    view = QTableView(parent)
    view.setObjectName(name)
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view, model


def _item(text: object, data: object = None) -> QStandardItem:
    item = QStandardItem(str(text))
    if data is not None:
        item.setData(data, Qt.UserRole)
    return item


class ReviewWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screening_review")
        self.setWindowTitle(self.tr("Periksa data ganda dan tepat sasaran"))
        self.summary = QLabel(self, objectName="screening_summary")
        self.summary.setWordWrap(True)
        self.run_button = QPushButton(self.tr("&Periksa sekarang"), self, objectName="screening_run")
        self.run_button.clicked.connect(self.run)
        self.export_button = QPushButton(self.tr("Simpan &daftar (Excel)…"), self, objectName="screening_export")
        self.export_button.clicked.connect(self.export)
        self.reference_button = QPushButton(self.tr("Impor daftar &pembanding…"), self, objectName="screening_reference")
        self.reference_button.clicked.connect(self.import_reference)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.run_button)
        top.addWidget(self.reference_button)
        top.addWidget(self.export_button)

        self.tabs = QTabWidget(self)
        self.pair_view, self.pair_model = _table(self, "screening_pairs")
        self.flag_view, self.flag_model = _table(self, "screening_flags")
        self.flag_view.setWordWrap(False)        # one line a flag; the whole text is the cell's tooltip
        self.tabs.addTab(self.pair_view, self.tr("Data ganda"))
        self.tabs.addTab(self.flag_view, self.tr("Tanda pemeriksaan"))
        self.tabs.currentChanged.connect(self._update_buttons)

        self.reason = QLineEdit(self, objectName="screening_reason")
        self.reason.setPlaceholderText(self.tr("Wajib: apa yang sudah diperiksa (KTP, KK, surat instansi …)"))
        self.reason.textChanged.connect(self._update_buttons)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Alasan keputusan:"), self))
        reason_row.addWidget(self.reason, 1)

        self.keep_one = QPushButton(self.tr("Sama, pertahankan peserta &1"), self, objectName="keep_one")
        self.keep_two = QPushButton(self.tr("Sama, pertahankan peserta &2"), self, objectName="keep_two")
        self.different = QPushButton(self.tr("Orang &berbeda"), self, objectName="different")
        self.keep_flag = QPushButton(self.tr("&Tetap terdaftar"), self, objectName="flag_keep")
        self.archive_flag = QPushButton(self.tr("&Arsipkan peserta"), self, objectName="flag_archive")
        close = QPushButton(self.tr("Tutup"), self, objectName="close")
        close.clicked.connect(self.accept)
        self.keep_one.clicked.connect(lambda: self._decide_pair("same", 0))
        self.keep_two.clicked.connect(lambda: self._decide_pair("same", 1))
        self.different.clicked.connect(lambda: self._decide_pair("different", None))
        self.keep_flag.clicked.connect(lambda: self._resolve_flag("keep"))
        self.archive_flag.clicked.connect(lambda: self._resolve_flag("archive"))
        buttons = QHBoxLayout()
        for button in (self.keep_one, self.keep_two, self.different, self.keep_flag, self.archive_flag):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(reason_row)
        layout.addLayout(buttons)
        self.pair_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.flag_view.selectionModel().selectionChanged.connect(self._update_buttons)
        screen.fit(self, 1000, 620)
        self.load()
        keyboard.fields_then_buttons(
            [self.tabs, self.pair_view, self.flag_view, self.reason],
            [self.keep_one, self.keep_two, self.different, self.keep_flag, self.archive_flag, self.run_button,
             self.reference_button, self.export_button, close], None)

    # --- data -----------------------------------------------------------------------
    def load(self) -> None:
        self.pair_model.clear()
        self.pair_model.setHorizontalHeaderLabels(
            [self.tr("Skor"), self.tr("Peserta 1"), self.tr("Peserta 2"), self.tr("Alasan")])
        for pair in pairs.open_pairs():
            sides = [f"{s.nama}\n{s.nik} · {s.kelurahan_code} · RT {s.rt:03d}/RW {s.rw:03d}"
                     for s in (pair.one, pair.other)]
            why = "; ".join(translated(pairs.duplicates.REASON_LABELS.get(r, r)) for r in pair.reasons)
            self.pair_model.appendRow([_item(pair.score, pair), _item(sides[0]), _item(sides[1]), _item(why)])
        self.flag_model.clear()
        self.flag_model.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("NIK"), self.tr("Tanda"), self.tr("Keterangan")])
        for flag in flags.open_flags():
            detail = _item(flag.detail)
            detail.setToolTip(flag.detail)
            self.flag_model.appendRow([_item(flag.nama, flag), _item(flag.nik),
                                       _item(f"{flag.code}: {translated(flag.label)}"), detail])
        for view in (self.pair_view, self.flag_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        self.pair_view.resizeRowsToContents()
        self.summary.setText(self.tr("{pairs} pasangan menunggu keputusan, {flags} tanda terbuka.").format(
            pairs=self.pair_model.rowCount(), flags=self.flag_model.rowCount()))
        self._update_buttons()

    def _selected(self, view: QTableView, model: QStandardItemModel):
        rows = view.selectionModel().selectedRows()
        return model.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None

    def _update_buttons(self, *_args) -> None:
        on_pairs = self.tabs.currentIndex() == 0
        reason = bool(self.reason.text().strip())
        pair = self._selected(self.pair_view, self.pair_model)
        flag = self._selected(self.flag_view, self.flag_model)
        for button in (self.keep_one, self.keep_two, self.different):
            button.setVisible(on_pairs)
            button.setEnabled(reason and pair is not None)
        for button in (self.keep_flag, self.archive_flag):
            button.setVisible(not on_pairs)
            button.setEnabled(reason and flag is not None)

    # --- actions --------------------------------------------------------------------
    def run(self) -> None:
        self.run_button.setEnabled(False)
        Operation(self, lambda: (pairs.run(), flags.screen())).with_progress(
            self.tr("Memeriksa data ganda …")).success(self._ran).failure(self._failed).run()

    def _ran(self, _result) -> None:
        self.run_button.setEnabled(True)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        messages.show_error(self, self.tr("Pemeriksaan gagal"), exc)

    def _decide_pair(self, decision: str, keep: int | None) -> None:
        pair = self._selected(self.pair_view, self.pair_model)
        if pair is None:
            return
        keep_uuid = (pair.one, pair.other)[keep].uuid if keep is not None else None
        try:
            pairs.decide(pair.id, decision, self.reason.text(), keep_uuid)
        except Exception as exc:  # noqa: BLE001 - shown by the one error path
            messages.show_error(self, self.tr("Keputusan tidak disimpan"), exc)
            return
        self.reason.clear()
        self.load()

    def _resolve_flag(self, resolution: str) -> None:
        flag = self._selected(self.flag_view, self.flag_model)
        if flag is None:
            return
        try:
            flags.resolve(flag.id, resolution, self.reason.text())
        except Exception as exc:  # noqa: BLE001 - shown by the one error path
            messages.show_error(self, self.tr("Keputusan tidak disimpan"), exc)
            return
        self.reason.clear()
        self.load()

    def import_reference(self):
        from jamsostek_desktop.ui.screening.reference_dialog import ReferenceDialog

        dialog = ReferenceDialog(self)
        self._reference_dialog = dialog
        dialog.accepted.connect(self.load)
        dialog.open()
        return dialog

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan daftar peserta yang perlu diperiksa"),
                                              "perlu-diperiksa.xlsx", self.tr("Berkas Excel (*.xlsx)"))
        if not path:
            return
        Operation(self, lambda: report.save_xlsx(path)).with_progress(self.tr("Menyimpan …")).success(
            lambda saved: messages.inform(self, self.tr("Tersimpan"), self.tr("Disimpan: {path}").format(
                path=saved))).failure(lambda exc: messages.show_error(self, self.tr("Gagal menyimpan"), exc)).run()
