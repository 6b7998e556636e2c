"""The Cetak dialog driven with qtbot: who is listed, preview, printer, save, open, cancel, signers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.printing import child, documents
from jamsostek_desktop.ui.printing import printer
from jamsostek_desktop.ui.printing.dialog import PrintDialog

# The offscreen platform says so whenever a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot, printing_db):
    made = []

    def make(scope: Scope | None = None, document: str = "roster") -> PrintDialog:
        d = PrintDialog(None, scope or Scope(), document)
        qtbot.addWidget(d)
        made.append(d)
        return d

    yield make
    for d in made:
        qtbot.waitUntil(lambda d=d: not d.busy, timeout=20_000)


def wait_preview(qtbot, d: PrintDialog) -> documents.PrintResult:
    qtbot.waitUntil(lambda: not d.busy and d.last_result is not None, timeout=20_000)
    return d.last_result


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.LeftButton)


def test_menu_entries_open_the_dialog_with_the_window_scope(qtbot, printing_db):
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.ui.printing import menu

    window = create_main_window(printing_db)
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.menu("menu_cetak").actions()]
    assert {"print_dialog", "print_roster", "print_receipt", "print_summary", "print_profile"} <= set(names)
    window.current_scope = lambda: Scope(category="marbot", rw=2)
    d = menu.open_print_dialog(window, "receipt")
    qtbot.addWidget(d)
    assert d.document.currentData() == "receipt"
    assert d.scope() == Scope(category="marbot", rw=2)
    assert d.signer_box.jabatan.text() == "Yang menyerahkan"            # the receipt's own signers
    assert d.witness_box.jabatan.text() == "LURAH YOSODADI"
    d.reject()
    window.current_scope = lambda: 1 / 0                 # a window that cannot say prints everything
    assert menu.window_scope(window) == Scope()


def test_preview_lists_active_participants_unless_asked(qtbot, dialog, messages):
    d = dialog(Scope(category="ketua-rt"))
    assert d.category.currentText().strip() == "Ketua RT"
    assert d.listing.currentData() == "aktif"
    click(qtbot, d.preview_button)
    result = wait_preview(qtbot, d)
    assert d.pdf.pageCount() == result.pages >= 1
    assert result.rows == documents.summary_figures.count(Scope(category="ketua-rt", statuses=("active",)))
    assert f"{result.pages} halaman" in d.info.text()
    d._select(d.listing, "semua")
    click(qtbot, d.preview_button)
    qtbot.waitUntil(lambda: not d.busy and d.last_result is not result, timeout=20_000)
    assert d.last_result.rows == documents.summary_figures.count(Scope(category="ketua-rt"))
    d._select(d.listing, "rejected")                    # one status: the scope carries it
    assert d.scope().status == "rejected" and d.options().listing is None
    assert messages == []


def test_an_rt_is_chosen_inside_its_rw(qtbot, dialog):
    d = dialog(Scope(rt=3))                              # a list filter with an RT alone
    assert not d.rt.isEnabled() and d.scope().rt is None
    d.rw.setValue(2)
    assert d.rt.isEnabled()
    d.rt.setValue(3)
    assert (d.scope().rw, d.scope().rt) == (2, 3)
    d.rw.setValue(0)
    assert d.rt.value() == 0 and not d.rt.isEnabled()


def test_print_to_a_printer(qtbot, dialog, tmp_path, monkeypatch):
    """The system print dialog is answered with a PDF printer: the previewed pages arrive."""
    d = dialog(Scope(category="guru-tpa"))
    d._select(d.listing, "semua")
    d._select(d.paper, "a4")
    target = tmp_path / "printer.pdf"
    asked = []

    def choose(parent, paper, landscape, title):
        asked.append((paper, landscape))
        made = printer.make_printer(paper, landscape, title)
        made.setOutputFormat(made.OutputFormat.PdfFormat)
        made.setOutputFileName(str(target))
        return made

    monkeypatch.setattr(printer, "choose_printer", choose)
    click(qtbot, d.print_button)                         # renders first, then asks for the printer
    qtbot.waitUntil(lambda: target.exists() and d.printed_pages > 0, timeout=30_000)
    assert asked == [("a4", False)]
    printed = PdfReader(str(target))
    assert len(printed.pages) == d.printed_pages == d.last_result.pages
    box = printed.pages[0].mediabox
    assert round(float(box.width) * 25.4 / 72) == 210 and round(float(box.height) * 25.4 / 72) == 297


def test_save_copies_the_previewed_pdf(qtbot, dialog, tmp_path, monkeypatch):
    d = dialog(Scope(group="Keagamaan"), "summary")
    d._select(d.paper, "a4")
    d._select(d.orientation, True)
    target = tmp_path / "keluar" / "rekap"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, d.save_button)                          # renders first, then asks where to save
    qtbot.waitUntil(lambda: Path(str(target) + ".pdf").exists(), timeout=20_000)
    saved = Path(str(target) + ".pdf")
    assert saved.read_bytes() == d.last_result.path.read_bytes()
    box = PdfReader(str(saved)).pages[0].mediabox
    assert round(float(box.width) * 25.4 / 72) == 297          # A4 landscape
    assert "REKAPITULASI" in PdfReader(str(saved)).pages[0].extract_text()


def test_open_with_the_system_viewer_or_say_there_is_none(qtbot, dialog, monkeypatch, messages):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    d = dialog(Scope(category="marbot"))
    d._select(d.listing, "semua")
    click(qtbot, d.open_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    path = Path(QUrl(opened[0]).toLocalFile())
    assert path.exists() and path.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    click(qtbot, d.open_button)
    assert messages and messages[-1][0] == "warning"
    assert "Tidak ada penampil PDF" in messages[-1][1] and str(path.parent) in messages[-1][1]


def test_the_first_pages_show_before_the_whole_document(qtbot, dialog, monkeypatch):
    d = dialog()
    d._select(d.listing, "semua")
    shown = []
    real = d.preview_panel.show_file
    monkeypatch.setattr(d.preview_panel, "show_file", lambda path: shown.append(Path(path).name) or real(path))
    click(qtbot, d.preview_button)
    result = wait_preview(qtbot, d)
    assert result.pages > 2
    assert shown[0].endswith("-awal.pdf") and shown[-1] == result.path.name


# The child process that draws the document (services/printing/child.py), its work replaced by a
# long job that has begun its file: it runs until the dialog stops it.
ENDLESS_CHILD = """
import time
from jamsostek_desktop import fileio
from jamsostek_desktop.services.printing import child, documents

