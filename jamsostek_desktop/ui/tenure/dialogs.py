"""The tenure dialogs about a holder: Ganti pejabat, a new SK (perpanjang), the coverage months.

Each one calls its service when the clerk presses the accepting button; a refusal (a post
still held, a date before the term) is shown over the dialog, which stays open with what
was typed, and nothing is saved.

    +- Ganti pejabat -------------------------------------------+
    | Slamet Riyadi — Ketua RT, RT 003/RW 002                  |
    | Alasan: [Pindah domisili v]  Tanggal berhenti: [..]      |
    | Catatan: [...........................................]   |
    | +- Pemegang baru --------------------------------------+ |
    | | (o) Belum ada: jabatan menunggu pengganti             | |
    | | ( ) Peserta yang sudah terdaftar: [Sutrisno — 1872 v] | |
    | | ( ) Daftarkan peserta baru (formulir isian dibuka)    | |
    | | TMT mulai pemegang baru: [..]                          | |
    | +------------------------------------------------------+ |
    |                              [Simpan penggantian] [Batal] |
    +-----------------------------------------------------------+
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.errors import AppError, ValidationError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.tenure import clock, coverage, labels, replacement, settings, terms
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label, month_year
from jamsostek_desktop.ui.tenure.widgets import DateInput, MonthInput

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(dialog)
    ok = buttons.addButton(ok_text, QDialogButtonBox.AcceptRole)
    ok.setObjectName("ok")
    cancel = buttons.addButton(translate("TenureDialogs", "Batal"), QDialogButtonBox.RejectRole)
    cancel.setObjectName("cancel")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _date_of(dialog: QDialog, field: DateInput, label: str) -> dt.date | None:
    try:
        return field.date()
    except ValueError as exc:
        raise ValidationError(translate("TenureDialogs", "{label}: tanggal tidak dapat dibaca ({text}).").format(
            label=label, text=field.text())) from exc


def _heading(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("heading")
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ReplaceDialog(QDialog):
    """Ganti pejabat for one holder; `new_holder_form` is True when the entry form should open next."""

    def __init__(self, parent: QWidget | None, leaving_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("replace_dialog")
        self.setWindowTitle(self.tr("Ganti pejabat"))
        self.setMinimumWidth(620)
        self.leaving = enrolment.get(leaving_id)
        self.result_replacement = None
        self.new_holder_form = False
        running = terms.running(leaving_id)
        post = catalogue_label(running.category) if running else ""
        if running is not None and running.jabatan:
            post = f"{catalogue_label(running.jabatan)}, {running.unit}" if running.unit else catalogue_label(running.jabatan)
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        for code in rules.REASONS:
            self.reason.addItem(translated(labels.reason(code)), code)
        self.date = DateInput("date", self, clock.today())
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Boleh dikosongkan"))
        form = QFormLayout()
        form.addRow(self.tr("Alasan:"), self.reason)
        form.addRow(self.tr("Tanggal berhenti:"), self.date)
        form.addRow(self.tr("Catatan:"), self.note)

        box = QGroupBox(self.tr("Pemegang baru"), self)
        self.none = QRadioButton(self.tr("Belum ada: jabatan menunggu pengganti"), box)
        self.none.setObjectName("incoming_none")
        self.pick = QRadioButton(self.tr("Peserta yang sudah terdaftar:"), box)
        self.pick.setObjectName("incoming_pick")
        self.enter = QRadioButton(self.tr("Daftarkan peserta baru (formulir isian dibuka setelah ini)"), box)
        self.enter.setObjectName("incoming_new")
        self.choice = QButtonGroup(self)
        for button in (self.none, self.pick, self.enter):
            self.choice.addButton(button)
        self.none.setChecked(True)
        self.candidate = QComboBox(box)
        self.candidate.setObjectName("candidate")
        self.candidate.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.candidate.setMinimumContentsLength(44)
        for c in replacement.candidates(leaving_id):
            note = "" if c.has_post else self.tr(" (belum punya jabatan)")
            self.candidate.addItem(f"{c.nama} — {c.nik}{note}", c.id)
        self.pick.setEnabled(self.candidate.count() > 0)
        self.candidate.setEnabled(False)
        self.pick.toggled.connect(self.candidate.setEnabled)
        self.start = DateInput("start", box)
        self.start.setMaximumWidth(240)
        self.start.setPlaceholderText(self.tr("sama dengan tanggal berhenti"))
        inner = QFormLayout(box)
        inner.addRow(self.none)
        inner.addRow(self.pick)
        inner.addRow("", self.candidate)
        inner.addRow(self.enter)
        inner.addRow(self.tr("TMT mulai pemegang baru:"), self.start)

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self, f"{self.leaving.nama} — {post}"))
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(_buttons(self, self.tr("Simpan penggantian")))

    def accept(self) -> None:
        try:
            date = _date_of(self, self.date, self.tr("Tanggal berhenti"))
            if date is None:
                raise ValidationError(self.tr("Tanggal berhenti wajib diisi."))
            start = _date_of(self, self.start, self.tr("TMT mulai"))
            incoming = self.candidate.currentData() if self.pick.isChecked() else None
            self.result_replacement = replacement.replace(
                self.leaving.id, self.reason.currentData(), date, incoming_id=incoming, start=start,
                note=self.note.text())
        except AppError as exc:
            ask.show_error(self, self.tr("Ganti pejabat"), exc)
            return
        self.new_holder_form = self.enter.isChecked()
        super().accept()


class ExtendDialog(QDialog):
    """A new SK for the same post: the running term closes as extended, the next one opens."""

    def __init__(self, parent: QWidget | None, participant_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("extend_dialog")
        self.setWindowTitle(self.tr("Perpanjang masa jabatan (SK baru)"))
        self.setMinimumWidth(500)
        self.participant = enrolment.get(participant_id)
        self.saved = None
        running = terms.running(participant_id)
        self.kind = QComboBox(self)
        self.kind.setObjectName("sk_kind")
        self.kind.setEditable(True)
        for name in settings.current().sk_kinds:
            self.kind.addItem(catalogue_label(name), name)
        if running is not None and running.sk_kind:
            self.kind.setCurrentText(catalogue_label(running.sk_kind))
        self.number = QLineEdit(self)
        self.number.setObjectName("sk_number")
        self.sk_date = DateInput("sk_date", self)
        following = running.end + dt.timedelta(days=1) if running and running.end else None
        self.start = DateInput("start", self, following)
        self.end = DateInput("end", self)
        self.end.setPlaceholderText(self.tr("dihitung"))
        now = self.tr("Belum ada masa jabatan yang tercatat.")
        if running is not None:
            now = self.tr("Masa jabatan ke-{n}: {start} s.d. {end}; {sk}").format(
                n=running.number, start=short_date(running.start) or "?", end=short_date(running.end) or "…",
                sk=" ".join(p for p in (running.sk_kind, running.sk_number) if p) or "-")
        form = QFormLayout()
        form.addRow(self.tr("Jenis SK:"), self.kind)
        form.addRow(self.tr("Nomor SK:"), self.number)
        form.addRow(self.tr("Tanggal SK:"), self.sk_date)
        form.addRow(self.tr("TMT mulai:"), self.start)
        form.addRow(self.tr("TMT berakhir:"), self.end)
        hint = QLabel(self.tr("Kosongkan TMT berakhir agar dihitung dari lama masa jabatan kategori."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self, self.participant.nama))
        layout.addWidget(QLabel(now, self))
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, self.tr("Simpan SK baru")))

    def _sk_kind(self) -> str:
        index = self.kind.findText(self.kind.currentText())
        return self.kind.itemData(index) if index >= 0 else self.kind.currentText().strip()

    def accept(self, accept_warnings: bool = False) -> None:
        try:
            values = dict(sk_kind=self._sk_kind(), sk_number=self.number.text(),
                          sk_date=_date_of(self, self.sk_date, self.tr("Tanggal SK")),
                          start=_date_of(self, self.start, self.tr("TMT mulai")),
                          end=_date_of(self, self.end, self.tr("TMT berakhir")))
            self.saved = terms.extend(self.participant.id, **values, accept_warnings=accept_warnings)
        except terms.TermWarnings as exc:
            question = "\n".join(translated(w) for w in exc.warnings) + "\n\n" + self.tr("Tetap simpan?")
            if ask.confirm(self, self.tr("Perpanjang masa jabatan"), question):
                self.accept(accept_warnings=True)
            return
        except AppError as exc:
            ask.show_error(self, self.tr("Perpanjang masa jabatan"), exc)
            return
        super().accept()


class CoverageDialog(QDialog):
    """The first and last month the budget pays for one participant."""

    def __init__(self, parent: QWidget | None, participant_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("coverage_dialog")
        self.setWindowTitle(self.tr("Bulan cakupan"))
        self.setMinimumWidth(420)
        self.participant = enrolment.get(participant_id)
        months = coverage.of(participant_id)
        self.first = MonthInput("first_month", self, months.first)
        self.last = MonthInput("last_month", self, months.last)
        self.last.setPlaceholderText(self.tr("masih dibayar"))
        form = QFormLayout()
        form.addRow(self.tr("Bulan pertama dibayar:"), self.first)
        form.addRow(self.tr("Bulan terakhir dibayar:"), self.last)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self, self.participant.nama))
        if months.term_end:
            note = QLabel(self.tr("Masa jabatan berakhir {date}: sesudah bulan {month} tidak dibayar "
                                  "kecuali diperpanjang.").format(date=short_date(months.term_end),
                                                                  month=month_year(months.term_end)), self)
            note.setObjectName("term_end_note")
            note.setWordWrap(True)          # the whole sentence, not cut at the dialog's edge
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Simpan")))

    def accept(self) -> None:
        try:
            try:
                first, last = self.first.month(), self.last.month()
            except ValueError as exc:
                raise ValidationError(self.tr("Bulan tidak dapat dibaca; tulis seperti 11-2026.")) from exc
            coverage.set_months(self.participant.id, first, last)
        except AppError as exc:
            ask.show_error(self, self.tr("Bulan cakupan"), exc)
            return
        super().accept()
