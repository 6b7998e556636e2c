"""The tenure window's coverage and events tabs, and the participant picker they use.

Cakupan bulanan: who the budget pays for in a month (what the invoice is checked against).
Peristiwa & klaim: deaths and work accidents with what BPJS will ask (covered on the day,
months of contributions, the school grant's minimum, a late report), and their claims.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date, thousands
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.tenure import clock, coverage, events, labels, replacement, settings
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label, month_year
from jamsostek_desktop.ui.tenure import actions
from jamsostek_desktop.ui.tenure.widgets import WARN, MonthInput, RowsModel, selected_key, table


def _button(parent: QWidget, name: str, text: str, slot) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class PickParticipantDialog(QDialog):
    """Find a participant by name, NIK or RT/RW, as in the list's search box."""

    def __init__(self, parent: QWidget | None, prefix: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pick_participant")
        self.setWindowTitle(self.tr("Pilih peserta"))
        self.resize(560, 380)
        self.prefix = prefix
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari NIK, nama, atau RT/RW …"))
        self.search.textChanged.connect(self._find)
        self.model = RowsModel([self.tr("Nama"), self.tr("NIK"), self.tr("RT/RW"), self.tr("Kategori")], self)
        self.view = table(self, "people", self.model, self.tr("Peserta"), stretch=0)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Pilih"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _find(self) -> None:
        rows = replacement.people(self.search.text(), self.prefix)
        self.model.set_rows([(r.nama, r.nik, f"{r.rt:03d}/{r.rw:03d}", catalogue_label(r.category_name))
                             for r in rows], [r.id for r in rows])
        if rows:
            self.view.selectRow(0)

    def chosen(self) -> int | None:
        return selected_key(self.view)


class CoverageTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.month = MonthInput("month", self, rules.month_of(clock.today()))
        self.month.returnPressed.connect(self.reload)
        show = _button(self, "show_month", self.tr("Tampilkan"), self.reload)
        self.total = QLabel(self)
        self.total.setObjectName("coverage_total")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.model = RowsModel([self.tr("Nama"), self.tr("NIK"), self.tr("Kategori"), self.tr("Kelurahan"),
                                self.tr("Bulan pertama"), self.tr("Bulan terakhir"), self.tr("TMT berakhir")], self)
        self.view = table(self, "coverage_table", self.model, self.tr("Peserta yang dibayar"), stretch=0)
        self.view.setColumnHidden(3, not window.city_mode)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bulan:"), self))
        top.addWidget(self.month)
        top.addWidget(show)
        top.addSpacing(16)
        top.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        if not window.city_mode:
            row = QHBoxLayout()
            row.addWidget(_button(self, "edit_coverage", self.tr("Ubah bulan cakupan…"), self.edit))
            row.addStretch(1)
            layout.addLayout(row)

    def reload(self) -> None:
        try:
            month = self.month.month() or rules.month_of(clock.today())
        except ValueError:
            ask.warn(self, self.tr("Cakupan bulanan"), self.tr("Bulan tidak dapat dibaca; tulis seperti 11-2026."))
            return
        result = coverage.month(month, self.window_.prefix)
        names = {c.code: catalogue_label(c.name) for c in catalogue.all_categories()}
        self.total.setText(self.tr("{n} peserta dibayar pada {month}").format(
            n=thousands(result.total), month=month_year(month)))
        self.model.set_rows([(r.nama, r.nik, names.get(r.category, r.category), r.kelurahan_code,
                              month_year(r.first_month), month_year(r.last_month) if r.last_month else "–",
                              short_date(r.term_end)) for r in result.rows], [r.participant_id for r in result.rows])

    def edit(self) -> None:
        pid = selected_key(self.view)
        if pid is None:
            picker = PickParticipantDialog(self, self.window_.prefix)
            if picker.exec() != QDialog.Accepted or picker.chosen() is None:
                return
            pid = picker.chosen()
        if actions.edit_coverage(self, pid, self.window_.main):
            self.window_.reload()


class EventsTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.model = RowsModel([self.tr("Waktu"), self.tr("Nama"), self.tr("Peristiwa"), self.tr("Tercakup"),
                                self.tr("Masa iur"), self.tr("Beasiswa"), self.tr("Lapor BPJS"), self.tr("Klaim")],
                               self)
        self.view = table(self, "events_table", self.model, self.tr("Peristiwa"), stretch=1)
        minimum = settings.current().school_grant_min_months
        note = QLabel(self.tr("Masa iur: bulan yang iurannya jatuh tempo sebelum peristiwa. Beasiswa anak "
                              "memerlukan paling sedikit {n} bulan.").format(n=minimum), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        row = QHBoxLayout()
        if not window.city_mode:
            row.addWidget(_button(self, "record_event", self.tr("Catat peristiwa…"), self.record))
            row.addWidget(_button(self, "claim", self.tr("Klaim…"), self.open_claim))
        row.addStretch(1)
        layout.addLayout(row)

    def reload(self) -> None:
        self._rows = events.listing(self.window_.prefix)
        yes, no = self.tr("ya"), self.tr("tidak")
        out, colours = [], {}
        for i, r in enumerate(self._rows):
            f = r.facts
            report = "–"
            if f.report_deadline is not None:
                report = self.tr("terlambat") if f.late else (self.tr("tepat waktu") if r.reported_at
                                                                else self.tr("belum"))
            if f.late or not f.covered:
                colours[i] = WARN
            out.append((r.occurred_at.strftime("%d-%m-%Y %H.%M"), r.nama, translated(labels.event(r.kind)),
                        yes if f.covered else no, self.tr("{n} bulan").format(n=f.months),
                        self.tr("memenuhi") if f.grant_met else self.tr("belum"), report, str(r.claims)))
        self.model.set_rows(out, [r.id for r in self._rows], colours)

    def record(self) -> None:
        picker = PickParticipantDialog(self, self.window_.prefix)
        if picker.exec() != QDialog.Accepted or picker.chosen() is None:
            return
        if actions.record_event(self, picker.chosen(), self.window_.main):
            self.window_.reload()

    def open_claim(self, claim_id: int | None = None) -> None:
        from jamsostek_desktop.ui.tenure.event_dialogs import ClaimDialog

        event_id = selected_key(self.view)
        if event_id is None:
            ask.inform(self, self.tr("Klaim"), self.tr("Pilih dulu satu peristiwa."))
            return
        claims = events.claims_of(event_id)
        if claims and claim_id is None:
            names = [f"{catalogue_label(settings.current().claim_kind(c.kind).name)} — "
                     f"{translated(labels.claim_status(c.status))}" for c in claims] + [self.tr("Klaim baru…")]
            text, ok = QInputDialog.getItem(self, self.tr("Klaim"), self.tr("Klaim yang dibuka:"), names, 0, False)
            if not ok:
                return
            index = names.index(text)
            claim_id = claims[index].id if index < len(claims) else None
        dialog = ClaimDialog(self, event_id, claim_id)
        self.window_._claim_dialog = dialog           # kept for tests
        if dialog.exec() == QDialog.Accepted:
            self.window_.reload()
