"""The "Impor data penduduk" wizard: file (and whose list), column mapping, per-row check, result.

    1 Berkas    [path ..................] [Pilih berkas…]
                Kelurahan [Yosodadi (18.72.01.1001) v]        (city mode only)
                [x] Daftar lengkap: tandai yang tidak ada lagi di daftar ini
                [x] Semua atau tidak sama sekali
    2 Kolom     tanggallahir  contoh: 12-08-1975  -> [Tanggal lahir v]
                Status        (belum pasti)        -> [— pilih … —  v]
    3 Periksa   "7 penduduk siap disimpan (3 KK) ... 1 baru, 2 berubah, 1 tidak ada lagi"
    4 Selesai

Pages 2-4 are the participant import's (ui/excel/wizard_pages.py), so the mapping
step and its memory are the same; this module gives them the register's fields and
its import call.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWizard,
    QWizardPage,
)

from jamsostek_desktop.services.excel import reader as excel_reader
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.participants import regions
from jamsostek_desktop.services.residents import importing
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.excel.import_wizard import EXCEL_FILTER
from jamsostek_desktop.ui.excel.wizard_pages import CheckPage, MappingPage, ResultPage


class ResidentFilePage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pilih daftar penduduk"))
        self.setSubTitle(self.tr("Ekspor data penduduk dari OpenSID, ekspor SIAK, atau BIP e-KTP (baris No. KK di "
                                 "atas anggota keluarga); berkas .xlsx, .xls atau .ods."))
        self.path_edit = QLineEdit(objectName="file_edit")
        self.path_edit.setPlaceholderText(self.tr("Lokasi berkas"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.path_edit.textChanged.connect(self._forget)
        browse = QPushButton(self.tr("Pilih berkas…"), objectName="browse_button")
        browse.clicked.connect(self._browse)
        self.kelurahan_combo = QComboBox(objectName="kelurahan_combo")
        profile = profile_service.get()
        self.city = bool(profile and profile.mode == "city")
        if self.city:
            for k in regions.all_kelurahan():
                self.kelurahan_combo.addItem(f"{k.kelurahan} ({k.code})", k.code)
        self.full_check = QCheckBox(self.tr("Daftar lengkap: tandai penduduk yang tidak ada lagi di daftar ini"),
                                    objectName="full_list_check")
        self.full_check.setChecked(True)
        self.full_check.setToolTip(self.tr("Hapus centang untuk daftar satu dusun atau RT saja."))
        self.strict_check = QCheckBox(
            self.tr("Batalkan seluruh impor bila ada satu baris bermasalah (semua atau tidak sama sekali)"),
            objectName="strict_check")
        self.strict_check.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Berkas:"), row)
        if self.city:
            form.addRow(self.tr("Kelurahan:"), self.kelurahan_combo)
        form.addRow("", self.full_check)
        form.addRow("", self.strict_check)
        self.operation: Operation | None = None
        self._read_for: Path | None = None

    def _forget(self, *_args) -> None:
        self._read_for = None

    def _browse(self) -> None:
        settings = QSettings("JamsostekDesktop", "JamsostekDesktop")
        start = self.path_edit.text() or str(settings.value("residents/import_folder") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih daftar penduduk"), start, self.tr(EXCEL_FILTER))
        if path:
            self.path_edit.setText(path)
            settings.setValue("residents/import_folder", str(Path(path).parent))

    @property
    def reading(self) -> bool:
        return self.operation is not None and self.operation.running

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return bool(self.path_edit.text().strip()) and not self.reading

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        """Read the file in the background; the wizard moves on when it has been read."""
        wizard: ResidentImportWizard = self.wizard()
        if self._read_for == self.path() and wizard.workbook is not None:
            return True
        if self.reading:
            return False
        path = self.path()
        self.operation = Operation(self, lambda: importing.prepare(path)) \
            .with_progress(self.tr("Membaca berkas…")) \
            .success(lambda prepared: self._read(path, prepared)) \
            .failure(lambda exc: messages.show_error(self, self.tr("Berkas tidak dapat diimpor"), exc)).run()
        self.completeChanged.emit()
        return False

    def _read(self, path: Path, prepared: importing.Prepared) -> None:
        wizard: ResidentImportWizard = self.wizard()
        wizard.workbook, wizard.mapping, wizard.unsure = prepared.workbook, prepared.mapping, prepared.unsure
        self._read_for = path
        self.completeChanged.emit()
        if wizard.currentPage() is self:
            wizard.next()


class ResidentImportWizard(QWizard):
    def __init__(self, parent=None, on_imported=None) -> None:
        super().__init__(parent)
        self.setObjectName("residents_import_wizard")
        self.setWindowTitle(self.tr("Impor data penduduk"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.NoCancelButtonOnLastPage, True)
        for button, text in ((QWizard.BackButton, self.tr("< Kembali")), (QWizard.NextButton, self.tr("Lanjut >")),
                             (QWizard.CancelButton, self.tr("Batal")), (QWizard.FinishButton, self.tr("Selesai")),
                             (QWizard.CommitButton, self.tr("Simpan"))):
            self.setButtonText(button, text)
        self.workbook: excel_reader.Workbook | None = None
        self.mapping: dict[str, str] = {}
        self.unsure: dict[str, str] = {}
        self.result_report: importing.ResidentImportReport | None = None
        self._on_imported = on_imported
        self.file_page = ResidentFilePage()
        self.mapping_page = MappingPage()
        self.check_page = CheckPage()
        self.result_page = ResultPage()
        for page in (self.file_page, self.mapping_page, self.check_page, self.result_page):
            self.addPage(page)
        self.resize(900, 620)

    def reject(self) -> None:
        # An import half way through finishes first; its transaction is all or nothing anyway.
        if not self.check_page.running and not self.file_page.reading:
            super().reject()

    def data_changed(self) -> None:
        if self._on_imported is not None:
            self._on_imported()

    # --- what the shared pages ask (ui/excel/wizard_pages.py) -------------------------------
    def strict(self) -> bool:
        return self.file_page.strict_check.isChecked()

    def mapping_targets(self) -> list[tuple[str, str]]:
        return importing.targets()

    def check_mapping(self, mapping: dict[str, str]) -> list:
        names = dict(importing.targets())
        return [excel_reader.check_mapping(mapping, s.labels, set(names), names) for s in self.workbook.rosters]

    def runner(self, *, dry_run: bool):
        path, mapping = self.file_page.path(), dict(self.mapping)
        strict, full = self.file_page.strict_check.isChecked(), self.file_page.full_check.isChecked()
        code = self.file_page.kelurahan_combo.currentData() if self.file_page.city else None
        return lambda report: importing.import_file(path, dry_run, mapping, strict=strict, full_list=full,
                                                    kelurahan_code=code, progress=report)

    def commit_text(self, report) -> str:
        return self.tr("Simpan %n penduduk", "", report.rows_valid)

    def result_text(self, report) -> str:
        return self.tr("Penduduk kini dapat dipilih di formulir peserta dengan mengetik NIK atau nama.")

    def source_path(self) -> Path:
        return self.file_page.path()
