"""User accounts: create, log in with lock-out, reset and change passwords, roles.

Passwords are hashed with argon2id (OWASP's minimum parameters, about 50 ms on an
old office PC) and never leave the `user_account` table: the audit trail records
that a password changed, never the value. Five wrong passwords in a row lock the
account for a few minutes. The first account of a database must be an
administrator; after that only an administrator manages users.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from peewee import DatabaseError, IntegrityError

from jamsostek_desktop.db.account_models import UserAccount
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import utc_now
from jamsostek_desktop.errors import AppError, NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit, seal, session
from jamsostek_desktop.services.accounts.session import ROLE_LABELS, ROLES, Actor

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$")

_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
# Verified against when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("jamsostek-desktop-dummy")


class LoginError(AppError):
    """Wrong name or password, or an account that may not log in now."""


class AccountLockedError(LoginError):
    def __init__(self, message: str, until: dt.datetime) -> None:
        super().__init__(message)
        self.until = until


@dataclass(frozen=True)
class UserInfo:
    """What the user list shows; no hash."""

    username: str
    full_name: str
    role: str
    active: bool
    failed_attempts: int
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    created_at: dt.datetime

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or clock())


def clock() -> dt.datetime:
    """Naive UTC now; a seam for tests of the lock-out period."""
    return utc_now()


def any_account() -> bool:
    """True when the database has at least one account (then the CLI and GUI need a login)."""
    if db.is_closed() and db.database is None:
        return False
    try:
        return UserAccount.select().exists()
    except DatabaseError:
        return False  # an old file before the accounts schema step


def _info(row: UserAccount) -> UserInfo:
    return UserInfo(row.username, row.full_name, row.role, bool(row.active), row.failed_attempts,
                    row.locked_until, row.last_login_at, row.created_at)


def _actor(row: UserAccount) -> Actor:
    return Actor(row.username, row.role, row.full_name)


def check_username(username: str) -> str:
    name = (username or "").strip()
    if not USERNAME_PATTERN.match(name):
        raise ValidationError(translate(
            "users", "Nama pengguna harus 3–32 karakter: huruf, angka, titik, garis bawah atau tanda minus, "
            "tanpa spasi."))
    return name


def check_password(password: str, username: str = "") -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(translate("users", "Kata sandi minimal {n} karakter.").format(n=MIN_PASSWORD_LENGTH))
    if username and password.strip().lower() == username.strip().lower():
        raise ValidationError(translate("users", "Kata sandi tidak boleh sama dengan nama pengguna."))


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError(translate("users", "Peran tidak dikenal: {role}. Pilihan: {roles}.").format(
            role=role, roles=", ".join(ROLES)))
    return role


def _get(username: str) -> UserAccount:
    row = UserAccount.by_username(username)
    if row is None:
        raise NotFoundError(translate("users", "Pengguna '{name}' tidak ditemukan.").format(name=username))
    return row


def create_user(username: str, password: str, role: str = "operator", full_name: str = "") -> Actor:
    """Add an account. The first account of a database must be an administrator."""
    first = not any_account()
    if not first:
        session.require("users.manage")
    name = check_username(username)
    _check_role(role)
    if first and role != "admin":
        raise ValidationError(translate("users", "Akun pertama harus Administrator."))
    check_password(password, name)
    if UserAccount.by_username(name) is not None:
        raise ValidationError(translate("users", "Nama pengguna '{name}' sudah dipakai.").format(name=name))
    full_name = (full_name or "").strip()
    try:
        with db.atomic():
            row = UserAccount.create(username=name, full_name=full_name, role=role,
                                     password_hash=_hasher.hash(password))
            seal.users(row.id)
            audit.record_changes("create", "user_account", name, {},
                                 {"role": role, "full_name": full_name, "active": True},
                                 actor=None if not first else name)
    except IntegrityError as exc:
        raise ValidationError(translate("users", "Nama pengguna '{name}' sudah dipakai.").format(name=name)) from exc
    log.info("account created (role %s)", role)
    return _actor(row)


def authenticate(username: str, password: str) -> Actor:
    """Check a login; counts wrong passwords and locks the account after MAX_ATTEMPTS.

    Each guess first reserves its attempt in a write transaction, and only then is the
    password checked: guesses made in parallel (forty processes at once) queue on that
    transaction, so no more than MAX_ATTEMPTS of them are ever checked before the lock.
    """
    row = UserAccount.by_username(username)
    if row is None:
        try:
            _hasher.verify(_DUMMY_HASH, password or "")
        except VerificationError:
            pass
        raise LoginError(translate("users", "Nama pengguna atau kata sandi salah."))
    attempt = _reserve_attempt(row.id)
    try:
        _hasher.verify(row.password_hash, password or "")
    except (VerificationError, InvalidHashError):
        return _wrong_password(row, attempt)
    with db.atomic():
        changes = {"failed_attempts": 0, "locked_until": None, "last_login_at": clock()}
        if _hasher.check_needs_rehash(row.password_hash):
            changes["password_hash"] = _hasher.hash(password)
        UserAccount.update(**changes).where(UserAccount.id == row.id).execute()
        seal.users(row.id)
        audit.record("login", "user_account", row.username, actor=row.username)
    return _actor(row)


def _reserve_attempt(account_id: int) -> int:
    """Count this guess before its password is checked; returns its number in the current run.

    Refuses (raises) when the account is inactive or locked, or when MAX_ATTEMPTS guesses
    are already counted: a guess arriving then locks the account without being checked.
    """
    now = clock()
    refusal: LoginError | None = None
    with db.atomic():                    # IMMEDIATE: one guess at a time reads and counts
        row = UserAccount.get_by_id(account_id)
        attempts = row.failed_attempts
        if not row.active:
            refusal = LoginError(translate("users", "Akun ini dinonaktifkan; hubungi administrator."))
        elif row.locked_until is not None and row.locked_until > now:
            refusal = _locked_error(row.locked_until, now)
        else:
            if row.locked_until is not None:
                attempts = 0             # an earlier lock ran out: a new run of attempts
            if attempts >= MAX_ATTEMPTS:
                until = _lock(row, now)
                refusal = _locked_error(until, now)
            else:
                attempts += 1
                UserAccount.update(failed_attempts=attempts, locked_until=None).where(
                    UserAccount.id == account_id).execute()
                seal.users(account_id)
    if refusal is not None:
        raise refusal
    return attempts


def _lock(row: UserAccount, now: dt.datetime) -> dt.datetime:
    """Lock the account (inside the caller's transaction); returns until when."""
    until = now + dt.timedelta(minutes=LOCK_MINUTES)
    UserAccount.update(failed_attempts=0, locked_until=until).where(UserAccount.id == row.id).execute()
    seal.users(row.id)
    audit.record("lock", "user_account", row.username, field="locked_until", new=until,
                 reason=f"{MAX_ATTEMPTS} kali salah kata sandi", actor=row.username)
    return until


def _wrong_password(row: UserAccount, attempt: int):
    """A wrong password (its attempt already counted); the MAX_ATTEMPTS-th in a run locks the account."""
    log.warning("failed login (%d of %d)", attempt, MAX_ATTEMPTS)
    now = clock()
    if attempt < MAX_ATTEMPTS:
        raise LoginError(translate("users", "Nama pengguna atau kata sandi salah. Sisa percobaan: {n}.").format(
            n=MAX_ATTEMPTS - attempt))
    with db.atomic():
        fresh = UserAccount.get_by_id(row.id)
        if fresh.locked_until is not None and fresh.locked_until > now:
            until = fresh.locked_until   # a guess in parallel has locked it already
        else:
            until = _lock(fresh, now)
    raise _locked_error(until, now)


def _locked_error(until: dt.datetime, now: dt.datetime) -> AccountLockedError:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))
    return AccountLockedError(translate(
        "users", "Akun terkunci karena {attempts} kali salah kata sandi. Coba lagi dalam {minutes} menit "
        "atau minta administrator membuka kuncinya.").format(attempts=MAX_ATTEMPTS, minutes=minutes), until)


