"""Konflik & NIK ganda: the city officer reads each open issue and decides; the decision is recorded.

    +---------------------------------------------------------------+
    | [x] Tampilkan yang sudah selesai                               |
    | Jenis | Kelurahan | Peserta/NIK | Keterangan | Status | Keputusan |
    | ...                                                           |
    | detail: a conflict's fields side by side (differences bold),  |
    |         or the enrolments sharing one NIK                     |
    | Catatan: [...........................................]        |
    | [Pakai versi kelurahan] [Pertahankan versi kota]              |
    | [Pertahankan yang dipilih, arsipkan lainnya] [Kembalikan ke kelurahan] |
    +---------------------------------------------------------------+
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.server import review_queue
from jamsostek_desktop.services.sync import conflicts
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label
from jamsostek_desktop.ui.sync.rows_model import RowsModel


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class IssuesDialog(QDialog):
    def __init__(self, parent=None, on_changed: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_issues_dialog")
        self.setWindowTitle(self.tr("Konflik dan NIK ganda dari sinkronisasi"))
        self.resize(1000, 680)
        self.on_changed = on_changed
        self.issues: list[conflicts.IssueView] = []

        layout = QVBoxLayout(self)
        self.show_resolved = QCheckBox(self.tr("Tampilkan yang sudah selesai"), objectName="show_resolved")
        self.show_resolved.toggled.connect(self.reload)
        layout.addWidget(self.show_resolved)
        self.model = RowsModel([self.tr("Jenis"), self.tr("Kelurahan"), self.tr("Peserta / NIK"),
                                self.tr("Keterangan"), self.tr("Status"), self.tr("Keputusan")], self)
        self.table = _table(self.model, "issues_table")
        layout.addWidget(self.table, 2)

        self.detail_label = QLabel(objectName="detail_label", wordWrap=True)
        layout.addWidget(self.detail_label)
        self.detail_model = RowsModel([self.tr("Data"), self.tr("Versi kelurahan (berkas)"),
                                       self.tr("Versi kota (sekarang)")], self)
        self.detail_table = _table(self.detail_model, "detail_table")
        layout.addWidget(self.detail_table, 3)

        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Catatan keputusan:")))
        self.note_edit = QLineEdit(objectName="note_edit")
        self.note_edit.setPlaceholderText(self.tr("misalnya: sudah dikonfirmasi lewat telepon dengan kelurahan"))
        note_row.addWidget(self.note_edit, 1)
        layout.addLayout(note_row)

        actions = QHBoxLayout()
        self.incoming_button = QPushButton(self.tr("Pakai versi kelurahan"), objectName="incoming_button")
        self.current_button = QPushButton(self.tr("Pertahankan versi kota"), objectName="current_button")
        self.keep_button = QPushButton(self.tr("Pertahankan yang dipilih, arsipkan lainnya"), objectName="keep_button")
        self.send_back_button = QPushButton(self.tr("Kembalikan ke kelurahan"), objectName="send_back_button")
        self.incoming_button.clicked.connect(lambda: self.resolve_conflict(conflicts.TAKE_INCOMING))
        self.current_button.clicked.connect(lambda: self.resolve_conflict(conflicts.KEEP_CURRENT))
        self.keep_button.clicked.connect(self.keep_selected)
        self.send_back_button.clicked.connect(self.send_back)
        for button in (self.incoming_button, self.current_button, self.keep_button, self.send_back_button):
            actions.addWidget(button)
        actions.addStretch(1)
        # Several staff at once: each is handed a different open item (services/server/review_queue.py).
        self.next_button = QPushButton(self.tr("Ambil catatan berikutnya untuk saya"), objectName="next_button")
        self.next_button.clicked.connect(self.take_next)
        actions.addWidget(self.next_button)
        layout.addLayout(actions)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole).clicked.connect(self.reject)
        layout.addWidget(buttons)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.reload()

    # --- reading ---------------------------------------------------------------------
    def reload(self) -> None:
        self.issues = conflicts.list_issues(include_resolved=self.show_resolved.isChecked())
        self.model.set_rows(
            [(translated(i.kind_label), i.kelurahan, i.subject, translated(i.summary),
              translated(conflicts.STATUS_LABELS[i.status]),
              f"{translated(i.resolution)} — {i.note}" if i.note else translated(i.resolution)) for i in self.issues],
            bold={n for n, i in enumerate(self.issues) if i.status == "open"},
            keys=[i.id for i in self.issues])
        if self.issues:
            self.table.selectRow(0)
        self.show_detail()

    def take_next(self) -> bool:
        """Select the next open item nobody else holds (claimed for this user for a while)."""
        try:
            issue_id = review_queue.claim_next()
        except AppError as exc:
            messages.show_error(self, self.windowTitle(), exc)
            return False
        self.reload()
        if issue_id is None:
            messages.inform(self, self.windowTitle(), self.tr("Tidak ada catatan terbuka yang belum ditangani "
                                                                   "orang lain."))
            return False
        for row, issue in enumerate(self.issues):
            if issue.id == issue_id:
                self.table.selectRow(row)
        return True

    def current_issue(self) -> conflicts.IssueView | None:
        row = self.table.currentIndex().row()
        return self.issues[row] if 0 <= row < len(self.issues) else None

    def show_detail(self) -> None:
        issue = self.current_issue()
        is_open = issue is not None and issue.status == "open"
        conflict, duplicate = issue is not None and issue.kind == "conflict", issue is not None and issue.kind == "duplicate"
        self.incoming_button.setVisible(conflict)
        self.current_button.setVisible(conflict)
        self.keep_button.setVisible(duplicate)
        self.send_back_button.setVisible(duplicate)
        for button in (self.incoming_button, self.current_button, self.keep_button, self.send_back_button):
            button.setEnabled(is_open)
        self.note_edit.setEnabled(is_open)
        if issue is None:
            self.detail_label.setText(self.tr("Tidak ada konflik atau NIK ganda yang menunggu keputusan."))
            self.detail_model.set_rows([])
            return
        if conflict:
            self.detail_label.setText(self.tr("{name}: versi dari berkas kelurahan dan versi di kota "
                                              "(baris tebal berbeda).").format(name=issue.subject))
            rows = conflicts.comparison(issue.id)
            self.detail_model.set_rows([tuple(translated(c) for c in r[:3]) for r in rows],
                                       bold={n for n, r in enumerate(rows) if r[3]},
                                       headers=[self.tr("Data"), self.tr("Versi kelurahan (berkas)"),
                                                self.tr("Versi kota (sekarang)")])
        else:
            self.detail_label.setText(self.tr("NIK {nik} terdaftar lebih dari sekali. Pilih pendaftaran yang "
                                              "dipertahankan; yang lain diarsipkan.").format(nik=issue.subject))
            people = conflicts.enrolments(issue.id)
            self.detail_model.set_rows(
                [(e.nama, e.kelurahan, e.address,
                  f"{catalogue_label(e.category)}, {translated(e.status)}"
                  + (self.tr(" (diarsipkan)") if e.archived else "")) for e in people],
                keys=[e.uuid for e in people],
                headers=[self.tr("Nama"), self.tr("Kelurahan"), self.tr("Alamat"), self.tr("Kategori / status")])
            self.detail_table.selectRow(0)

    # --- deciding --------------------------------------------------------------------
    def _run(self, work) -> bool:
        try:
            work()
        except AppError as exc:
            self.detail_label.setText(messages.error_text(exc))
            if self.isVisible():
                messages.show_error(self, self.windowTitle(), exc)
            return False
        self.note_edit.clear()
        self.reload()
        if self.on_changed is not None:
            self.on_changed()
        return True

    def resolve_conflict(self, choice: str) -> bool:
        issue = self.current_issue()
        if issue is None:
            return False
        return self._run(lambda: conflicts.resolve_conflict(issue.id, choice, self.note_edit.text()))

    def keep_selected(self) -> bool:
        issue = self.current_issue()
        keep = self.detail_model.key(self.detail_table.currentIndex().row())
        if issue is None or keep is None:
            return False
        return self._run(lambda: conflicts.resolve_duplicate(issue.id, keep, self.note_edit.text()))

    def send_back(self) -> bool:
        issue = self.current_issue()
        if issue is None:
            return False
        return self._run(lambda: conflicts.resolve_duplicate(issue.id, None, self.note_edit.text()))
