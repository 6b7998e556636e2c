"""The "Jawaban BPJS" tab: read BPJS's answer to a registration, check it, then record it.

    +- Jawaban BPJS -------------------------------------------------------------------+
    | Berkas jawaban [..................................] [Pilih…] [Periksa] [Terapkan] |
    | Dibaca 10 = cocok 3 (terdaftar 2, ditolak 1) + tidak cocok 1 + tidak dipakai 6    |
    | +------------------------------------------------------------------------------+ |
    | | Baris | NIK | Hasil | Keterangan                                            | |
    | +------------------------------------------------------------------------------+ |
    +-----------------------------------------------------------------------------------+
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from jamsostek_desktop.domain.bpjs_cells import mask_kpj
from jamsostek_desktop.services.money import answers
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.money import files
from jamsostek_desktop.ui.tenure.widgets import NOTE, WARN, RowsModel, table


class AnswersTab(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.report: answers.AnswerReport | None = None
        self.path = QLineEdit(self, objectName="answer_path")
        self.path.setPlaceholderText(self.tr("berkas .xlsx atau .csv dari kantor cabang"))
        choose = QPushButton(self.tr("Pilih…"), self, objectName="answer_choose")
        choose.clicked.connect(self.choose)
        self.check_button = QPushButton(self.tr("Periksa"), self, objectName="answer_check")
        self.check_button.clicked.connect(lambda: self.run(apply=False))
        self.apply_button = QPushButton(self.tr("Terapkan"), self, objectName="answer_apply")
        self.apply_button.clicked.connect(self.apply)
        self.summary = QLabel(self.tr("Pilih berkas jawaban BPJS (NIK, KPJ, tanggal daftar, status, alasan), lalu "
                                      "Periksa. Tidak ada yang berubah sebelum Terapkan."), self, objectName="answer_summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel([self.tr("Baris"), self.tr("NIK"), self.tr("Hasil"), self.tr("Keterangan")], self)
        self.view = table(self, "answer_table", self.model, self.tr("Hasil pemeriksaan jawaban BPJS"), stretch=3)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Berkas jawaban"), self))
        row.addWidget(self.path, 1)
        for button in (choose, self.check_button, self.apply_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def choose(self) -> None:
        path = files.open_path(self, self.tr("Berkas jawaban BPJS"))
        if path:
            self.path.setText(path)
            self.run(apply=False)

    def apply(self) -> None:
        if not self.path.text().strip():
            return
        if not ask.confirm(self, self.tr("Jawaban BPJS"), self.tr(
                "Catat jawaban BPJS? Peserta yang terdaftar menjadi Aktif dengan nomor KPJ-nya; yang ditolak "
                "dicatat alasannya.")):
            return
        self.run(apply=True)

    def run(self, apply: bool) -> Operation | None:
        path = self.path.text().strip()
        if not path:
            ask.inform(self, self.tr("Jawaban BPJS"), self.tr("Pilih berkas jawaban terlebih dahulu."))
            return None
        self.check_button.setEnabled(False)
        self.apply_button.setEnabled(False)

        def done(report) -> None:
            self.show_report(report)
            if report.applied:
                ask.inform(self, self.tr("Jawaban BPJS"), self.tr("{n} peserta menjadi Aktif, {r} ditolak.").format(
                    n=len(report.registered), r=len(report.rejected)))

        def finished(_=None) -> None:
            self.check_button.setEnabled(True)
            self.apply_button.setEnabled(True)

        def failed(exc) -> None:
            finished()
            ask.show_error(self, self.tr("Jawaban BPJS"), exc)

        self.operation = Operation(self, lambda: answers.read(path, apply=apply)).success(
            lambda r: (finished(), done(r))).failure(failed).with_progress(self.tr("Membaca jawaban BPJS…")).run()
        return self.operation

    def show_report(self, report: answers.AnswerReport) -> None:
        self.report = report
        self.summary.setText(self.tr(
            "Dibaca {read} baris = cocok {matched} (terdaftar {registered}, ditolak {rejected}) + tidak cocok "
            "{unmatched} + tidak dipakai {refused}.").format(
            read=report.read, matched=report.matched, registered=len(report.registered), rejected=len(report.rejected),
            unmatched=len(report.unmatched), refused=len(report.refused)))
        rows, keys, colours = [], [], {}
        for r in report.registered:
            rows.append((r.row, r.nik, self.tr("Terdaftar"), self.tr("KPJ {kpj}").format(kpj=mask_kpj(r.kpj))))
        for r in report.rejected:
            rows.append((r.row, r.nik, self.tr("Ditolak"), r.reason))
        for r in report.unmatched:
            colours[len(rows)] = NOTE
            rows.append((r.row, r.nik, self.tr("Tidak cocok"), self.tr("NIK tidak ada di daftar peserta")))
        for r in report.refused:
            colours[len(rows)] = WARN
            rows.append((r.row, r.nik, self.tr("Tidak dipakai"), translated(r.reason)))
        keys = [row[0] for row in rows]
        self.model.set_rows(rows, keys, colours, right={0})
