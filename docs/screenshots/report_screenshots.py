"""Sample pages of every printed document, in F4 and A4, portrait and landscape (issues 4, 16).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/report_screenshots.py

Builds throw-away databases with a stand-in emblem: Kelurahan Yosodadi with 1,200 demo
participants (a full kop: street, phone, postcode, website, e-mail; the Lurah and the
Camat as signers) and the Kota Metro city office with three kelurahan. Prints the roster
(every category, grouped; one category; every status with its status column), the card
receipt list, the summary, and the city's roster and summary, then turns the first and
last page of each (every page of a summary) into PNGs with pdftoppm (poppler-utils) at
60 dpi, named <document>-<paper>-<orientation>-<page>.png; and the Cetak dialog at 1024x768
and 1366x768 (print-dialog-*.png) with the kop and signer dialog (print-profile-dialog.png).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from entry_screenshots import emblem_png  # noqa: E402

DATE = dt.date(2026, 11, 23)
KELURAHAN_PROFILE = {
    "region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur", "kota": "Kota Metro",
    "provinsi": "Lampung", "alamat": "Jl. Jenderal Sudirman No. 12", "telepon": "(0725) 41234",
    "kode_pos": "34111", "website": "yosodadi.metrokota.go.id", "email": "kel.yosodadi@metrokota.go.id",
    "lurah_nama": "Budi Santoso, S.IP.", "lurah_pangkat": "Penata Tingkat I (III/d)",
    "lurah_nip": "197501012000031001", "mengetahui_nama": "Drs. Hendra Gunawan, M.Si.",
    "mengetahui_pangkat": "Pembina (IV/a)", "mengetahui_nip": "197001011990031002",
}
CITY_PROFILE = {
    "region_code": "18.72", "kota": "Kota Metro", "provinsi": "Lampung", "kantor": "Dinas Tenaga Kerja",
    "alamat": "Jl. AH Nasution No. 5, Metro", "telepon": "(0725) 47000", "kode_pos": "34111",
    "website": "disnaker.metrokota.go.id", "email": "disnaker@metrokota.go.id",
    "lurah_nama": "Ir. Siti Rahmawati, M.M.", "lurah_pangkat": "Pembina Utama Muda (IV/c)",
    "lurah_nip": "196805121994032004",
}
CITY_KELURAHAN = [("18.72.01.1001", "Yosodadi", "Metro Timur"), ("18.72.01.1002", "Iringmulyo", "Metro Timur"),
                  ("18.72.02.1002", "Hadimulyo Barat", "Metro Pusat")]


def pages(pdf: Path, name: str, which: dict[str, int]) -> None:
    for label, number in which.items():
        stem = HERE / f"{name}-{label}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(number), "-l", str(number),
                        str(pdf), str(stem)], check=True)


def kelurahan_documents(folder: Path) -> list[tuple[str, object]]:
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import demo_data, profile
    from jamsostek_desktop.services.startup import init_db

    init_db(folder / "kelurahan.sqlite3")
    profile.save({**KELURAHAN_PROFILE, "logo": emblem_png()})
    demo_data.generate(1200, seed=11)
    return [("roster", ("roster", Scope(), None)),
            ("roster-category", ("roster", Scope(category="kader-posyandu"), None)),
            ("roster-all-statuses", ("roster", Scope(rw=2), "semua")),
            ("receipt", ("receipt", Scope(), None)),
            ("summary", ("summary", Scope(), None))]


def city_documents(folder: Path) -> list[tuple[str, object]]:
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import demo_data, profile, regions
    from jamsostek_desktop.services.startup import init_db

    init_db(folder / "kota.sqlite3")
    profile.save({**CITY_PROFILE, "logo": emblem_png()}, mode="city")
    for code, name, kecamatan in CITY_KELURAHAN:
        regions.register(code, name, kecamatan, "Kota Metro")
    demo_data.generate(900, seed=5, kelurahan_codes=[code for code, _, _ in CITY_KELURAHAN])
    return [("city-roster", ("roster", Scope(group="Kelembagaan Kelurahan"), None)),
            ("city-summary", ("summary", Scope(), None))]


def render(folder: Path, documents_to_print: list[tuple[str, object]], papers=("f4", "a4")) -> None:
    from pypdf import PdfReader

    from jamsostek_desktop.services.printing import documents

    for paper in papers:
        for landscape in (False, True):
            orientation = "landscape" if landscape else "portrait"
            for name, (kind, scope, listing) in documents_to_print:
                pdf = folder / f"{name}-{paper}-{orientation}.pdf"
                options = documents.PrintOptions(paper=paper, landscape=landscape, listing=listing, date=DATE)
                documents.write(kind, pdf, scope, options)
                count = len(PdfReader(pdf).pages)
                wanted = {"p1": 1, "last": count} if count > 1 else {"p1": 1}
                if kind == "summary":
                    wanted = {f"p{n}": n for n in range(1, count + 1)}
                pages(pdf, f"{name}-{paper}-{orientation}", wanted)


def dialog_shots() -> None:
    """The Cetak dialog (previewing the roster) at 1024x768 and 1366x768, the kop dialog, and
    both in English (print-dialog-en.png, print-profile-en.png: the PDF stays Indonesian)."""
    from PySide6.QtWidgets import QApplication

    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.ui.common import i18n
    from jamsostek_desktop.ui.printing.dialog import PrintDialog
    from jamsostek_desktop.ui.printing.profile_dialog import ProfileDialog

    app = QApplication.instance()
    for width, height, language in ((1024, 768, "id"), (1366, 768, "id"), (1366, 768, "en")):
        if language == "en":
            i18n.install(app, "en")
        dialog = PrintDialog(None, Scope(), "roster")
        dialog._select(dialog.listing, "aktif")
        dialog.resize(width, height)
        dialog.show()
        dialog.preview()
        while dialog.busy or dialog.last_result is None:
            app.processEvents()
        for _ in range(60):                     # the view renders its pages in the background
            app.processEvents()
            time.sleep(0.03)
        name = "print-dialog-en.png" if language == "en" else f"print-dialog-{width}.png"
        dialog.grab().save(str(HERE / name))
        dialog.reject()
        profile = ProfileDialog()
        profile.show()
        app.processEvents()
        profile.grab().save(str(HERE / ("print-profile-en.png" if language == "en" else "print-profile-dialog.png")))
        profile.reject()
    i18n.uninstall(app)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (QImage and the dialogs need it)
    for old in HERE.glob("*.png"):
        if old.name.startswith(("roster-", "receipt-", "summary-", "city-")) and ("-f4-" in old.name or "-a4-" in old.name):
            old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JAMSOSTEK_HOME"] = tmp
        folder = Path(tmp)
        render(folder, kelurahan_documents(folder))
        dialog_shots()
        render(folder, city_documents(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
