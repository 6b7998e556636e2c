"""The main window frame: menus, toolbar, navigator, the list and dashboard pages, status bar.

Features add their menu entries through FEATURE_MODULES: each named module has
`install(window)` and uses `window.menu(key)` to find its menu. They read what the
clerk has selected through `current_scope()` and `selected_participant_ids()`, and
call `refresh_data()` after they changed data.

    +-----------+-------------------------------------------------------+
    | Navigator | Participant list (search, filters, table)  | Dashboard |
    +-----------+-------------------------------------------------------+
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QStackedWidget, QToolBar

from jamsostek_desktop import APP_NAME, __version__
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import listing, regions
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common import screen
from jamsostek_desktop.ui.participants.model import column_of
from jamsostek_desktop.ui.participants.navigator import Navigator
from jamsostek_desktop.ui.participants.view import ParticipantListPage

log = logging.getLogger(__name__)

# Each module: install(window: MainWindow) -> None.
FEATURE_MODULES: list[str] = [
    "jamsostek_desktop.ui.participants.list_menu",
    "jamsostek_desktop.ui.printing.menu",
    "jamsostek_desktop.ui.sync.menu",
    "jamsostek_desktop.ui.excel.menu",
    "jamsostek_desktop.ui.residents.menu",
    "jamsostek_desktop.ui.accounts.menu",
    "jamsostek_desktop.ui.tenure.menu",
    "jamsostek_desktop.ui.screening.menu",
    "jamsostek_desktop.ui.money.menu",
    "jamsostek_desktop.ui.common.language_dialog",
    "jamsostek_desktop.ui.help.menu",
]

# Menu keys (objectNames) and their Indonesian titles, in menu-bar order.
MENUS = (
    ("menu_berkas", QT_TRANSLATE_NOOP("MainWindow", "&Berkas")),
    ("menu_sunting", QT_TRANSLATE_NOOP("MainWindow", "S&unting")),
    ("menu_data", QT_TRANSLATE_NOOP("MainWindow", "&Data")),
    ("menu_cetak", QT_TRANSLATE_NOOP("MainWindow", "&Cetak")),
    ("menu_sinkron", QT_TRANSLATE_NOOP("MainWindow", "&Sinkronisasi")),
    ("menu_alat", QT_TRANSLATE_NOOP("MainWindow", "&Alat")),
    ("menu_bantuan", QT_TRANSLATE_NOOP("MainWindow", "Ban&tuan")),
)


NAVIGATOR_LEAST = 250     # px: on a 1024 px screen the names keep their counts, the list scrolls a little


def _record_actions():
    # Imported on first use: the entry form is not needed to show the list at launch.
    from jamsostek_desktop.ui.participants import record_actions

    return record_actions


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        profile = profile_service.get()
        self.city_mode = bool(profile and profile.mode == "city")
        place = ""
        if profile is not None:
            place = profile.kota if self.city_mode else f"Kelurahan {profile.kelurahan}"
        self.kelurahan_code = profile.region_code if profile is not None and not self.city_mode else None
        self.setWindowTitle(f"{APP_NAME} {__version__}" + (f" — {place}" if place else ""))
        self._menus: dict[str, QMenu] = {}
        for key, title in MENUS:
            menu = self.menuBar().addMenu(self.tr(title))
            menu.setObjectName(key)
            self._menus[key] = menu
        self.toolbar = QToolBar(self.tr("Alat utama"), self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        listing.ensure_statistics()

        self.navigator = Navigator(self.city_mode, profile.kota if profile else "",
                                   profile.region_code if profile else "", self)
        self.list_page = ParticipantListPage(self)
        self.list_page.model.set_kelurahan_names({k.code: k.kelurahan for k in regions.all_kelurahan()})
        self.list_page.table.setColumnHidden(column_of("kelurahan"), not self.city_mode)
        self._dashboard_page = None   # built when first shown: launch shows the list first
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.list_page)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.statusBar().setObjectName("status_bar")

        self._build_base_actions()
        self.navigator.selection_changed.connect(self._navigate)
        self.navigator.region_changed.connect(self._navigate)
        self.list_page.selection_changed.connect(self._update_actions)
        self.list_page.query_changed.connect(self._update_actions)
        self.list_page.open_requested.connect(self.edit_participant)
        self.navigator.refresh_counts()
        self._navigate()

        for name in FEATURE_MODULES:
            importlib.import_module(name).install(self)
        self._navigator_width_chosen = False     # the clerk dragged the splitter
        self.splitter.splitterMoved.connect(self._navigator_moved)
        self.splitter.installEventFilter(self)
        screen.fit(self, 1366, 768)
        self._size_navigator()
        self._restore_geometry()

    @property
    def dashboard_page(self):
        if self._dashboard_page is None:
            from jamsostek_desktop.ui.participants.dashboard import DashboardPage

            self._dashboard_page = DashboardPage(self)
            self._dashboard_page.list_requested.connect(self.open_list)
            self.pages.addWidget(self._dashboard_page)
        return self._dashboard_page

    # --- the API features use ------------------------------------------------------
    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def add_action(self, menu_key: str, object_name: str, text: str, slot, shortcut=None,
                   toolbar: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(object_name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '').rstrip('.…')} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        self.menu(menu_key).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def current_scope(self) -> Scope:
        """What the navigator and the filters select now (the archive lists archived records)."""
        kind, _ = self.navigator.current()
        if kind == "dashboard":
            return self.navigator_scope()
        return self.list_page.current_scope()

    def selected_participant_ids(self) -> list[int]:
        if self.pages.currentWidget() is not self.list_page:
            return []
        return self.list_page.selected_ids()

    def refresh_data(self) -> None:
        """Reload counts, list and dashboard after another feature changed the data."""
        from jamsostek_desktop.services.participants import catalogue

        catalogue.invalidate()
        if set(self.navigator.category_codes()) != {c.code for c in catalogue.all_categories()}:
            self.navigator.rebuild()   # a category was added (catalogue import, sync)
        self.list_page.model.set_kelurahan_names({k.code: k.kelurahan for k in regions.all_kelurahan()})
        listing.ensure_statistics()
        self.navigator.refresh_counts()
        self.list_page.reload()
        if self._dashboard_page is not None and self.pages.currentWidget() is self._dashboard_page:
            self._dashboard_page.reload()
        self._update_actions()

    # --- navigation ----------------------------------------------------------------------
    def navigator_scope(self) -> Scope:
        kind, value = self.navigator.current()
        prefix = self.navigator.kelurahan_prefix()
        if kind == "category":
            return Scope(category=value, kelurahan_prefix=prefix)
        if kind == "group":
            return Scope(group=value, kelurahan_prefix=prefix)
        return Scope(kelurahan_prefix=prefix)

    def _navigate(self) -> None:
        kind, _ = self.navigator.current()
        title = self.navigator.current_title()
        if kind == "dashboard":
            self.dashboard_page.show_scope(self.navigator_scope(), self.navigator.region_title())
            self.pages.setCurrentWidget(self.dashboard_page)
            self.statusBar().clearMessage()
        else:
            self.list_page.show_scope(self.navigator_scope(), title, archived=(kind == "archive"))
            self.pages.setCurrentWidget(self.list_page)
        self._update_actions()

    def open_list(self, kind: str | None, value: str | None = None, status: str | None = None) -> None:
        """Show the list of a navigator entry (everyone when `kind` is None), filtered by `status`."""
        status_filter = self.list_page.filter_status
        status_filter.blockSignals(True)
        status_filter.setCurrentIndex(max(status_filter.findData(status), 0) if status else 0)
        status_filter.blockSignals(False)
        self.navigator.select(kind or "all", value)
        self._navigate()

    def show_dashboard(self) -> None:
        self.navigator.select("dashboard")

    def focus_search(self) -> None:
        if self.pages.currentWidget() is not self.list_page:
            self.navigator.select("all")
        self.list_page.focus_search()

    # --- actions -------------------------------------------------------------------------
    def _build_base_actions(self) -> None:
        data = "menu_data"
        self.action_add = self.add_action(data, "add", self.tr("&Tambah peserta…"),
                                          lambda: self.add_participant(), QKeySequence.New, toolbar=True)
        self.action_edit = self.add_action(data, "edit", self.tr("&Ubah peserta…"),
                                           lambda: self.edit_selected(), "Ctrl+E", toolbar=True)
        self.action_status = self.add_action(data, "change_status", self.tr("Ubah &status…"),
                                             lambda: self.change_status(), "Ctrl+T", toolbar=True)
        self.action_archive = self.add_action(data, "archive", self.tr("&Arsipkan…"),
                                              lambda: self.archive_selected(), QKeySequence.Delete,
                                              toolbar=True)
        self.action_restore = self.add_action(data, "restore", self.tr("&Pulihkan dari arsip…"),
                                              lambda: self.restore_selected(), "Ctrl+R", toolbar=True)
        self.menu("menu_data").addSeparator()
        self.add_action("menu_data", "search", self.tr("&Cari…"), self.focus_search, QKeySequence.Find)
        self.add_action("menu_data", "dashboard", self.tr("&Dasbor"), self.show_dashboard, "Ctrl+D", toolbar=True)
        self.add_action("menu_data", "refresh", self.tr("&Muat ulang"), self.refresh_data, QKeySequence.Refresh)
        self.toolbar.addSeparator()
        self.add_action("menu_berkas", "quit", self.tr("&Keluar"), self.close, QKeySequence.Quit)
        self.add_action("menu_bantuan", "about", self.tr("&Tentang"), self.show_about)

    def _update_actions(self) -> None:
        on_list = self.pages.currentWidget() is self.list_page
        archived = self.list_page.archived
        selected = len(self.list_page.selected_rows()) if on_list else 0
        kind, _ = self.navigator.current()
        self.action_add.setEnabled(kind != "archive" and self.kelurahan_for_new() is not None)
        self.action_edit.setEnabled(on_list and not archived and selected == 1)
        self.action_status.setEnabled(on_list and not archived and selected > 0)
        self.action_archive.setEnabled(on_list and not archived and selected > 0)
        self.action_restore.setEnabled(on_list and archived and selected > 0)
        if on_list:
            total = self.list_page.model.rowCount()
            text = self.tr("{n} peserta").format(n=f"{total:,}".replace(",", "."))
            if selected:
                text += self.tr(" · {n} dipilih").format(n=f"{selected:,}".replace(",", "."))
            self.statusBar().showMessage(text)

    def kelurahan_for_new(self) -> str | None:
        """Which kelurahan a new participant belongs to: ours, or in city mode the one picked."""
        if not self.city_mode:
            return self.kelurahan_code
        prefix = self.navigator.kelurahan_prefix()
        return prefix if prefix and region.is_village_code(prefix) else None

    def run_service(self, title: str, work) -> bool:
        """Run a service call; an AppError becomes a message to the clerk."""
        try:
            work()
        except AppError as exc:
            ask.show_error(self, title, exc)
            return False
        return True

    def add_participant(self, category_code: str | None = None):
        return _record_actions().add_participant(self, category_code)

    def edit_selected(self) -> None:
        pid = self.list_page.current_id()
        if pid is not None and not self.list_page.archived:
            self.edit_participant(pid)

    def edit_participant(self, participant_id: int):
        return _record_actions().edit_participant(self, participant_id)

    def archive_selected(self, reason: str | None = None) -> int:
        return _record_actions().archive(self, reason)

    def restore_selected(self, reason: str | None = None) -> int:
        return _record_actions().restore(self, reason)

    def change_status(self, target: str | None = None, reason: str | None = None) -> int:
        return _record_actions().change_status(self, target, reason)

    def after_change(self, select_ids: list[int] | None = None, message: str = "", *,
                     added_to: str | None = None, counts_changed: bool = True,
                     edited: int | None = None) -> None:
        """Counts and list after this window changed data, selecting `select_ids`.

        A new participant adds one to its category's count; an edit or a status change
        leaves the counts as they were, so neither pays for a recount at 150,000 rows. After one
        new (`added_to`) or `edited` participant only that line of the list is read again.
        """
        if added_to is not None:
            self.navigator.add_to_count(added_to)
            self.list_page.reload_after_insert(select_ids[0])
        elif edited is not None:
            self.list_page.reload_after_edit(edited)
        else:
            if counts_changed:
                self.navigator.refresh_counts()
            self.list_page.reload(select_ids or None, refresh_choices=counts_changed)
        self._update_actions()
        if message:
            self.statusBar().showMessage(message, 8000)

    def show_about(self) -> None:
        ask.about(
            self, self.tr("Tentang {app}").format(app=APP_NAME),
            self.tr("<b>{app}</b> versi {version}<br><br>"
                    "Pendataan pekerja rentan non-ASN untuk kepesertaan BPJS Ketenagakerjaan "
                    "yang iurannya dibayar APBD.<br>Bekerja tanpa jaringan; data tersimpan di komputer ini."
                    ).format(app=APP_NAME, version=__version__),
        )

    def _size_navigator(self) -> None:
        """The navigator as wide as its longest category name where the window has room; on a
        small screen the list keeps the width its columns need and the names are shortened."""
        total = self.splitter.width() - self.splitter.handleWidth()
        room = total - self.list_page.wanted_width()
        wanted = min(self.navigator.preferred_width(), max(room, NAVIGATOR_LEAST))
        self.splitter.setSizes([wanted, max(total - wanted, 1)])

    def _navigator_moved(self, *_args) -> None:
        self._navigator_width_chosen = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        # The splitter resized with the window: share its new width out again.
        if watched is self.splitter and event.type() == QEvent.Resize and not self._navigator_width_chosen:
            self.splitter.blockSignals(True)
            self._size_navigator()
            self.splitter.blockSignals(False)
        return super().eventFilter(watched, event)

    # --- window state ----------------------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings("JamsostekDesktop", "JamsostekDesktop")

    def _restore_geometry(self) -> None:
        settings = self._settings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
            self._navigator_width_chosen = True

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        settings = self._settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        if self._navigator_width_chosen:
            # Only a width the clerk chose: otherwise the navigator follows the window's width.
            settings.setValue("main_window/splitter", self.splitter.saveState())
        else:
            settings.remove("main_window/splitter")
        super().closeEvent(event)
