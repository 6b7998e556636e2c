"""The main window frame: menus, toolbar, status bar, and the pages features add.

Features add their menu entries through FEATURE_MODULES: each named module has
`install(window)` and uses `window.menu(key)` to find its menu. The window itself
knows no feature.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QToolBar

from jamsostek_desktop import APP_NAME, __version__
from jamsostek_desktop.services import profile as profile_service

log = logging.getLogger(__name__)

# Each module: install(window: MainWindow) -> None.
FEATURE_MODULES: list[str] = [
    "jamsostek_desktop.ui.printing.menu",
    "jamsostek_desktop.ui.sync.menu",
    "jamsostek_desktop.ui.excel.menu",
    "jamsostek_desktop.ui.accounts.menu",
]

# Menu keys (objectNames) and their Indonesian titles, in menu-bar order.
MENUS = (
    ("menu_berkas", "&Berkas"),
    ("menu_data", "&Data"),
    ("menu_cetak", "&Cetak"),
    ("menu_sinkron", "&Sinkronisasi"),
    ("menu_alat", "&Alat"),
    ("menu_bantuan", "Ban&tuan"),
)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        profile = profile_service.get()
        place = ""
        if profile is not None:
            place = profile.kota if profile.mode == "city" else f"Kelurahan {profile.kelurahan}"
        self.setWindowTitle(f"{APP_NAME} {__version__}" + (f" — {place}" if place else ""))
        self._menus: dict[str, QMenu] = {}
        for key, title in MENUS:
            menu = self.menuBar().addMenu(title)
            menu.setObjectName(key)
            self._menus[key] = menu
        self.toolbar = QToolBar("Alat utama", self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self._build_base_actions()
        placeholder = QLabel("Pilih kategori di sebelah kiri.")
        placeholder.setAlignment(Qt.AlignCenter)
        self.setCentralWidget(placeholder)
        self.statusBar().setObjectName("status_bar")
        for name in FEATURE_MODULES:
            importlib.import_module(name).install(self)
        self.resize(1280, 720)
        self._restore_geometry()

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def add_action(self, menu_key: str, object_name: str, text: str, slot, shortcut=None,
                   toolbar: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(object_name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menu(menu_key).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def _build_base_actions(self) -> None:
        self.add_action("menu_berkas", "quit", "&Keluar", self.close, QKeySequence.Quit)
        self.add_action("menu_bantuan", "about", "&Tentang", self.show_about)

    def show_about(self) -> None:
        QMessageBox.about(
            self, f"Tentang {APP_NAME}",
            f"<b>{APP_NAME}</b> versi {__version__}<br><br>"
            "Pendataan pekerja rentan non-ASN untuk kepesertaan BPJS Ketenagakerjaan "
            "yang iurannya dibayar APBD.<br>Bekerja tanpa jaringan; data tersimpan di komputer ini.",
        )

    def _settings(self) -> QSettings:
        return QSettings("JamsostekDesktop", "JamsostekDesktop")

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._settings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
