"""Screenshots of screening (issue 13) on 1366x768 and 1024x768 screens: screening-*.png, and the
"Daftar peserta yang perlu diperiksa" PDF's first page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/screening_screenshots.py

A throw-away Kelurahan Yosodadi database of 300 demo participants, three of them entered
twice (a NIK typo, the name written another way), and an ASN list naming two of them.
Shots: the dashboard's panel, the list filtered to "Perlu diperiksa" with its Periksa column, Periksa data ganda
(pairs, flags), Impor daftar pembanding, and the entry form's duplicate hint.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
SCREENS = ((1366, 768), (1024, 768))


def on_screen(picture, background, width: int, height: int):
    from PySide6.QtGui import QColor, QPainter, QPixmap

    screen = QPixmap(width, height)
    screen.fill(QColor("#4a5d73"))
    painter = QPainter(screen)
    if background is not None:
        painter.drawPixmap(0, 0, background)
        painter.fillRect(screen.rect(), QColor(0, 0, 0, 60))
    x, y = max(0, (width - picture.width()) // 2), max(0, (height - picture.height()) // 2)
    painter.drawPixmap(x, y, picture)
    painter.end()
    return screen


def _data(folder: Path) -> None:
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.domain import eligibility
    from jamsostek_desktop.services.participants import demo_data, enrolment, profile
    from jamsostek_desktop.services.screening import flags, pairs, references

    profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                  "kota": "Kota Metro", "provinsi": "Lampung", "lurah_nama": "Budi Santoso, S.IP.",
                  "lurah_nip": "197501012000031001"})
    demo_data.generate(300, seed=4)
    born = dt.date(1975, 8, 12)
    base = {"tempat_lahir": "Metro", "jenis_kelamin": "L", "alamat": "Jl. Kenanga No. 5", "rt": 3, "rw": 2,
            "fields": {"nomor_rt": 3, "nomor_rw": 2}}
    for nik, nama, rt in (("1872011208750003", "AHMAD MARUF", 3), ("1872011208750008", "H. Ahmad Ma'ruf", 3),
                          ("1872011508800021", "Sri Wahyuni", 5), ("1872011508800012", "SRI WAHYUNI", 5)):
        when = born if nik.startswith("18720112") else dt.date(1980, 8, 15)
        enrolment.enrol({**base, "nik": nik, "nama": nama, "tanggal_lahir": when, "rt": rt,
                         "fields": {"nomor_rt": rt, "nomor_rw": 2}}, "ketua-rt", accept_warnings=True)
    listed = [p.nik for p in Participant.select().order_by(Participant.id).limit(40)][::20]
    path = folder / "asn.csv"
    path.write_text("NIK;Nama;NIP;Instansi\n" + "".join(
        f"{n};-;19800101200604100{i};Dinas Pendidikan\n" for i, n in enumerate(listed)), encoding="utf-8")
    references.import_file(eligibility.ASN, path, source="BKPSDM Kota Metro", list_date=dt.date(2026, 11, 1))
    pairs.run()
    flags.screen()


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="jamsostek-shots-screening-"))
    os.environ["JAMSOSTEK_HOME"] = str(home / "home")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.services.participants import catalogue
    from jamsostek_desktop.services.screening import report
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.common import messages
    from jamsostek_desktop.ui.participants.form import ParticipantForm
    from jamsostek_desktop.ui.screening.menu import open_review

    messages.present = lambda box: True
    db = home / "yosodadi.sqlite3"
    init_db(db)
    _data(home)
    window = create_main_window(db)
    window.show()
    shots = []
    for width, height in SCREENS:
        window.resize(width, height)
        app.processEvents()
        lists = [w for w in app.allWidgets() if w.objectName() == "filter_review"]
        for box in lists:
            box.setChecked(True)
        app.processEvents()
        shots.append((f"screening-list-{width}.png", window.grab()))
        for box in lists:
            box.setChecked(False)
        review = open_review(window)
        review.resize(min(1000, width - 24), min(620, height - 48))
        review.pair_view.selectRow(0)
        review.reason.setText("KTP asli dilihat: NIK 1872011208750003")
        app.processEvents()
        shots.append((f"screening-pairs-{width}.png", on_screen(review.grab(), window.grab(), width, height)))
        review.tabs.setCurrentIndex(1)
        review.flag_view.selectRow(0)
        app.processEvents()
        shots.append((f"screening-flags-{width}.png", on_screen(review.grab(), window.grab(), width, height)))
        dialog = review.import_reference()
        dialog.path.setText(str(home / "asn.csv"))
        dialog.source.setText("BKPSDM Kota Metro")
        dialog.check()
        app.processEvents()
        shots.append((f"screening-reference-{width}.png", on_screen(dialog.grab(), window.grab(), width, height)))
        dialog.reject()
        review.close()
        form = ParticipantForm(catalogue.get("ketua-rt"), parent=window)
        form.show()
        form.inputs["nik"].widget.setText("1872011208750005")
        form.inputs["nama"].widget.setText("Ahmad Maruf")
        app.processEvents()
        form.resize(min(form.width(), width - 24), min(form.height(), height - 48))
        app.processEvents()
        shots.append((f"screening-form-hint-{width}.png", on_screen(form.grab(), window.grab(), width, height)))
        form.reject()
        window.show_dashboard()
        app.processEvents()
        page = window.dashboard_page
        panel = page.panels[-1]
        page.ensureWidgetVisible(panel) if hasattr(page, "ensureWidgetVisible") else None
        app.processEvents()
        shots.append((f"screening-dashboard-{width}.png", window.grab()))
        window.show_list() if hasattr(window, "show_list") else None
    for name, picture in shots:
        picture.save(str(HERE / name))
        print(HERE / name)
    pdf, pages = report.save_pdf(home / "perlu-diperiksa.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                    str(HERE / "screening-review-pdf")], check=True)
    print(f"{pdf}: {pages} pages")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
