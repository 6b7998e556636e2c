"""Start-up steps of the accounts feature: one instance per database, the integrity check
with recovery from the newest good backup, and login (creating the administrator first
when the database has no account)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from jamsostek_desktop import APP_NAME
from jamsostek_desktop.errors import AppError, DatabaseDamagedError, StorageError
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.operations import Operation

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def take_lock(db_path: Path):
    """The instance lock, or None after telling the clerk the program is already open."""
    from jamsostek_desktop.services.backup import instance_lock

    try:
        return instance_lock.acquire(db_path)
    except StorageError as exc:
        messages.show_error(None, APP_NAME, exc)
        return None


def open_checked(db_path: Path) -> bool:
    """Quick check, then init_db. A damaged file: offer the newest good backup, never open it.

    An empty file is damage too (not a new database for the set-up wizard). A storage
    failure (read-only folder, locked file) raises StorageError: the clerk is told what it
    is and no restore is offered, since the file itself is fine.
    """
    from jamsostek_desktop.services.backup import integrity
    from jamsostek_desktop.services.startup import init_db

    if db_path.exists():
        report = integrity.quick_check(db_path)
        if not report.ok:
            log.error("database failed the start-up check: %s", report.problems[:3])
            return recover(db_path, report.problems)
    try:
        init_db(db_path)
    except DatabaseDamagedError as exc:
        return recover(db_path, [exc.message])
    return True


def recover(db_path: Path, problems: list[str]) -> bool:
    """Offer the newest good backup; True when the database was restored and opened."""
    from jamsostek_desktop.services.backup import copies as backup

    best = backup.newest_good_backup(db_path)
    detail = "\n".join(f"• {translated(p)}" for p in problems[:3])
    if best is None:
        messages.critical(None, APP_NAME, translate("Startup",
            "Basis data {path} rusak dan tidak ada cadangan yang baik.\n\n{detail}\n\n"
            "Berkas tidak dibuka agar tidak makin rusak. Hubungi petugas TI kota.").format(
            path=db_path, detail=detail))
        return False
    if not messages.confirm(None, APP_NAME, translate("Startup",
            "Basis data rusak dan tidak dapat dibuka dengan aman.\n\n{detail}\n\n"
            "Cadangan terbaru yang baik: {when}.\nPulihkan dari cadangan ini? Berkas yang rusak "
            "disimpan di folder cadangan.").format(detail=detail, when=best.taken_at.strftime("%d-%m-%Y %H:%M"))):
        return False
    outcome: list[bool] = []

    def failed(exc: BaseException) -> None:
        outcome.append(False)
        if isinstance(exc, AppError):
            messages.critical(None, APP_NAME, messages.error_text(exc))
        else:
            messages.show_error(None, APP_NAME, exc)

    # Before the main loop runs: the progress dialog turns while the start-up waits here.
    Operation(None, lambda: backup.restore(best.path, db_path, check_permission=False)) \
        .with_progress(translate("Startup", "Memulihkan data dari cadangan…")) \
        .success(lambda _kept: outcome.append(True)).failure(failed).run().wait()
    if not outcome or not outcome[0]:
        return False
    messages.inform(None, APP_NAME, translate("Startup",
        "Data dipulihkan dari cadangan {when}. Perubahan setelah waktu itu perlu dimasukkan lagi.").format(
        when=best.taken_at.strftime("%d-%m-%Y %H:%M")))
    return True


def run_login(parent=None) -> bool:
    """Create the first administrator if there is none, then log in. False: cancelled."""
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.ui.accounts.dialogs import (
        ChangePasswordDialog,
        LoginDialog,
        UserFormDialog,
    )

    if session.is_logged_in():
        return True  # the set-up wizard has just created and logged in the administrator
    if not accounts.any_account():
        form = UserFormDialog(first_admin=True, parent=parent)
        if form.exec() != QDialog.Accepted or form.created is None:
            return False
        session.set_actor(form.created)
        return True
    current = profile.get()
    place = ""
    if current is not None:
        place = current.kota if current.mode == "city" else f"Kelurahan {current.kelurahan}"
    dialog = LoginDialog(place, parent)
    if dialog.exec() != QDialog.Accepted or dialog.actor is None:
        return False
    if accounts.must_change_password(dialog.actor.username):
        change = ChangePasswordDialog(dialog.actor.username, dialog.password_typed, forced=True, parent=parent)
        if change.exec() != QDialog.Accepted:
            return False
    session.set_actor(dialog.actor)
    return True
