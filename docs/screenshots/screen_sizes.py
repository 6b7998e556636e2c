"""The clerk's windows on the two office screens, 1024x768 and 1366x768 with a Windows taskbar,
in Indonesian and English: <name>-<width>[-en].png here, and the manual's pictures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/screen_sizes.py

(`make screenshots` runs it.) Each screen and language runs in its own process, with the
offscreen platform told the screen's size less the taskbar (its `configfile` option), so
every window is sized and placed as the program does it on that screen. The pictures show
the whole screen: the main window filling it, a dialog over it, the taskbar below.
The 1366 pictures, scaled, are also the manual's (resources/manual/img/).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
MANUAL_IMAGES = ROOT / "resources" / "manual" / "img"
SCREENS = ((1024, 768), (1366, 768))
TASKBAR = 40
TITLE_BAR = 30
MANUAL_WIDTH = 760
# Pictures the manual shows (taken at 1366): manual name -> screenshot name.
FOR_MANUAL = {"main": "main", "form": "form", "dashboard": "dashboard", "history": "history",
              "excel": "excel-check", "sync": "sync-send", "print": "print", "wizard": "wizard"}


def desktop(width: int, height: int, window, dialog=None):
    """The screen: the window maximized under a title bar (none: an empty desktop, as at the
    first start), a dialog over it, the taskbar."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap

    screen = QPixmap(width, height)
    screen.fill(QColor("#3a4a5c"))
    painter = QPainter(screen)
    painter.setPen(QColor("#333333"))
    if window is not None:
        painter.fillRect(QRect(0, 0, width, TITLE_BAR), QColor("#dfe3e8"))
        painter.drawText(QRect(10, 0, width - 20, TITLE_BAR), Qt.AlignVCenter, window.windowTitle())
        painter.drawPixmap(0, TITLE_BAR, window.grab())
    if dialog is not None:
        if window is not None:
            painter.fillRect(QRect(0, TITLE_BAR, width, height - TITLE_BAR - TASKBAR), QColor(0, 0, 0, 70))
        picture = dialog.grab()
        free_height = height - TASKBAR
        x = (width - picture.width()) // 2
        y = max((free_height - picture.height() - TITLE_BAR) // 2, 0)
        painter.fillRect(QRect(x - 1, y, picture.width() + 2, TITLE_BAR), QColor("#dfe3e8"))
        painter.drawText(QRect(x + 8, y, picture.width() - 16, TITLE_BAR), Qt.AlignVCenter, dialog.windowTitle())
        painter.fillRect(QRect(x - 1, y + TITLE_BAR - 1, picture.width() + 2, picture.height() + 2),
                         QColor("#30353a"))
        painter.drawPixmap(x, y + TITLE_BAR, picture)
    painter.fillRect(QRect(0, height - TASKBAR, width, TASKBAR), QColor("#1f2428"))
    painter.setPen(QColor("#c8ccd0"))
    painter.drawText(QRect(12, height - TASKBAR, 200, TASKBAR), Qt.AlignVCenter, "⊞  Jamsostek Desktop")
    painter.end()
    return screen


def child(width: int, height: int, language: str, out: Path) -> None:
    """One screen, one language: runs under an offscreen screen of that size less the taskbar."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from jamsostek_desktop.ui.common import i18n, messages, screen

    i18n.save_language(language)
    i18n.install(app, language)
    screen.keep_windows_on_screen(app)
    messages.present = lambda box: True
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.services.participants import catalogue, demo_data, enrolment, profile
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.main_window import MainWindow
    from tests.conftest import PASSWORDS, PROFILE
    from tests.ui import gallery

    gallery.LINGER = 1.0                 # the print preview paints its page
    home = Path(os.environ["JAMSOSTEK_HOME"])
    db_path = home / "kelurahan.sqlite3"
    init_db(db_path)
    profile.save(dict(PROFILE))
    admin = accounts.create_user("admin", PASSWORDS["admin"], role="admin", full_name="Admin Kelurahan")
    session.set_actor(admin)
    demo_data.generate(480, seed=4)
    for code, potential in (("ketua-rt", 62), ("ketua-rw", 12), ("kader-posyandu", 70), ("guru-tpa", 75)):
        catalogue.set_potential(code, potential)
    first = enrolment.enrol({**gallery.person(gallery.nik(9001), "Slamet Riyadi"), "no_sk": "140/12/KPTS/2023",
                             "tanggal_sk": dt.date(2023, 3, 1)}, "ketua-rt", accept_warnings=True)
    enrolment.change_status([first.id], "verified")
    enrolment.update(first.id, {"fields": {"nomor_rt": 3, "nomor_rw": 5}}, accept_warnings=True,
                     reason="SK baru")

    suffix = f"-{width}" + ("-en" if language == "en" else "")
    free = app.primaryScreen().availableGeometry()
    window = MainWindow()
    window.resize(free.width(), free.height() - TITLE_BAR)
    window.show()
    gallery.settle()

    def shot(name: str, dialog=None, over_window: bool = True) -> None:
        gallery.settle()
        gallery.linger()
        desktop(width, height, window if over_window else None, dialog).save(str(out / f"{name}{suffix}.png"))

    window.navigator.select("category", "ketua-rt")
    window.list_page.table.selectRow(1)
    shot("main")
    window.navigator.select("all")
    window.list_page.search.setText("ahyu")
    shot("search")
    window.list_page.search.clear()

    form = window.add_participant("ketua-rt")
    for key, text in (("nik", first.nik), ("nama", "sutrisno hadi"), ("tempat_lahir", "Metro"),
                      ("tanggal_lahir", "31-02-1980"), ("alamat", "Jl. Melati No. 17"), ("rt", "4"),
                      ("telepon", "0812-345"), ("nomor_rt", "4")):
        form.inputs[key].widget.setText(text)
    form._touched = set(form.inputs)
    form.revalidate()
    shot("form", form)
    form._dirty = False
    form.close()

    window.show_dashboard()
    shot("dashboard")
    page = window.dashboard_page
    page.verticalScrollBar().setValue(page.panels[1].mapTo(page.widget(), page.panels[1].rect().topLeft()).y() - 8)
    shot("dashboard-charts")
    # The terms of office ending (ui/tenure's panel, the dashboard's last row), scrolled to.
    tenure = next(p for p in page.panels if p.objectName() == "tenure_panel")
    page.verticalScrollBar().setValue(tenure.mapTo(page.widget(), tenure.rect().bottomLeft()).y() + 8
                                      - page.viewport().height())
    shot("dashboard-tenure")

    from jamsostek_desktop.ui.accounts.audit_view import HistoryDialog

    window.navigator.select("category", "ketua-rt")
    history = HistoryDialog(first.id, window)
    history.show()
    shot("history", history)
    history.close()

    from jamsostek_desktop.ui.help import manual

    viewer = manual.open_manual("formulir.html", window)
    shot("manual", viewer)
    viewer.close()

    from jamsostek_desktop.ui.printing.menu import open_print_dialog

    dialog = open_print_dialog(window, "roster")
    dialog.preview()
    gallery.settle(lambda: not dialog.busy and dialog.last_result is not None)
    gallery.linger()
    shot("print", dialog)
    dialog.close()

    from jamsostek_desktop.ui.sync.menu import open_export_dialog as open_sync_export

    dialog = open_sync_export(window)
    shot("sync-send", dialog)
    dialog.close()

    from jamsostek_desktop.ui.excel.menu import open_import_wizard

    wizard = open_import_wizard(window)
    wizard.file_page.path_edit.setText(str(gallery._excel_file(home / "ketua-rt.xlsx")))
    wizard.next()
    gallery.settle(lambda: wizard.currentPage() is wizard.mapping_page)
    wizard.next()
    gallery.settle(lambda: wizard.check_page.report is not None)
    shot("excel-check", wizard)
    wizard.close()

    from jamsostek_desktop.ui.participants.setup_wizard import SetupWizard

    setup = SetupWizard()
    setup.show()
    setup.next()
    for key, value in PROFILE.items():
        if key in setup.profile_page.inputs:
            setup.profile_page.inputs[key].setText(value)
    shot("wizard", setup, over_window=False)
    setup.close()
    window.close()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        width, height, language, out = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], Path(sys.argv[5])
        child(width, height, language, out)
        sys.stdout.flush()
        os._exit(0)
    work = Path(tempfile.mkdtemp(prefix="jamsostek-screens-"))
    for width, height in SCREENS:
        for language in ("id", "en"):
            config = work / f"screen-{width}.json"
            config.write_text(json.dumps({"screens": [{
                "name": "Office", "x": 0, "y": 0, "width": width, "height": height - TASKBAR,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
            home = work / f"{width}-{language}"
            env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                   "JAMSOSTEK_HOME": str(home / "home"), "XDG_CONFIG_HOME": str(home / "config")}
            subprocess.run([sys.executable, __file__, "--child", str(width), str(height), language, str(HERE)],
                           env=env, check=True)
            print(f"{width}x{height} {language}: done", flush=True)
    write_manual_images()
    return 0


def write_manual_images() -> None:
    """The 1366 pictures, scaled to the manual's column."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    MANUAL_IMAGES.mkdir(parents=True, exist_ok=True)
    for name, shot in FOR_MANUAL.items():
        for language in ("", "-en"):
            image = QImage(str(HERE / f"{shot}-1366{language}.png"))
            image.scaledToWidth(MANUAL_WIDTH, Qt.SmoothTransformation).save(str(MANUAL_IMAGES / f"{name}{language}.png"))


if __name__ == "__main__":
    sys.exit(main())
