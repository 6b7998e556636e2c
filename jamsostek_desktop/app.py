"""Start-up of the desktop application, and create_main_window() for tests and embedding.

The start-up sequence (main): one instance per database -> open and check the
database -> first-start wizard (profile, administrator) -> login -> main window.
Each step lives in its feature's ui module; this file only orders them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from jamsostek_desktop import APP_NAME, __version__

log = logging.getLogger(__name__)


def create_main_window(db_path: str | Path):
    """Open the database at `db_path` and build the main window (not shown)."""
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.main_window import MainWindow

    init_db(db_path)
    return MainWindow()


def _parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jamsostek-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="berkas basis data, atau server kantor kota postgresql://PENGGUNA@HOST/DB")
    parser.add_argument("--server", action="store_true",
                        help="sambungkan ke server PostgreSQL kantor kota (profil tersimpan, kata sandi ditanya)")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--self-test", action="store_true",
                        help="uji mandiri program terpasang (tanpa jendela, data sementara) lalu keluar")
    parser.add_argument("--lang", choices=("id", "en"),
                        help="bahasa tampilan untuk kali ini / interface language for this run "
                             "(bawaan: pilihan di Alat > Bahasa)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def acquire_instance_lock(db_path: Path):
    """Refuse a second instance on the same database (accounts/backup feature). Returns a lock or None."""
    from jamsostek_desktop.ui.accounts import startup

    return startup.take_lock(db_path)


def open_database(db_path: Path) -> bool:
    """init_db with the start-up integrity check (accounts/backup feature). False: give up."""
    from jamsostek_desktop.ui.accounts import startup

    return startup.open_checked(db_path)


def first_start(db_path: Path) -> bool:
    """The set-up wizard when no profile exists yet (data-entry feature). False: the clerk cancelled."""
    from PySide6.QtWidgets import QDialog

    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.ui.participants.setup_wizard import SetupWizard

    if profile.get() is not None:
        return True
    wizard = SetupWizard()
    return wizard.exec() == QDialog.Accepted and profile.get() is not None


def _saved_server() -> bool:
    from jamsostek_desktop.services.server import profiles

    return profiles.load() is not None


def _connect_to_server(url: str | None):
    """The open server database's URL; None to use the local file instead; False when cancelled."""
    from PySide6.QtWidgets import QDialog

    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.server.connect_dialog import ConnectDialog

    if url is not None:
        from jamsostek_desktop.errors import ServerGoneError

        try:
            init_db(url)            # PGPASSWORD or pgpass
            return url
        except ServerGoneError:
            pass                    # ask, below
    dialog = ConnectDialog(offer_local=url is None)
    if dialog.exec() == QDialog.Accepted:
        return dialog.url
    return None if dialog.use_local else False


def login() -> bool:
    """The login dialog when accounts exist (accounts feature). False: cancelled."""
    from jamsostek_desktop.ui.accounts import startup

    return startup.run_login()


def app_icon():
    """The application icon from resources/icons (PNG sizes: no SVG plugin needed)."""
    from PySide6.QtGui import QIcon

    from jamsostek_desktop.paths import resource

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource("icons", f"jamsostek-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parse_args(argv)
    if args.self_test:
        import os

        # Before any QApplication exists: the self-test never opens a window.
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from jamsostek_desktop import selftest

        return selftest.run()

    from PySide6.QtWidgets import QApplication

    from jamsostek_desktop.errors import AppError
    from jamsostek_desktop.logging_setup import setup_logging
    from jamsostek_desktop.paths import resolve_db_path

    setup_logging()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from jamsostek_desktop.ui.common import i18n

    i18n.install(app, args.lang)
    from jamsostek_desktop.ui.common import errors, messages, screen

    errors.install()
    screen.keep_windows_on_screen(app)
    from jamsostek_desktop.ui.help import manual

    manual.install_f1(app)          # the set-up wizard and the login have their pages too
    app.setWindowIcon(app_icon())
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("JamsostekDesktop")
    db_path = resolve_db_path(args.db)
    url = None
    try:
        if isinstance(db_path, str) or args.server or (args.db is None and _saved_server()):
            # The city office's server: several staff at once, no file to lock (docs/postgresql.md).
            url = _connect_to_server(db_path if isinstance(db_path, str) else None)
            if url is False:
                return 1
            if url is None:          # "use the file on this computer"
                db_path = resolve_db_path(None)
        if isinstance(db_path, str) or url:
            if not first_start(db_path) or not login():
                return 1
        else:
            lock = acquire_instance_lock(db_path)
            if lock is None or not open_database(db_path) or not first_start(db_path) or not login():
                return 1
        from jamsostek_desktop.ui.main_window import MainWindow

        window = MainWindow()
    except AppError as exc:
        messages.critical(None, APP_NAME, messages.error_text(exc))
        return 2
    window.show()
    return app.exec()