def endless(kind, target, scope, options, report, head):
    with fileio.Staged(target) as staged, staged.open("wb") as stream:
        stream.write(b"%PDF-1.4")
        for step in range(10**9):
            report(step, 10**9)
            time.sleep(0.001)

documents.write = endless
raise SystemExit(child.main())
"""


@pytest.fixture
def endless_child(monkeypatch):
    monkeypatch.setattr(child, "command", lambda: [sys.executable, "-c", ENDLESS_CHILD])


def test_cancel_stops_the_preview_and_leaves_no_file(qtbot, dialog, endless_child):
    d = dialog()
    d.show()
    qtbot.waitExposed(d)
    click(qtbot, d.preview_button)
    qtbot.waitUntil(lambda: d.preview_panel.bar.maximum() == 1000, timeout=20_000)
    assert d.preview_panel.cancel_button.isVisible() and not d.preview_button.isEnabled()
    click(qtbot, d.preview_panel.cancel_button)
    qtbot.waitUntil(lambda: not d.busy, timeout=20_000)
    assert "dibatalkan" in d.info.text() and d.last_result is None
    assert not d.preview_panel.cancel_button.isVisible() and d.preview_button.isEnabled()
    assert list(d._folder.iterdir()) == []


def test_closing_while_drawing_cancels_and_cleans_up(qtbot, dialog, endless_child):
    d = dialog()
    folder = d._folder
    click(qtbot, d.preview_button)
    qtbot.waitUntil(lambda: d.busy, timeout=20_000)
    d.reject()
    qtbot.waitUntil(lambda: not d.busy and not folder.exists(), timeout=20_000)
    assert not d.isVisible() and d.pdf.pageCount() == 0


def test_signers_and_paper_are_remembered(qtbot, dialog):
    d = dialog()
    d.witness_box.setChecked(True)
    d.witness_box.nama.setText("Drs. Hendra Gunawan")
    d.witness_box.nip.setText("197001011990031002")
    d.signer_box.jabatan.setText("Plt. LURAH YOSODADI")
    d._select(d.paper, "a4")
    d._select(d.listing, "usulan")
    d.preview()
    wait_preview(qtbot, d)
    d.reject()
    again = dialog()
    assert again.witness_box.isChecked()
    assert again.witness_box.nama.text() == "Drs. Hendra Gunawan"
    assert again.signer_box.jabatan.text() == "Plt. LURAH YOSODADI"
    assert again.paper.currentData() == "a4" and again.listing.currentData() == "usulan"


def test_bad_input_and_empty_selection_are_explained(qtbot, dialog, messages):
    d = dialog()
    d.witness_box.setChecked(True)
    d.witness_box.nip.setText("12345")
    d.preview()
    assert messages and "NIP yang mengetahui harus 18 digit" in messages[-1][1]
    d.witness_box.setChecked(False)
    d.rw.setValue(999)
    d.preview()
    qtbot.waitUntil(lambda: not d.busy and len(messages) == 2, timeout=20_000)
    assert "Tidak ada peserta" in messages[-1][1] and "usulan atau semua status" in messages[-1][1]
    assert d.last_result is None


def test_city_mode_offers_kecamatan_and_kelurahan(qtbot, empty_db):
    from jamsostek_desktop.services.participants import profile, regions

    profile.save({"region_code": "18.72", "kota": "Kota Metro", "kantor": "Dinas Tenaga Kerja"}, mode="city")
    regions.register("18.72.01.1001", "Yosodadi", "Metro Timur", "Kota Metro")
    regions.register("18.72.02.1002", "Hadimulyo Barat", "Metro Pusat", "Kota Metro")
    d = PrintDialog(None, Scope(kelurahan_prefix="18.72.02.1002"))
    qtbot.addWidget(d)
    labels = [d.area.itemText(i).strip() for i in range(d.area.count())]
    assert labels[0] == "Seluruh kota" and "Yosodadi" in labels and "Kecamatan Metro Pusat" in labels
    assert d.scope().kelurahan_prefix == "18.72.02.1002"        # the window's choice is kept
    d._select(d.area, "18.72.01")
    assert d.scope().kelurahan_prefix == "18.72.01"
    # the office head prepares, the head of the region acknowledges
    assert d.signer_box.jabatan.text() == "KEPALA DINAS TENAGA KERJA KOTA METRO"
    assert d.witness_box.jabatan.text() == "WALI KOTA METRO"