def list_users() -> list[UserInfo]:
    return [_info(r) for r in UserAccount.select().order_by(UserAccount.username)]


def get_user(username: str) -> UserInfo:
    return _info(_get(username))


def lock_status(username: str) -> UserInfo:
    """The account's counters, for `jamsostek user status` and the user list."""
    return get_user(username)


def _active_admins(excluding: int | None = None) -> int:
    query = UserAccount.select().where(UserAccount.role == "admin", UserAccount.active == True)  # noqa: E712
    if excluding is not None:
        query = query.where(UserAccount.id != excluding)
    return query.count()


def update_user(username: str, *, full_name: str | None = None, role: str | None = None,
                active: bool | None = None, reason: str = "") -> UserInfo:
    """Change name, role or active flag (admin). At least one active administrator remains."""
    session.require("users.manage")
    row = _get(username)
    before = {"full_name": row.full_name, "role": row.role, "active": bool(row.active)}
    after = dict(before)
    if full_name is not None:
        after["full_name"] = full_name.strip()
    if role is not None:
        after["role"] = _check_role(role)
    if active is not None:
        after["active"] = bool(active)
    if after == before:
        return _info(row)
    if before["role"] == "admin" and before["active"] and (after["role"] != "admin" or not after["active"]):
        if _active_admins(excluding=row.id) == 0:
            raise ValidationError(translate("users", "Harus tetap ada sedikitnya satu Administrator aktif."))
    if not after["active"] and row.username.lower() == session.current_username().lower():
        raise ValidationError(translate("users", "Anda tidak dapat menonaktifkan akun Anda sendiri."))
    with db.atomic():
        UserAccount.update(**after, updated_at=utc_now()).where(UserAccount.id == row.id).execute()
        seal.users(row.id)
        audit.record_changes("update", "user_account", row.username, before, after, reason)
    return get_user(row.username)


