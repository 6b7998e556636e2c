"""The "Cetak" dialog: choose a document, who it lists, paper and signers; preview; print or save.

    +--------------------------------------+-------------------------------+
    | Dokumen    [Daftar nama peserta  v]  |                               |
    | Isi daftar [Peserta aktif        v]  |   preview (pages one under    |
    | Kategori / Wilayah / RW / RT         |   the other; the first pages  |
    | Kertas     [F4 v] [Tegak v]          |   while a long roster is      |
    | Periode, tanggal tanda tangan        |   still being drawn)          |
    | Penanda tangan  (jabatan, nama ...)  |                               |
    | [x] Mengetahui, (jabatan, nama ...)  | "12 halaman"  [====  ] [Batal] |
    | [Ubah kop dan penanda tangan…]       |                               |
    +--------------------------------------+-------------------------------+
    | [Pratinjau] [Cetak ke printer…] [Simpan PDF…] [Buka di penampil]  [Tutup] |

The PDF is rendered off the GUI thread into a private temporary folder, with progress
and Cancel; "Simpan", "Buka" and "Cetak ke printer" use the previewed file, so what the
clerk saw is what is saved or printed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop import paths
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import catalogue, profile, regions
from jamsostek_desktop.services.printing import child, documents, listing, memory, office
from jamsostek_desktop.services.printing.layout.base import Signer
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label
from jamsostek_desktop.ui.common.operations import Operation
from jamsostek_desktop.ui.printing import printer
from jamsostek_desktop.ui.printing.preview import PreviewPanel

SETTINGS_PREFIX = "printing/"
HEAD_PAGES = 2                      # pages shown while a long roster is still being drawn


class SignerBox(QGroupBox):
    """Title, name, rank and NIP of one signer."""

    def __init__(self, title: str, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.jabatan = QLineEdit(objectName=f"{prefix}_jabatan")
        self.nama = QLineEdit(objectName=f"{prefix}_nama")
        self.pangkat = QLineEdit(objectName=f"{prefix}_pangkat")
        self.nip = QLineEdit(objectName=f"{prefix}_nip")
        self.nip.setMaxLength(21)
        self.jabatan.setPlaceholderText(self.tr("contoh: CAMAT METRO TIMUR"))
        self.nama.setPlaceholderText(self.tr("kosong: garis untuk ditulis tangan"))
        self.nip.setPlaceholderText(self.tr("18 digit"))
        form.addRow(self.tr("Jabatan"), self.jabatan)
        form.addRow(self.tr("Nama"), self.nama)
        form.addRow(self.tr("Pangkat/Gol."), self.pangkat)
        form.addRow(self.tr("NIP"), self.nip)
        self._has_nip = True

    def set_signer(self, signer: Signer) -> None:
        self.jabatan.setText(signer.title)
        self.nama.setText(signer.name)
        self.pangkat.setText(signer.rank)
        self.nip.setText(signer.nip)
        self._has_nip = signer.has_nip

    def signer(self) -> Signer:
        return Signer(self.jabatan.text().strip(), self.nama.text().strip(), self.pangkat.text().strip(),
                      self.nip.text().strip(), self._has_nip or bool(self.nip.text().strip()))


class _HeadSignal(QObject):
    """Carries "the first pages are ready" from the worker thread to the dialog."""

    ready = Signal(str)

    def announce(self, path) -> None:
        """Called in the worker thread; a dialog already gone has nobody to tell."""
        try:
            self.ready.emit(str(path))
        except RuntimeError:
            pass


class PrintDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, scope: Scope | None = None,
                 document: str = "roster") -> None:
        super().__init__(parent)
        self.setObjectName("print_dialog")
        self.setWindowTitle(self.tr("Cetak"))
        self._city = profile.is_city()
        self._folder = Path(tempfile.mkdtemp(prefix="jamsostek-cetak-"))
        self._preview_path: Path | None = None
        self._preview_key: tuple | None = None
        self._pending_after: str | None = None
        self._closing = False
        self.last_result: documents.PrintResult | None = None
        self.printed_pages = 0
        self._operation: Operation | None = None
        self._head = _HeadSignal(self)
        self._head.ready.connect(self._head_ready, Qt.QueuedConnection)
        self._build()
        self._fill_choices()
        self._restore(scope or Scope(), document)
        self.resize(1180, 780)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        options = QWidget()
        column = QVBoxLayout(options)
        form = QFormLayout()
        self.document = QComboBox(objectName="document")
        for key, label in documents.DOCUMENTS.items():
            self.document.addItem(translated(label), key)
        form.addRow(self.tr("Dokumen"), self.document)
        self.listing = QComboBox(objectName="listing")
        for key, label in listing.CHOICES.items():
            self.listing.addItem(translated(label), key)
        for value, label in status_rules.LABELS.items():
            self.listing.addItem(self.tr("Hanya status %1").replace("%1", translated(label)), value.value)
        self.listing.setToolTip(self.tr("Dokumen yang ditandatangani memuat peserta aktif atau usulan saja; "
                                        "status lain dicetak dengan kolom status."))
        form.addRow(self.tr("Isi daftar"), self.listing)
        self.category = QComboBox(objectName="category")
        form.addRow(self.tr("Kategori"), self.category)
        self.area = QComboBox(objectName="area")
        if self._city:
            form.addRow(self.tr("Wilayah"), self.area)
        self.area.setVisible(self._city)
        place = QHBoxLayout()
        self.rw = QSpinBox(objectName="rw")
        self.rt = QSpinBox(objectName="rt")
        for spin in (self.rw, self.rt):
            spin.setRange(0, 999)
            spin.setSpecialValueText(self.tr("Semua"))
        self.rw.valueChanged.connect(self._rw_changed)
        place.addWidget(QLabel(self.tr("RW")))
        place.addWidget(self.rw)
        place.addWidget(QLabel(self.tr("RT")))
        place.addWidget(self.rt)
        form.addRow(self.tr("Wilayah RW/RT"), place)
        paper = QHBoxLayout()
        self.paper = QComboBox(objectName="paper")
        self.paper.addItem(self.tr("F4 (215 × 330 mm)"), "f4")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.orientation = QComboBox(objectName="orientation")
        self.orientation.addItem(self.tr("Tegak"), False)
        self.orientation.addItem(self.tr("Melintang"), True)
        paper.addWidget(self.paper)
        paper.addWidget(self.orientation)
        form.addRow(self.tr("Kertas"), paper)
        self.period = QLineEdit(objectName="period")
        self.period.setPlaceholderText(self.tr("bawaan: Keadaan per tanggal cetak"))
        form.addRow(self.tr("Periode"), self.period)
        self.date = QDateEdit(objectName="date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDate(QDate.currentDate())
        form.addRow(self.tr("Tanggal tanda tangan"), self.date)
        column.addLayout(form)
        self.signer_box = SignerBox(self.tr("Penanda tangan (kanan)"), "signer")
        self.witness_box = SignerBox(self.tr('"Mengetahui," (kiri)'), "witness")
        self.witness_box.setObjectName("witness_box")
        self.witness_box.setCheckable(True)
        column.addWidget(self.signer_box)
        column.addWidget(self.witness_box)
        self.profile_button = QPushButton(self.tr("Ubah kop surat dan penanda tangan bawaan…"),
                                          objectName="profile_button")
        self.profile_button.clicked.connect(self.edit_profile)
        column.addWidget(self.profile_button)
        column.addStretch(1)
        self.document.currentIndexChanged.connect(self._document_changed)

        self.preview_panel = PreviewPanel()
        self.preview_panel.cancel_requested.connect(self.cancel)
        self.pdf, self.view, self.info = self.preview_panel.pdf, self.preview_panel.view, self.preview_panel.info

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(options)
        splitter.addWidget(self.preview_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 760])

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Pratinjau"), objectName="preview_button")
        self.print_button = QPushButton(self.tr("&Cetak ke printer…"), objectName="print_button")
        self.save_button = QPushButton(self.tr("&Simpan PDF…"), objectName="save_button")
        self.open_button = QPushButton(self.tr("&Buka di penampil PDF"), objectName="open_button")
        self.close_button = QPushButton(self.tr("&Tutup"), objectName="close_button")
        self.preview_button.setDefault(True)
        for button in (self.preview_button, self.print_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_to_printer)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_external)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _fill_choices(self) -> None:
        self.category.addItem(self.tr("Semua kategori"), "all:")
        for group, categories in catalogue.groups():
            self.category.addItem(self.tr("Kelompok: %1").replace("%1", catalogue_label(group)), f"group:{group}")
            for category in categories:
                self.category.addItem(f"    {catalogue_label(category.name)}", f"category:{category.code}")
        if self._city:
            self.area.addItem(self.tr("Seluruh kota"), None)
            for kecamatan, places in regions.tree().items():
                self.area.addItem(self.tr("Kecamatan %1").replace("%1", kecamatan), places[0].kecamatan_code)
                for place in places:
                    self.area.addItem(f"    {place.kelurahan}", place.code)

    # --- state -------------------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings("JamsostekDesktop", "JamsostekDesktop")

    def _restore(self, scope: Scope, document: str) -> None:
        settings = self._settings()
        self._select(self.document, document)
        self._select(self.paper, settings.value(SETTINGS_PREFIX + "paper", "f4"))
        landscape = settings.value(SETTINGS_PREFIX + "landscape", False)
        self._select(self.orientation, landscape in (True, "true", "1", 1))
        self._select(self.listing, scope.status or settings.value(SETTINGS_PREFIX + "listing", listing.DEFAULT))
        if scope.category:
            self._select(self.category, f"category:{scope.category}")
        elif scope.group:
            self._select(self.category, f"group:{scope.group}")
        if scope.kelurahan_prefix and self._city:
            self._select(self.area, scope.kelurahan_prefix)
        self.rw.setValue(scope.rw or 0)
        self.rt.setValue(scope.rt or 0)
        self._rw_changed(self.rw.value())
        self._load_signers()

    def _load_signers(self) -> None:
        signer, witness = office.remembered_signers(self._signer_kind())
        self.signer_box.set_signer(signer)
        self.witness_box.set_signer(witness or office.default_signers(self._signer_kind())[1])
        self.witness_box.setChecked(witness is not None)

    def _signer_kind(self) -> str:
        return office.kind_of(self.document.currentData())

    def _document_changed(self, _index: int) -> None:
        self._load_signers()

    def _rw_changed(self, value: int) -> None:
        """An RT number means something only inside its RW."""
        self.rt.setEnabled(value > 0)
        if value == 0:
            self.rt.setValue(0)

    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def scope(self) -> Scope:
        kind, _, value = (self.category.currentData() or "all:").partition(":")
        chosen = self.listing.currentData()
        status = chosen if chosen not in listing.CHOICES else None
        return Scope(category=value if kind == "category" else None, group=value if kind == "group" else None,
                     kelurahan_prefix=self.area.currentData() if self._city else None, status=status,
                     rt=(self.rt.value() or None) if self.rw.value() else None, rw=self.rw.value() or None)

    def options(self) -> documents.PrintOptions:
        witness = self.witness_box.signer() if self.witness_box.isChecked() else None
        chosen = self.listing.currentData()
        return documents.PrintOptions(
            paper=self.paper.currentData(), landscape=bool(self.orientation.currentData()),
            signer=self.signer_box.signer(), witness=witness, no_witness=witness is None,
            date=self.date.date().toPython(), period=self.period.text().strip() or None,
            listing=chosen if chosen in listing.CHOICES else None)

    def _key(self) -> tuple:
        return (self.document.currentData(), self.scope(), self.options())

    # --- actions -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._operation is not None and self._operation.running

    def preview(self, _checked: bool = False, then: str | None = None) -> None:
        """Render the chosen document into the preview; `then` = "save", "open" or "print" afterwards."""
        if self.busy:
            return
        kind, scope, options = self._key()
        settings = self._settings()
        settings.setValue(SETTINGS_PREFIX + "paper", options.paper)
        settings.setValue(SETTINGS_PREFIX + "landscape", options.landscape)
        settings.setValue(SETTINGS_PREFIX + "listing", self.listing.currentData())
        try:
            office.remember_signers(options.signer, options.witness, office.kind_of(kind))
        except AppError as exc:
            self._show_error(exc)
            return
        self.preview_panel.clear()
        self._preview_path = self._preview_key = None
        memory.shrink_caches()           # the print's memory on top of as little as the window can give back
        stamp = f"{dt.datetime.now():%H%M%S%f}"
        target = self._folder / f"{kind}-{stamp}.pdf"
        head = documents.Head(self._folder / f"{kind}-{stamp}-awal.pdf", HEAD_PAGES, self._head.announce)
        self._pending_after = then
        self._set_busy(True)
        key = (kind, scope, options)
        self._operation = (Operation(self, lambda report: child.write(kind, target, scope, options, report, head))
                           .on_progress(self._progressed).cancellable()
                           .success(lambda result: self._previewed(key, result))
                           .failure(self._failed).on_cancelled(self._cancelled).run())

    def cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.preview_panel.set_progress(done, total)

    def _head_ready(self, path: str) -> None:
        """The first pages of a long document: shown at once, while the rest is drawn."""
        if not self.busy or self._closing:
            return
        self.preview_panel.show_file(path)
        self.info.setText(self.tr("Halaman pertama ditampilkan; dokumen lengkap sedang disiapkan…"))

    def _previewed(self, key: tuple, result: documents.PrintResult) -> None:
        self._set_busy(False)
        if self._closing:
            self._finish_close()
            return
        self._preview_path, self._preview_key, self.last_result = result.path, key, result
        self.preview_panel.show_file(str(result.path))
        self.info.setText(self.tr("%1 halaman, %2 peserta").replace("%1", thousands(result.pages))
                          .replace("%2", thousands(result.rows)))
        then, self._pending_after = self._pending_after, None
        if then == "save":
            self.save()
        elif then == "open":
            self.open_external()
        elif then == "print":
            self.print_to_printer()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._pending_after = None
        if self._closing:
            self._finish_close()
            return
        self.preview_panel.clear()
        self._show_error(exc)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self._pending_after = None
        if self._closing:
            self._finish_close()
            return
        self.preview_panel.clear()
        self.info.setText(self.tr("Pembuatan dokumen dibatalkan."))

    def _show_error(self, exc: BaseException) -> None:
        self.info.setText(messages.error_text(exc) if isinstance(exc, AppError) else self.tr(
            "Dokumen gagal dibuat karena kesalahan program. Rinciannya tercatat di log."))
        messages.show_error(self, self.tr("Cetak"), exc)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.save_button, self.open_button):
            button.setEnabled(not busy)
        self.preview_panel.set_running(busy)
        if busy:
            self.info.setText(self.tr("Menyiapkan dokumen…"))

    def _current_file(self, then: str) -> Path | None:
        """The previewed PDF if it matches the choices on screen; otherwise render it first."""
        if self._preview_path is not None and self._preview_key == self._key():
            return self._preview_path
        self.preview(then=then)
        return None

    def _suggested_name(self) -> str:
        names = {"roster": "daftar-nama-peserta", "receipt": "tanda-terima-kartu", "summary": "rekapitulasi"}
        return f"{names.get(self._preview_key[0], 'dokumen')}-{dt.date.today():%Y%m%d}.pdf"

    def save(self) -> None:
        source = self._current_file("save")
        if source is None:
            return
        suggested = self._suggested_name()
        folder = self._settings().value(SETTINGS_PREFIX + "folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), str(Path(folder) / suggested),
                                              self.tr("Dokumen PDF (*.pdf)"))
        if not path:
            return
        try:
            saved = documents.save_copy(source, path)       # adds .pdf; refuses the database
        except AppError as exc:
            self._show_error(exc)
            return
        self._settings().setValue(SETTINGS_PREFIX + "folder", str(saved.parent))
        self.info.setText(self.tr("Tersimpan: %1").replace("%1", str(saved)))

    def open_external(self) -> None:
        """Open a copy in the data folder with the system viewer (the preview folder goes away)."""
        source = self._current_file("open")
        if source is None:
            return
        folder = paths.data_dir() / "cetak"
        try:
            copy = documents.open_copy(source, self._suggested_name())
        except (AppError, OSError) as exc:
            if isinstance(exc, AppError):
                self._show_error(exc)
            else:
                messages.warn(self, self.tr("Cetak"), self.tr("Folder %1 tidak dapat dibuat.").replace("%1", str(folder)))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            messages.warn(self, self.tr("Cetak"), self.tr(
                "Tidak ada penampil PDF yang terpasang di komputer ini, jadi dokumen tidak dapat dibuka. "
                "Dokumen sudah disimpan di %1; gunakan Cetak ke printer atau Simpan PDF, atau pasang "
                "penampil PDF.").replace("%1", str(copy)))

    def print_to_printer(self) -> None:
        """The system's print dialog, then the previewed pages to the chosen printer."""
        source = self._current_file("print")
        if source is None:
            return
        kind, _scope, options = self._preview_key
        title = f"{self._suggested_name()[:-4]}"
        chosen = printer.choose_printer(self, options.paper, options.landscape, title)
        if chosen is None:
            return
        self.printed_pages = printer.print_pdf(self, chosen, str(source))
        self.info.setText(self.tr("%1 halaman dikirim ke printer.").replace("%1", thousands(self.printed_pages)))

    def edit_profile(self) -> None:
        from jamsostek_desktop.ui.printing.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._load_signers()
            self._preview_key = None          # the kop changed: preview again

    def done(self, result: int) -> None:  # Qt override
        if self.busy:
            # Stop the drawing; the dialog closes when the worker has let go of its files.
            self._closing = True
            self.hide()
            self.cancel()
            return
        self._finish_close(result)

    def _finish_close(self, result: int = QDialog.DialogCode.Rejected) -> None:
        self.preview_panel.clear()
        shutil.rmtree(self._folder, ignore_errors=True)
        memory.release()
        super().done(result)
