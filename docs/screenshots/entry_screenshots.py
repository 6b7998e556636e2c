"""Screenshots of the data-entry window for the README (issue 3), at 1366x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/entry_screenshots.py

(or under xvfb-run with the xcb platform where its libraries are installed; the widgets
are grabbed either way, so both give the same 1366x768 pictures).

Writes wizard.png, main.png, form.png and dashboard.png next to this file, from a
throw-away database of 480 demo participants in Kelurahan Yosodadi; then every window
and main dialog in English, <name>-en.png (english_screenshots.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))   # tests.ui.gallery, for the English shots
sys.path.insert(0, str(HERE))
WIDTH, HEIGHT = 1366, 768


def emblem_png() -> bytes:
    """A stand-in regional emblem (a shield), since the real one is the office's own file."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

    image = QImage(96, 112, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setBrush(QColor("#1d5f2f"))
    painter.setPen(QColor("#c9a227"))
    shield = QPolygonF([QPointF(6, 6), QPointF(90, 6), QPointF(90, 62), QPointF(48, 106), QPointF(6, 62)])
    painter.drawPolygon(shield)
    painter.setPen(QColor("#f2d36b"))
    painter.drawText(image.rect().adjusted(0, -10, 0, 0), Qt.AlignCenter, "METRO")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def on_screen(dialog, background=None):
    """A dialog centred on a 1366x768 screen: over the main window, or on a plain desktop."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    screen = QPixmap(WIDTH, HEIGHT)
    screen.fill(QColor("#4a5d73"))
    painter = QPainter(screen)
    if background is not None:
        painter.drawPixmap(0, 0, background)
        painter.fillRect(screen.rect(), QColor(0, 0, 0, 60))
    x, y = (WIDTH - dialog.width()) // 2, (HEIGHT - dialog.height()) // 2
    painter.fillRect(x - 1, y - 1, dialog.width() + 2, dialog.height() + 2, QColor("#30353a"))
    painter.drawPixmap(x, y, dialog)
    painter.end()
    return screen


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="jamsostek-shots-"))
    os.environ["JAMSOSTEK_HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from jamsostek_desktop.services.participants import catalogue, demo_data, profile
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.participants.setup_wizard import SetupWizard

    db_path = home / "shots.sqlite3"
    init_db(db_path)

    # 1. The wizard's profile page, filled in as a clerk would.
    wizard = SetupWizard()
    wizard.resize(760, 620)
    wizard.show()
    wizard.next()
    values = {"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
              "kota": "Kota Metro", "provinsi": "Lampung", "alamat": "Jl. Jenderal Sudirman No. 12, Metro",
              "telepon": "(0725) 41234", "email": "kel.yosodadi@metrokota.go.id",
              "lurah_nama": "Budi Santoso, S.IP.", "lurah_pangkat": "Penata Tingkat I (III/d)",
              "lurah_nip": "197501012000031001"}
    for key, text in values.items():
        wizard.profile_page.inputs[key].setText(text)
    wizard.profile_page.set_logo(emblem_png())
    app.processEvents()
    on_screen(wizard.grab()).save(str(HERE / "wizard.png"))
    wizard.close()

    profile.save(values)
    demo_data.generate(480, seed=4)
    for code, potential in (("ketua-rt", 62), ("ketua-rw", 12), ("kader-posyandu", 70), ("guru-tpa", 75),
                            ("marbot", 25), ("pthl", 140)):
        catalogue.set_potential(code, potential)

    # 2. The main window with data.
    from jamsostek_desktop.app import create_main_window

    window = create_main_window(db_path)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.navigator.select("category", "ketua-rt")
    window.list_page.table.selectRow(2)
    app.processEvents()
    window.grab().save(str(HERE / "main.png"))

    # 3. The form with a validation error: a NIK already enrolled, a bad phone number.
    taken = window.list_page.model.row_at(0)
    form = window.add_participant()
    form.inputs["nik"].widget.setText(taken.nik)
    form.inputs["nama"].widget.setText("Sutrisno Hadi")
    form.inputs["tempat_lahir"].widget.setText("Metro")
    form.inputs["alamat"].widget.setText("Jl. Melati No. 17")
    form.inputs["rt"].widget.setText("4")
    form.inputs["rw"].widget.setText("2")
    form.inputs["telepon"].widget.setText("0812-345")
    form.inputs["nomor_rt"].widget.setText("4")
    form.inputs["telepon"].widget.setFocus()
    app.processEvents()
    on_screen(form.grab(), window.grab()).save(str(HERE / "form.png"))
    form._dirty = False
    form.reject()

    # 4. The dashboard.
    window.show_dashboard()
    window.dashboard_page.category_table.selectRow(0)
    app.processEvents()
    window.grab().save(str(HERE / "dashboard.png"))
    window.close()

    # 5. Every window and main dialog in English.
    from english_screenshots import shoot

    shoot(app, home / "english")
    return 0


if __name__ == "__main__":
    sys.exit(main())