def reset_password(username: str, new_password: str, *, must_change: bool = True) -> None:
    """An administrator sets a new password (and lifts any lock-out)."""
    session.require("users.manage")
    row = _get(username)
    check_password(new_password, row.username)
    with db.atomic():
        UserAccount.update(password_hash=_hasher.hash(new_password), failed_attempts=0, locked_until=None,
                           must_change_password=must_change, updated_at=utc_now()
                           ).where(UserAccount.id == row.id).execute()
        seal.users(row.id)
        audit.record("password_reset", "user_account", row.username, field="password")


def change_password(username: str, old_password: str, new_password: str) -> None:
    """A user changes their own password, proving the old one."""
    row = _get(username)
    try:
        _hasher.verify(row.password_hash, old_password or "")
    except (VerificationError, InvalidHashError) as exc:
        raise LoginError(translate("users", "Kata sandi lama salah.")) from exc
    check_password(new_password, row.username)
    if new_password == old_password:
        raise ValidationError(translate("users", "Kata sandi baru harus berbeda dari yang lama."))
    with db.atomic():
        UserAccount.update(password_hash=_hasher.hash(new_password), must_change_password=False,
                           updated_at=utc_now()).where(UserAccount.id == row.id).execute()
        seal.users(row.id)
        audit.record("password_change", "user_account", row.username, field="password",
                     actor=row.username)


def unlock(username: str) -> None:
    """Lift a lock-out before it runs out (admin)."""
    session.require("users.manage")
    row = _get(username)
    with db.atomic():
        UserAccount.update(failed_attempts=0, locked_until=None).where(UserAccount.id == row.id).execute()
        seal.users(row.id)
        audit.record("unlock", "user_account", row.username, field="locked_until", old=row.locked_until)


def must_change_password(username: str) -> bool:
    row = UserAccount.by_username(username)
    return bool(row and row.must_change_password)
