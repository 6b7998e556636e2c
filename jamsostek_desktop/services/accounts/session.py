"""Who is acting, and what their role may do.

The GUI sets the actor after login and the CLI after `--user`; services call
`require()` before a change, so a rule holds whatever button is shown or hidden.
A database with no account yet has no one to check, so it is open (the first
start then asks for an administrator).
"""

from __future__ import annotations

from dataclasses import dataclass

from jamsostek_desktop.errors import PermissionDeniedError, translate

ROLES = ("operator", "verifikator", "admin")
ROLE_LABELS = {"operator": translate("session", "Operator"), "verifikator": translate("session", "Verifikator"),
               "admin": translate("session", "Administrator")}

# What each role may do; admin may do everything.
PERMISSIONS: dict[str, frozenset[str]] = {
    "operator": frozenset({"data.view", "participant.edit", "report.print", "sync.export", "excel.import",
                           "excel.export", "backup.make", "residents.import"}),
    "verifikator": frozenset({"data.view", "participant.edit", "participant.verify", "participant.archive",
                              "report.print", "sync.export", "excel.import", "excel.export",
                              "backup.make", "audit.view", "residents.import"}),
    "admin": frozenset({"*"}),
}
PERMISSION_LABELS = {
    "data.view": translate("session", "melihat data peserta dan pengguna"),
    "participant.edit": translate("session", "mengubah data peserta"),
    "participant.verify": translate("session", "memverifikasi dan mengajukan peserta"),
    "participant.archive": translate("session", "mengarsipkan peserta"),
    "profile.edit": translate("session", "mengubah profil kelurahan"),
    "catalogue.edit": translate("session", "mengubah katalog kategori"),
    "rates.edit": translate("session", "mengubah tarif iuran"),
    "users.manage": translate("session", "mengelola pengguna"),
    "backup.restore": translate("session", "memulihkan cadangan"),
    "sync.import": translate("session", "menerima data sinkronisasi"),
    "demo.generate": translate("session", "mengisi data contoh (sintetis)"),
    "audit.view": translate("session", "melihat dan mengekspor log audit"),
    "backup.make": translate("session", "membuat cadangan"),
    "residents.import": translate("session", "mengimpor data penduduk"),
}


@dataclass(frozen=True)
class Actor:
    username: str
    role: str
    full_name: str = ""

    def may(self, permission: str) -> bool:
        allowed = PERMISSIONS.get(self.role, frozenset())
        return "*" in allowed or permission in allowed


SYSTEM = Actor("sistem", "admin", "Sistem")
_current: Actor | None = None


def set_actor(actor: Actor | None) -> None:
    global _current
    _current = actor


def current_actor() -> Actor:
    """The logged-in user, or SYSTEM while the database has no account."""
    return _current or SYSTEM


def is_logged_in() -> bool:
    """A person has logged in (or was just created as the first administrator)."""
    return _current is not None


def current_username() -> str:
    return current_actor().username


def require(permission: str) -> None:
    actor = _current
    if actor is None:
        if _accounts_exist():
            raise PermissionDeniedError(translate(
                "session", "Silakan masuk (login) terlebih dahulu; di baris perintah gunakan --user NAMA."))
        return
    if not actor.may(permission):
        what = PERMISSION_LABELS.get(permission, permission)
        raise PermissionDeniedError(translate("session", "Peran {role} tidak berwenang {what}.").format(
            role=ROLE_LABELS.get(actor.role, actor.role), what=what))


def _accounts_exist() -> bool:
    """Accounts live in the accounts service; absent that table, nobody has an account."""
    try:
        from jamsostek_desktop.services.accounts import users as accounts
    except ImportError:
        return False
    return accounts.any_account()
