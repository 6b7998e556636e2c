"""The "Rekonsiliasi iuran" tab: the branch's monthly invoice against who is covered that month.

    +- Rekonsiliasi iuran ------------------------------------------------------------------+
    | Berkas tagihan [...............................] [Pilih…]  Bulan [11-2026] [Cocokkan] |
    | Ditagih Rp...  Seharusnya Rp...  Selisih +Rp...  Kelebihan bayar Rp...                 |
    | +-----------------------------------------------------------------------------------+ |
    | | Baris | NIK | Nama | Keterangan | Ditagih | Seharusnya | Selisih                  | |
    | +-----------------------------------------------------------------------------------+ |
    | Kantor cabang [.........]        [Berita acara (PDF)…] [Selisih & restitusi (Excel)…] |
    +---------------------------------------------------------------------------------------+
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from jamsostek_desktop.domain import budget as budget_rules
from jamsostek_desktop.domain import reconciliation as rules
from jamsostek_desktop.domain.formatting import rupiah
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.money import documents, invoice
from jamsostek_desktop.services.tenure import clock
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.money import files
from jamsostek_desktop.ui.tenure.widgets import NOTE, WARN, MonthInput, RowsModel, table


class InvoiceTab(QWidget):
    def __init__(self, parent: QWidget, kelurahan_prefix: str | None) -> None:
        super().__init__(parent)
        self.prefix = kelurahan_prefix
        self.result: rules.Result | None = None
        self.file_name = ""
        self.path = QLineEdit(self, objectName="invoice_path")
        self.path.setPlaceholderText(self.tr("tagihan per orang, .xlsx atau .csv"))
        choose = QPushButton(self.tr("Pilih…"), self, objectName="invoice_choose")
        choose.clicked.connect(self.choose)
        self.month = MonthInput("invoice_month", self, clock.today().replace(day=1))
        self.run_button = QPushButton(self.tr("Cocokkan"), self, objectName="invoice_run")
        self.run_button.clicked.connect(self.run)
        self.summary = QLabel(self.tr("Pilih berkas tagihan bulanan dari kantor cabang dan bulannya, lalu Cocokkan."),
                              self, objectName="invoice_summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel([self.tr("Baris"), self.tr("NIK"), self.tr("Nama"), self.tr("Keterangan"),
                                self.tr("Ditagih"), self.tr("Seharusnya"), self.tr("Selisih")], self)
        self.view = table(self, "invoice_table", self.model, self.tr("Selisih tagihan iuran"), stretch=2)
        self.branch = QLineEdit(self, objectName="branch")
        self.branch.setPlaceholderText(self.tr("contoh: Metro"))
        self.branch.setMaximumWidth(200)
        self.minutes_button = QPushButton(self.tr("Berita acara (PDF)…"), self, objectName="minutes_pdf")
        self.minutes_button.clicked.connect(self.save_minutes)
        self.xlsx_button = QPushButton(self.tr("Selisih && restitusi (Excel)…"), self, objectName="differences_xlsx")
        self.xlsx_button.clicked.connect(self.save_differences)
        for button in (self.minutes_button, self.xlsx_button):
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Berkas tagihan"), self))
        top.addWidget(self.path, 1)
        top.addWidget(choose)
        top.addWidget(QLabel(self.tr("Bulan"), self))
        top.addWidget(self.month)
        top.addWidget(self.run_button)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Kantor cabang BPJS"), self))
        bottom.addWidget(self.branch)
        bottom.addStretch(1)
        bottom.addWidget(self.minutes_button)
        bottom.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def choose(self) -> None:
        path = files.open_path(self, self.tr("Berkas tagihan iuran"))
        if path:
            self.path.setText(path)

    def run(self) -> Operation | None:
        path = self.path.text().strip()
        try:
            month = self.month.month()
        except ValueError:
            month = None
        if not path or month is None:
            ask.inform(self, self.tr("Rekonsiliasi iuran"), self.tr("Pilih berkas tagihan dan isi bulannya (contoh "
                                                                    "11-2026)."))
            return None
        self.run_button.setEnabled(False)

        def done(result) -> None:
            self.run_button.setEnabled(True)
            self.file_name = path.replace("\\", "/").rsplit("/", 1)[-1]
            self.show_result(result)

        def failed(exc) -> None:
            self.run_button.setEnabled(True)
            ask.show_error(self, self.tr("Rekonsiliasi iuran"), exc)

        self.operation = Operation(self, lambda: invoice.reconcile(path, month, self.prefix)).success(done).failure(
            failed).with_progress(self.tr("Mencocokkan tagihan…")).run()
        return self.operation

    def reason_text(self, reason: str) -> str:
        return {rules.UNKNOWN: self.tr("NIK tidak dikenal"), rules.INACTIVE: self.tr("tidak aktif"),
                rules.DEAD: self.tr("meninggal dunia"), rules.TERM_ENDED: self.tr("masa jabatan berakhir"),
                rules.DUPLICATE: self.tr("tertagih ganda"), rules.NOT_COVERED: self.tr("di luar bulan cakupan")}[reason]

    def show_result(self, r: rules.Result) -> None:
        self.result = r
        reasons = ", ".join(f"{self.reason_text(k)} {n}" for k, n in sorted(r.by_reason().items()))
        self.summary.setText(self.tr(
            "{lines} baris: sesuai {matched}, jumlah berbeda {different}, ditagih tetapi tidak tercakup {not_covered}"
            "{reasons}, tidak terbaca {refused}; tercakup tetapi tidak ditagih {not_billed}.\n"
            "Ditagih {billed}, seharusnya {due}, selisih {difference}; kelebihan bayar {overpaid}.").format(
            lines=r.lines_read, matched=len(r.matched), different=len(r.different), not_covered=len(r.not_covered),
            reasons=f" ({reasons})" if reasons else "", refused=len(r.refused), not_billed=len(r.not_billed),
            billed=rupiah(r.billed_total), due=rupiah(r.expected_total),
            difference=budget_rules.signed_rupiah(r.difference), overpaid=rupiah(r.overpaid_total)))
        rows, colours = [], {}
        for f in r.not_covered:
            colours[len(rows)] = WARN
            rows.append((f.line.row, f.line.nik, f.line.nama, self.reason_text(f.reason), rupiah(f.billed),
                         rupiah(f.due), budget_rules.signed_rupiah(f.overpaid)))
        for f in r.different:
            colours[len(rows)] = NOTE
            rows.append((f.line.row, f.line.nik, f.line.nama, self.tr("jumlah berbeda dari tarif"), rupiah(f.billed),
                         rupiah(f.due), budget_rules.signed_rupiah(f.overpaid)))
        for e in r.not_billed:
            rows.append(("", e.nik, e.nama, self.tr("tercakup, tidak ditagih"), rupiah(0), rupiah(e.total),
                         budget_rules.signed_rupiah(-e.total)))
        for x in r.refused:
            rows.append((x.row, x.nik, x.nama, self.tr("tidak terbaca: {reason}").format(reason=x.reason), "", "", ""))
        self.model.set_rows(rows, [row[1] for row in rows], colours, right={0, 4, 5, 6})
        for button in (self.minutes_button, self.xlsx_button):
            button.setEnabled(True)

    def save_minutes(self) -> None:
        if self.result is None:
            return
        path = files.save_path(self, self.tr("Simpan berita acara"), f"berita-acara-rekonsiliasi-{self.result.month:%Y-%m}.pdf",
                               self.tr("PDF (*.pdf)"))
        if path:
            self._write(lambda: documents.minutes_pdf(self.result, self.file_name, path, branch=self.branch.text().strip()).path)

    def save_differences(self) -> None:
        if self.result is None:
            return
        path = files.save_path(self, self.tr("Simpan selisih dan restitusi"), f"selisih-iuran-{self.result.month:%Y-%m}.xlsx",
                               self.tr("Excel (*.xlsx)"))
        if path:
            self._write(lambda: documents.differences_xlsx(self.result, path))

    def _write(self, write) -> None:
        try:
            self.last_written = write()
        except AppError as exc:
            ask.show_error(self, self.tr("Rekonsiliasi iuran"), exc)
            return
        ask.inform(self, self.tr("Rekonsiliasi iuran"), self.tr("Tersimpan: {path}").format(path=self.last_written))
