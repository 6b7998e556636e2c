"""Menu entries of the accounts feature: install(window) adds them to the main window.

Berkas: Ganti kata sandi, Ganti pengguna. Data: Riwayat peserta. Alat: Pengguna, Log audit, Cadangkan
sekarang, Pulihkan dari cadangan, Folder cadangan kedua, Periksa basis data. Entries a
role may not use are disabled; the services refuse them anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import role_label
from jamsostek_desktop.ui.common.operations import Operation

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def install(window) -> None:
    from jamsostek_desktop.ui.accounts import backup_ui

    actor = session.current_actor()
    berkas = window.menu("menu_berkas")
    quit_action = next((a for a in berkas.actions() if a.objectName() == "quit"), None)
    for name, text, slot in (
            ("change_password", translate("AccountsMenu", "Ganti &kata sandi…"), lambda: change_password(window)),
            ("switch_user", translate("AccountsMenu", "Ganti &pengguna…"), lambda: relogin(window))):
        added = window.add_action("menu_berkas", name, text, slot)
        if quit_action is not None:  # "Keluar" stays the last entry
            berkas.removeAction(added)
            berkas.insertAction(quit_action, added)
    if quit_action is not None:
        berkas.insertSeparator(quit_action)
    window.add_action("menu_data", "participant_history", translate("AccountsMenu", "&Riwayat peserta…"),
                      lambda: show_history(window), "Ctrl+H")
    alat = window.menu("menu_alat")
    users = window.add_action("menu_alat", "manage_users", translate("AccountsMenu", "&Pengguna…"),
                              lambda: manage_users(window))
    users.setEnabled(actor.may("users.manage"))
    log = window.add_action("menu_alat", "audit_log", translate("AccountsMenu", "&Log audit…"),
                            lambda: show_audit_log(window))
    log.setEnabled(actor.may("audit.view"))
    alat.addSeparator()
    make = window.add_action("menu_alat", "backup_now", translate("AccountsMenu", "&Cadangkan sekarang"),
                             lambda: backup_ui.backup_now(window))
    make.setEnabled(actor.may("backup.make"))
    restore = window.add_action("menu_alat", "restore_backup", translate("AccountsMenu", "Pulihkan dari ca&dangan…"),
                                lambda: restore_backup(window))
    restore.setEnabled(actor.may("backup.restore"))
    if not actor.may("backup.restore"):
        restore.setToolTip(translate("AccountsMenu", "Hanya Administrator yang dapat memulihkan cadangan."))
    window.add_action("menu_alat", "second_backup_folder", translate("AccountsMenu", "Folder cadangan &kedua…"),
                      lambda: backup_ui.choose_second_folder(window))
    window.add_action("menu_alat", "check_database", translate("AccountsMenu", "P&eriksa basis data"),
                      lambda: check_database(window))

    who = QLabel(translate("AccountsMenu", "Pengguna: {name} ({role})").format(
        name=translate("AccountsMenu", "Sistem (belum ada akun)") if actor == session.SYSTEM
        else actor.full_name or actor.username, role=role_label(actor.role)))
    who.setObjectName("current_user_label")
    window.statusBar().addPermanentWidget(who)
    auto = backup_ui.AutoBackup.instance()
    notifier = backup_ui.BackupNotifier(window.statusBar())
    auto.finished.connect(notifier.finished)
    auto.failed.connect(notifier.failed)


def change_password(window) -> None:
    from jamsostek_desktop.ui.accounts.dialogs import ChangePasswordDialog

    if not session.is_logged_in():
        messages.inform(window, translate("AccountsMenu", "Ganti kata sandi"),
                        translate("AccountsMenu", "Belum ada pengguna yang masuk."))
        return
    if ChangePasswordDialog(session.current_username(), parent=window).exec() == QDialog.Accepted:
        messages.inform(window, translate("AccountsMenu", "Ganti kata sandi"),
                        translate("AccountsMenu", "Kata sandi diganti."))


def show_history(window) -> None:
    from jamsostek_desktop.ui.accounts.audit_view import HistoryDialog

    selected = getattr(window, "selected_participant_ids", None)
    ids = list(selected()) if callable(selected) else []
    if len(ids) != 1:
        messages.inform(window, translate("AccountsMenu", "Riwayat peserta"),
                        translate("AccountsMenu", "Pilih satu peserta dalam daftar dulu."))
        return
    try:
        HistoryDialog(ids[0], window).exec()
    except AppError as exc:
        messages.show_error(window, translate("AccountsMenu", "Riwayat peserta"), exc)


def manage_users(window) -> None:
    from jamsostek_desktop.ui.accounts.users_dialog import UsersDialog

    try:
        session.require("users.manage")
    except AppError as exc:
        messages.show_error(window, translate("AccountsMenu", "Pengguna"), exc)
        return
    UsersDialog(window).exec()


def show_audit_log(window) -> None:
    from jamsostek_desktop.ui.accounts.audit_view import open_audit_log

    open_audit_log(window)


def restore_backup(window) -> Operation | None:
    """Choose, verify and restore a backup in the background; then log in again to the restored data.

    The window hides meanwhile (its data is about to be replaced) and the GUI thread lets go
    of the database, so nothing reads the file while it is swapped.
    """
    from jamsostek_desktop.services import startup
    from jamsostek_desktop.services.backup import copies as backup
    from jamsostek_desktop.ui.accounts.backup_ui import RestoreDialog

    title = translate("AccountsMenu", "Pulihkan dari cadangan")
    try:
        session.require("backup.restore")
    except AppError as exc:
        messages.show_error(window, title, exc)
        return None
    dialog = RestoreDialog(window)
    if dialog.exec() != QDialog.Accepted or dialog.chosen is None:
        return None
    chosen = dialog.chosen
    startup.close_database()
    window.hide()

    def restored(kept) -> None:
        messages.inform(None, title, translate(
            "AccountsMenu",
            "Data dipulihkan dari {name}.\nData sebelumnya disimpan sebagai {kept}.\n\n"
            "Silakan masuk lagi.").format(name=chosen.name, kept=kept.name if kept else "-"))
        relogin(window)

    def failed(exc: BaseException) -> None:
        window.show()
        messages.show_error(window, title, exc)

    return Operation(window, lambda: backup.restore(chosen)) \
        .with_progress(translate("AccountsMenu", "Memulihkan data dari cadangan…")) \
        .success(restored).failure(failed).run()


def relogin(window):
    """Log in again and rebuild the main window for that user (after "Ganti pengguna" or a
    restore, whose file may hold other users and other data). Returns the new window;
    cancelled: the program ends."""
    from jamsostek_desktop.ui.accounts.startup import run_login
    from jamsostek_desktop.ui.main_window import MainWindow

    session.set_actor(None)
    window.hide()
    if not run_login():
        window.close()
        QApplication.quit()
        return None
    replacement = MainWindow()
    replacement.show()
    window.close()
    window.deleteLater()
    return replacement


def check_database(window) -> Operation:
    """The full integrity check (seconds on a large file) in the background, then its verdict."""
    from jamsostek_desktop.services import startup
    from jamsostek_desktop.services.backup import integrity

    title = translate("AccountsMenu", "Periksa basis data")
    path = startup.database_path()
    return Operation(window, lambda: integrity.full_check(path)) \
        .with_progress(translate("AccountsMenu", "Memeriksa basis data…")) \
        .success(lambda report: _show_check(window, title, report)).run()


def _show_check(window, title: str, report) -> None:
    from jamsostek_desktop.services.backup import integrity

    counts = "\n".join(f"{translated(label)}: {report.counts[t]:,}".replace(",", ".")
                       for t, label in integrity.COUNTED_TABLES.items() if t in report.counts)
    counts += "".join(f"\n\n• {translated(n)}" for n in report.notices[:5])
    if report.ok:
        messages.inform(window, title, translate(
            "AccountsMenu",
            "Basis data baik (integrity_check, foreign key, versi skema {v}).\n\n{counts}").format(
            v=report.schema_version, counts=counts))
    else:
        messages.warn(window, title, translate(
            "AccountsMenu",
            "Basis data bermasalah:\n{problems}\n\nPulihkan dari cadangan terbaru yang baik.").format(
            problems="\n".join(f"• {translated(p)}" for p in report.problems[:8])))
