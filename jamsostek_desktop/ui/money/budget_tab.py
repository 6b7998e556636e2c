"""The "Rencana anggaran" tab: a scenario, its lines, a ceiling with priorities, the JHT comparison.

    +- Rencana anggaran ------------------------------------------------------------------+
    | Bulan [12]  Dasar penghasilan [Rp1.000.000 v]  Skema [per kategori v]  JHT [.. v]   |
    | Plafon setahun [          ]  [Hitung]                                               |
    | +---------------------------------------------------------------------------------+ |
    | | Kategori | Skema | Orang | Iuran/bulan | Bulan | Jumlah | Tidak tercakup        | |
    | +---------------------------------------------------------------------------------+ |
    | [Prioritas naik] [Prioritas turun] [JHT kategori ini]        Jumlah: Rp...          |
    | Perbandingan: tambah JHT untuk semua +Rp...                [Cetak rencana (PDF)…]  |
    +-------------------------------------------------------------------------------------+

Rows are in priority order: with a ceiling, the top rows are covered first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import budget as rules
from jamsostek_desktop.domain.formatting import rupiah, thousands
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.money import budget, documents, wage_rates
from jamsostek_desktop.services.tenure import clock
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.labels import catalogue_label
from jamsostek_desktop.ui.money import files
from jamsostek_desktop.ui.tenure.widgets import NOTE, RowsModel, selected_key, table


def _button(parent: QWidget, name: str, text: str, slot) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class BudgetTab(QWidget):
    def __init__(self, parent: QWidget, scope) -> None:
        super().__init__(parent)
        self.scope = scope
        self.order: list[str] = []                 # category codes in priority order
        self.jht_flipped: set[str] = set()         # categories whose JHT the clerk switched here
        self.plan: rules.Plan | None = None
        self.comparison = 0

        self.months = QSpinBox(self, objectName="months", minimum=1, maximum=12, value=12)
        self.months.setMaximumWidth(80)
        self.basis = QComboBox(self, objectName="basis")
        self.basis.addItem(self.tr("Penghasilan terendah (Rp1.000.000)"), rules.INCOME_MINIMUM)
        self.basis.addItem(self.tr("UMK"), rules.INCOME_UMK)
        self.basis.addItem(self.tr("Isian per kategori"), rules.INCOME_CATEGORY)
        self.scheme = QComboBox(self, objectName="scheme")
        self.scheme.addItem(self.tr("Sesuai pilihan kategori"), None)
        self.scheme.addItem(self.tr("Semua BPU"), rules.BPU)
        self.scheme.addItem(self.tr("Semua Penerima Upah"), rules.PU)
        self.jht = QComboBox(self, objectName="jht")
        self.jht.addItem(self.tr("Sesuai pilihan kategori"), None)
        self.jht.addItem(self.tr("Semua ikut JHT"), True)
        self.jht.addItem(self.tr("Tanpa JHT"), False)
        self.ceiling = QLineEdit(self, objectName="ceiling")
        self.ceiling.setPlaceholderText(self.tr("tanpa plafon"))
        self.ceiling.setMaximumWidth(170)
        for combo in (self.basis, self.scheme, self.jht):
            combo.currentIndexChanged.connect(self.recalculate)
        self.months.valueChanged.connect(self.recalculate)
        self.ceiling.returnPressed.connect(self.recalculate)

        self.model = RowsModel([self.tr("Kategori"), self.tr("Skema"), self.tr("Orang"), self.tr("Iuran per bulan"),
                                self.tr("Bulan"), self.tr("Jumlah"), self.tr("Tidak tercakup")], self)
        self.view = table(self, "plan_table", self.model, self.tr("Rencana anggaran per kategori"))
        self.total = QLabel(self, objectName="plan_total")
        bold = self.total.font()
        bold.setBold(True)
        self.total.setFont(bold)
        self.note = QLabel(self, objectName="plan_note")
        self.note.setWordWrap(True)

        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Bulan dibayar"), self), 0, 0)
        form.addWidget(self.months, 0, 1)
        form.addWidget(QLabel(self.tr("Dasar penghasilan"), self), 0, 2)
        form.addWidget(self.basis, 0, 3)
        form.addWidget(_button(self, "set_umk", self.tr("Atur UMK…"), self.set_umk), 0, 4, Qt.AlignLeft)
        form.addWidget(QLabel(self.tr("Skema"), self), 1, 0)
        form.addWidget(self.scheme, 1, 1)
        form.addWidget(QLabel(self.tr("JHT"), self), 1, 2)
        form.addWidget(self.jht, 1, 3)
        form.addWidget(QLabel(self.tr("Plafon setahun (Rp)"), self), 2, 0)
        form.addWidget(self.ceiling, 2, 1)
        form.addWidget(_button(self, "calculate", self.tr("Hitung"), self.recalculate), 2, 2, Qt.AlignLeft)
        form.setColumnStretch(5, 1)

        actions = QHBoxLayout()
        for name, text, slot in (("priority_up", self.tr("Prioritas naik"), lambda: self.move(-1)),
                                 ("priority_down", self.tr("Prioritas turun"), lambda: self.move(1)),
                                 ("toggle_jht", self.tr("JHT kategori ini ya/tidak"), self.toggle_jht)):
            actions.addWidget(_button(self, name, text, slot))
        actions.addStretch(1)
        actions.addWidget(self.total)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(_button(self, "print_plan", self.tr("Cetak rencana (PDF)…"), self.print_plan))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.recalculate()

    def ceiling_value(self) -> int | None:
        text = self.ceiling.text().strip().upper().replace("RP", "").replace(".", "").replace(" ", "")
        if not text:
            return None
        if not text.isdigit():
            raise ValueError(text)
        return int(text)

    def scenario(self) -> rules.Scenario:
        # The name is printed on the Indonesian document, whatever the interface language.
        s = budget.scenario("Rencana anggaran", self.scope, months=self.months.value(),
                            income_basis=self.basis.currentData(), ceiling=self.ceiling_value(),
                            priority=tuple(self.order), jht=self.jht.currentData(), scheme=self.scheme.currentData())
        for choice in s.categories:
            if choice.code in self.jht_flipped:
                s = s.with_jht(not choice.jht, [choice.code])
        return s

    def recalculate(self) -> None:
        try:
            s = self.scenario()
            self.plan = budget.plan(s)
            # The cost of JHT for everyone, ceiling or not: what covering them all would need more.
            self.comparison = budget.plan(s.with_jht()).needed - self.plan.needed
        except ValueError:
            ask.warn(self, self.tr("Rencana anggaran"), self.tr("Plafon harus berupa angka Rupiah, contoh 1.500.000.000."))
            return
        except AppError as exc:
            ask.show_error(self, self.tr("Rencana anggaran"), exc)
            return
        lines = sorted(self.plan.lines, key=lambda ln: self.order.index(ln.code) if ln.code in self.order else
                       len(self.order))
        if not self.order:
            self.order = [ln.code for ln in lines]
        rows, colours = [], {}
        for i, ln in enumerate(lines):
            scheme = ("BPU" if ln.scheme == rules.BPU else self.tr("PU")) + (" + JHT" if ln.contribution.jht else "")
            rows.append((catalogue_label(ln.name), scheme, thousands(ln.people), rupiah(ln.rate), ln.months,
                         rupiah(ln.amount), thousands(ln.left_out) if ln.left_out else ""))
            if ln.left_out:
                colours[i] = NOTE
        self.model.set_rows(rows, [ln.code for ln in lines], colours, right={2, 3, 4, 5, 6})
        p = self.plan
        self.total.setText(self.tr("Jumlah: {n} orang, {amount}").format(n=thousands(p.covered), amount=rupiah(p.total)))
        note = self.tr("Tambah JHT untuk semua: {change}.").format(change=rules.signed_rupiah(self.comparison))
        if s.income_basis == rules.INCOME_UMK and not wage_rates.current().umk:
            note += " " + self.tr("UMK belum diisi: dihitung dengan penghasilan terendah (Atur UMK…).")
        if s.ceiling is not None:
            note += " " + self.tr("Plafon {ceiling}: {left} orang belum tercakup (kebutuhan penuh {needed}).").format(
                ceiling=rupiah(s.ceiling), left=thousands(p.left_out), needed=rupiah(p.needed))
        self.note.setText(note)

    def set_umk(self) -> None:
        current = wage_rates.current().umk
        text, ok = QInputDialog.getText(self, self.tr("Atur UMK"), self.tr(
            "UMK kota/kabupaten (Rupiah), berlaku sejak awal tahun {year}:").format(year=clock.today().year),
            text=thousands(current) if current else "")
        if ok:
            self.apply_umk(text)

    def apply_umk(self, text: str) -> None:
        digits = text.strip().upper().replace("RP", "").replace(".", "").replace(" ", "")
        if not digits.isdigit():
            ask.warn(self, self.tr("Atur UMK"), self.tr("UMK harus berupa angka Rupiah, contoh 2.800.000."))
            return
        try:
            wage_rates.set_umk(int(digits), clock.today().replace(month=1, day=1))
        except AppError as exc:
            ask.show_error(self, self.tr("Atur UMK"), exc)
            return
        self.recalculate()

    def move(self, step: int) -> None:
        code = selected_key(self.view)
        if code is None or code not in self.order:
            return
        i = self.order.index(code)
        j = min(max(i + step, 0), len(self.order) - 1)
        self.order[i], self.order[j] = self.order[j], self.order[i]
        self.recalculate()
        self.view.selectRow(j)

    def toggle_jht(self) -> None:
        code = selected_key(self.view)
        if code is None:
            return
        self.jht_flipped ^= {code}
        row = self.view.currentIndex().row()
        self.recalculate()
        self.view.selectRow(row)

    def print_plan(self) -> None:
        if self.plan is None:
            return
        path = files.save_path(self, self.tr("Simpan Rencana Kebutuhan Anggaran"), "rencana-kebutuhan-anggaran.pdf",
                               self.tr("PDF (*.pdf)"))
        if not path:
            return
        try:
            written = documents.plan_pdf(self.plan, path, scope=self.scope,
                                         comparisons=(("Tambah JHT untuk semua", self.comparison),))
        except AppError as exc:
            ask.show_error(self, self.tr("Rencana anggaran"), exc)
            return
        self.last_written = written.path
        ask.inform(self, self.tr("Rencana anggaran"), self.tr("Tersimpan: {path} ({pages} halaman).").format(
            path=written.path, pages=written.pages))
