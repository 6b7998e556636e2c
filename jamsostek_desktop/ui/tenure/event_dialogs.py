"""Recording a death or a work accident, and the claim that follows it (checklist, status, letter).

    +- Klaim: Jaminan Kematian (JKM) ------------------------------+
    | Slamet Riyadi — meninggal dunia 02-11-2026                   |
    | Ahli waris: [Siti Aminah]  Hubungan: [istri]                 |
    | Status: [Diajukan ke BPJS v]  Jumlah (Rp): [ ]               |
    | Tanggal diajukan: [..]  Tanggal dibayar: [..]                |
    | +- Berkas ----------------------------------------------+    |
    | | [x] Kartu Keluarga   [ ] Surat keterangan kematian ... |    |
    | +-------------------------------------------------------+    |
    | [Cetak surat pengantar…]                  [Simpan] [Batal]   |
    +---------------------------------------------------------------+
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.errors import AppError, ValidationError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.tenure import clock, documents, events, labels, settings
from jamsostek_desktop.ui.common import keyboard
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label
from jamsostek_desktop.ui.tenure.dialogs import _buttons, _date_of, _heading
from jamsostek_desktop.ui.tenure.widgets import DateInput


def _moment_edit(name: str, parent: QWidget, value: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(value), parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("dd-MM-yyyy HH:mm")
    edit.setCalendarPopup(True)
    return edit


def _python(edit: QDateTimeEdit) -> dt.datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0)


class EventDialog(QDialog):
    """A death or a work accident of one participant; a death also ends the enrolment."""

    def __init__(self, parent: QWidget | None, participant_id: int, kind: str = rules.EVENT_DEATH) -> None:
        super().__init__(parent)
        self.setObjectName("event_dialog")
        self.setWindowTitle(self.tr("Catat peristiwa"))
        self.setMinimumWidth(480)
        self.participant = enrolment.get(participant_id)
        self.saved = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for code in rules.EVENT_KINDS:
            self.kind.addItem(translated(labels.event(code)), code)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.occurred = _moment_edit("occurred_at", self, clock.now())
        self.work = QCheckBox(self.tr("Karena kecelakaan kerja"), self)
        self.work.setObjectName("work_accident")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.cause = QLineEdit(self)
        self.cause.setObjectName("cause")
        self.reported = QCheckBox(self.tr("Sudah dilaporkan ke BPJS pada"), self)
        self.reported.setObjectName("reported")
        self.reported_at = _moment_edit("reported_at", self, clock.now())
        self.reported_at.setEnabled(False)
        self.reported.toggled.connect(self.reported_at.setEnabled)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        report_row = QHBoxLayout()
        report_row.addWidget(self.reported)
        report_row.addWidget(self.reported_at, 1)
        form = QFormLayout()
        form.addRow(self.tr("Peristiwa:"), self.kind)
        form.addRow(self.tr("Waktu kejadian:"), self.occurred)
        form.addRow("", self.work)
        form.addRow(self.tr("Tempat:"), self.place)
        form.addRow(self.tr("Penyebab:"), self.cause)
        form.addRow(self.tr("Lapor BPJS:"), report_row)
        form.addRow(self.tr("Catatan:"), self.note)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        self.kind.currentIndexChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self, f"{self.participant.nama} — {self.participant.nik}"))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(_buttons(self, self.tr("Simpan peristiwa")))
        self._update()

    def _update(self) -> None:
        accident = self.kind.currentData() == rules.EVENT_ACCIDENT
        self.work.setVisible(not accident)
        hours = settings.current().accident_report_hours
        self.hint.setText(self.tr("Kecelakaan kerja wajib dilaporkan ke BPJS paling lambat {hours} jam setelah "
                                  "kejadian.").format(hours=hours) if accident else
                          self.tr("Kematian mengakhiri kepesertaan (alasan: meninggal dunia) dan membuka "
                                  "penggantian jabatannya."))

    def accept(self) -> None:
        try:
            self.saved = events.record(
                self.participant.id, self.kind.currentData(), _python(self.occurred),
                work_accident=self.work.isChecked(), place=self.place.text(), cause=self.cause.text(),
                reported_at=_python(self.reported_at) if self.reported.isChecked() else None,
                note=self.note.text())
        except AppError as exc:
            ask.show_error(self, self.tr("Catat peristiwa"), exc)
            return
        super().accept()


class ClaimDialog(QDialog):
    """Open a claim for an event (kind, heir), or keep one up to date: checklist, status, amount."""

    def __init__(self, parent: QWidget | None, event_id: int, claim_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claim_dialog")
        self.setWindowTitle(self.tr("Klaim"))
        self.setMinimumWidth(620)
        self.event = events.get(event_id)
        self.claim = events.get_claim(claim_id) if claim_id else None
        p = self.event.participant
        self.kind = QComboBox(self)
        self.kind.setObjectName("claim_kind")
        for kind in events.kinds_for(self.event):
            self.kind.addItem(catalogue_label(kind.name), kind.code)
        self.heir = QLineEdit(self)
        self.heir.setObjectName("heir_name")
        self.relation = QLineEdit(self)
        self.relation.setObjectName("heir_relation")
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for code in rules.CLAIM_STATUSES:
            self.status.addItem(translated(labels.claim_status(code)), code)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("bila sudah diketahui"))
        self.submitted = DateInput("submitted_on", self)
        self.paid = DateInput("paid_on", self)
        form = QFormLayout()
        form.addRow(self.tr("Jenis klaim:"), self.kind)
        form.addRow(self.tr("Ahli waris / penerima:"), self.heir)
        form.addRow(self.tr("Hubungan:"), self.relation)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Jumlah (Rp):"), self.amount)
        form.addRow(self.tr("Tanggal diajukan:"), self.submitted)
        form.addRow(self.tr("Tanggal dibayar:"), self.paid)
        self.documents_box = QGroupBox(self.tr("Berkas yang sudah diserahkan"), self)
        self.documents_grid = QGridLayout(self.documents_box)
        self.checks: dict[str, QCheckBox] = {}
        self.letter_button = QPushButton(self.tr("Cetak surat pengantar…"), self)
        self.letter_button.setObjectName("print_letter")
        self.letter_button.clicked.connect(self.ask_letter)
        buttons = _buttons(self, self.tr("Simpan klaim"))
        self.ok_button, self.cancel_button = buttons.findChild(QPushButton, "ok"), buttons.findChild(QPushButton, "cancel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.letter_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        what = translated(labels.event(self.event.kind))
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self, f"{p.nama} — {what} {short_date(self.event.occurred_at.date())}"))
        layout.addLayout(form)
        layout.addWidget(self.documents_box)
        layout.addLayout(bottom)
        self.kind.currentIndexChanged.connect(self._show_documents)
        self._load()
        keyboard.fields_then_buttons(self._tab_order(), [self.ok_button, self.cancel_button], self.ok_button)

    def _tab_order(self) -> list[QWidget]:
        """The fields, the checklist (it changes with the kind), then the letter button."""
        return [self.kind, self.heir, self.relation, self.status, self.amount, self.submitted, self.paid,
                *self.checks.values(), self.letter_button]

    def _load(self) -> None:
        c = self.claim
        if c is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(c.kind), 0))
            self.kind.setEnabled(False)
            self.heir.setText(c.heir_name)
            self.relation.setText(c.heir_relation)
            self.status.setCurrentIndex(max(self.status.findData(c.status), 0))
            self.amount.setText(str(c.amount) if c.amount is not None else "")
            self.submitted.set_date(c.submitted_on)
            self.paid.set_date(c.paid_on)
        self.letter_button.setEnabled(c is not None)
        self._show_documents()

    def _show_documents(self) -> None:
        for check in self.checks.values():
            check.deleteLater()
        self.checks.clear()
        kind = settings.current().claim_kind(self.kind.currentData() or "")
        ticked = (self.claim.documents or {}) if self.claim is not None else {}
        for n, document in enumerate(kind.documents if kind else ()):
            check = QCheckBox(catalogue_label(document.label), self.documents_box)
            check.setObjectName(f"doc_{document.code}")
            check.setChecked(bool(ticked.get(document.code)))
            self.documents_grid.addWidget(check, n // 2, n % 2)
            self.checks[document.code] = check
        keyboard.chain([*self._tab_order(), self.ok_button, self.cancel_button])

    def _amount(self) -> int | None:
        text = self.amount.text().replace(".", "").replace("Rp", "").strip()
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError(self.tr("Jumlah klaim ditulis dengan angka saja, contoh 42000000."))
        return int(text)

    def save(self) -> bool:
        try:
            if self.claim is None:
                self.claim = events.add_claim(self.event.id, self.kind.currentData() or "",
                                              heir_name=self.heir.text(), heir_relation=self.relation.text())
            self.claim = events.update_claim(
                self.claim.id, status=self.status.currentData(), amount=self._amount(),
                documents={code: check.isChecked() for code, check in self.checks.items()},
                heir_name=self.heir.text(), heir_relation=self.relation.text(),
                submitted_on=_date_of(self, self.submitted, self.tr("Tanggal diajukan")),
                paid_on=_date_of(self, self.paid, self.tr("Tanggal dibayar")), note=self.claim.note)
        except AppError as exc:
            ask.show_error(self, self.tr("Klaim"), exc)
            return False
        self.kind.setEnabled(False)
        self.letter_button.setEnabled(True)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def ask_letter(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan surat pengantar"),
                                              f"surat-pengantar-{self.claim.kind}.pdf", self.tr("Dokumen PDF (*.pdf)"))
        if path:
            self.print_letter(path)

    def print_letter(self, path: str):
        """Save the claim, then write the heirs' letter to `path`; returns what was written."""
        if not self.save():
            return None
        try:
            written = documents.letter_pdf(self.claim.id, path)
        except AppError as exc:
            ask.show_error(self, self.tr("Surat pengantar"), exc)
            return None
        ask.inform(self, self.tr("Surat pengantar"), self.tr("Surat pengantar tersimpan: {path}").format(
            path=str(written.path)))
        return written
