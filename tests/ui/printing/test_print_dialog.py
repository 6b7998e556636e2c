"""The Cetak dialog driven with qtbot: preview in the app, save, open, remembered choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.printing import documents
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


def test_menu_entries_open_the_dialog_with_the_window_scope(qtbot, printing_db):
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.ui.printing import menu

    window = create_main_window(printing_db)
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.menu("menu_cetak").actions()]
    assert {"print_dialog", "print_roster", "print_receipt", "print_summary"} <= set(names)
    window.current_scope = lambda: Scope(category="marbot", rw=2)
    d = menu.open_print_dialog(window, "receipt")
    qtbot.addWidget(d)
    assert d.document.currentData() == "receipt"
    assert d.scope() == Scope(category="marbot", rw=2)
    d.reject()
    window.current_scope = lambda: 1 / 0                 # a window that cannot say prints everything
    assert menu.window_scope(window) == Scope()


def test_preview_shows_the_document_inside_the_app(qtbot, dialog, messages):
    d = dialog(Scope(category="ketua-rt"))
    assert d.category.currentText().strip() == "Ketua RT"
    qtbot.mouseClick(d.preview_button, qtbot_button())
    result = wait_preview(qtbot, d)
    assert d.pdf.pageCount() == result.pages >= 1
    assert result.rows == documents.summary_figures.count(Scope(category="ketua-rt"))
    assert f"{result.pages} halaman" in d.info.text()
    assert messages == []


def test_save_copies_the_previewed_pdf(qtbot, dialog, tmp_path, monkeypatch):
    d = dialog(Scope(group="Keagamaan"), "summary")
    d._select(d.paper, "a4")
    d._select(d.orientation, True)
    target = tmp_path / "keluar" / "rekap"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(d.save_button, qtbot_button())       # renders first, then asks where to save
    qtbot.waitUntil(lambda: Path(str(target) + ".pdf").exists(), timeout=20_000)
    saved = Path(str(target) + ".pdf")
    assert saved.read_bytes() == d.last_result.path.read_bytes()
    box = PdfReader(str(saved)).pages[0].mediabox
    assert round(float(box.width) * 25.4 / 72) == 297          # A4 landscape
    assert "REKAPITULASI" in PdfReader(str(saved)).pages[0].extract_text()


def test_open_with_the_system_viewer(qtbot, dialog, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    d = dialog(Scope(category="marbot"))
    qtbot.mouseClick(d.open_button, qtbot_button())
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    path = Path(QUrl(opened[0]).toLocalFile())
    assert path.exists() and path.read_bytes().startswith(b"%PDF")


def test_signers_and_paper_are_remembered(qtbot, dialog):
    d = dialog()
    d.witness_box.setChecked(True)
    d.witness_box.nama.setText("Drs. Hendra Gunawan")
    d.witness_box.nip.setText("197001011990031002")
    d.signer_box.jabatan.setText("Plt. LURAH YOSODADI")
    d._select(d.paper, "a4")
    d.preview()
    wait_preview(qtbot, d)
    d.reject()
    again = dialog()
    assert again.witness_box.isChecked()
    assert again.witness_box.nama.text() == "Drs. Hendra Gunawan"
    assert again.signer_box.jabatan.text() == "Plt. LURAH YOSODADI"
    assert again.paper.currentData() == "a4"


def test_bad_input_and_empty_selection_are_explained(qtbot, dialog, messages):
    d = dialog()
    d.witness_box.setChecked(True)
    d.witness_box.nip.setText("12345")
    d.preview()
    assert messages and "NIP yang mengetahui harus 18 digit" in messages[-1][1]
    d.witness_box.setChecked(False)
    d.rt.setValue(999)
    d.preview()
    qtbot.waitUntil(lambda: not d.busy and len(messages) == 2, timeout=20_000)
    assert "Tidak ada peserta" in messages[-1][1]
    assert d.last_result is None


def qtbot_button():
    return Qt.LeftButton


def test_city_mode_offers_kecamatan_and_kelurahan(qtbot, empty_db):
    from jamsostek_desktop.services.participants import profile, regions

    profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
    regions.register("18.72.01.1001", "Yosodadi", "Metro Timur", "Kota Metro")
    regions.register("18.72.02.1002", "Hadimulyo Barat", "Metro Pusat", "Kota Metro")
    d = PrintDialog(None, Scope(kelurahan_prefix="18.72.02.1002"))
    qtbot.addWidget(d)
    labels = [d.area.itemText(i).strip() for i in range(d.area.count())]
    assert labels[0] == "Seluruh kota" and "Yosodadi" in labels and "Kecamatan Metro Pusat" in labels
    assert d.scope().kelurahan_prefix == "18.72.02.1002"        # the window's choice is kept
    d._select(d.area, "18.72.01")
    assert d.scope().kelurahan_prefix == "18.72.01"
    assert d.signer_box.jabatan.text() == "WALI KOTA METRO"
