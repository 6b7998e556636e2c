"""Accounts: first administrator, login_as, lock-out, password changes, user management."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.account_models import UserAccount
from jamsostek_desktop.db.models import AuditEntry
from jamsostek_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.services.accounts import users as accounts
from jamsostek_desktop.services.accounts.users import AccountLockedError, LoginError
from tests.conftest import PASSWORDS


@pytest.mark.real_hash
def test_fresh_database_has_no_account_and_first_must_be_admin(kelurahan_db):
    assert not accounts.any_account()
    with pytest.raises(ValidationError, match="Akun pertama harus Administrator"):
        accounts.create_user("budi", "operator-rahasia", role="operator")
    actor = accounts.create_user("Admin", "admin-rahasia", role="admin", full_name="Ibu Admin")
    assert (actor.username, actor.role, actor.full_name) == ("Admin", "admin", "Ibu Admin")
    assert accounts.any_account()
    stored = UserAccount.by_username("admin")  # case-insensitive
    # argon2id with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
    assert stored.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "admin-rahasia" not in stored.password_hash


def test_after_the_first_account_only_an_admin_creates_users(staffed_db, login_as):
    with pytest.raises(PermissionDeniedError, match="login"):
        accounts.create_user("tono", "tono-rahasia")
    login_as("budi")
    with pytest.raises(PermissionDeniedError, match="mengelola pengguna"):
        accounts.create_user("tono", "tono-rahasia")
    login_as("admin")
    accounts.create_user("tono", "tono-rahasia", role="verifikator")
    assert [u.username for u in accounts.list_users()] == ["admin", "budi", "sari", "tono"]


@pytest.mark.parametrize(("username", "password", "message"), [
    ("a b", "rahasia-panjang", "Nama pengguna"),
    ("ab", "rahasia-panjang", "Nama pengguna"),
    ("tono", "pendek", "minimal 8"),
    ("tonotono", "TONOTONO", "tidak boleh sama"),
    ("BUDI", "rahasia-panjang", "sudah dipakai"),
])
def test_bad_username_or_password_is_refused(staffed_db, login_as, username, password, message):
    login_as("admin")
    before = UserAccount.select().count()
    with pytest.raises(ValidationError, match=message):
        accounts.create_user(username, password)
    assert UserAccount.select().count() == before


def test_authenticate_returns_the_actor_and_records_the_login(staffed_db):
    actor = accounts.authenticate("SARI", PASSWORDS["sari"])
    assert actor.role == "verifikator" and actor.username == "sari"
    assert accounts.get_user("sari").last_login_at is not None
    assert AuditEntry.select().where(AuditEntry.action == "login", AuditEntry.actor == "sari").count() == 1


def test_unknown_user_and_wrong_password_give_the_same_message(staffed_db):
    with pytest.raises(LoginError, match="Nama pengguna atau kata sandi salah"):
        accounts.authenticate("tidakada", "apa-saja-123")
    with pytest.raises(LoginError, match="Nama pengguna atau kata sandi salah. Sisa percobaan: 4"):
        accounts.authenticate("budi", "salah-sekali")


def test_five_wrong_passwords_lock_the_account_for_a_few_minutes(staffed_db, monkeypatch):
    now = dt.datetime(2026, 11, 23, 9, 0, 0)
    monkeypatch.setattr(accounts, "clock", lambda: now)
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginError, match=f"Sisa percobaan: {left}"):
            accounts.authenticate("budi", "salah")
    with pytest.raises(AccountLockedError, match="terkunci.*5 menit"):
        accounts.authenticate("budi", "salah")
    # Even the right password is refused while locked.
    with pytest.raises(AccountLockedError):
        accounts.authenticate("budi", PASSWORDS["budi"])
    assert accounts.lock_status("budi").locked(now)
    assert AuditEntry.select().where(AuditEntry.action == "lock", AuditEntry.record == "budi").count() == 1
    later = now + dt.timedelta(minutes=accounts.LOCK_MINUTES, seconds=1)
    monkeypatch.setattr(accounts, "clock", lambda: later)
    assert accounts.authenticate("budi", PASSWORDS["budi"]).username == "budi"
    assert accounts.lock_status("budi").failed_attempts == 0


def test_a_good_login_resets_the_wrong_attempt_count(staffed_db):
    for _ in range(3):
        with pytest.raises(LoginError):
            accounts.authenticate("budi", "salah")
    accounts.authenticate("budi", PASSWORDS["budi"])
    with pytest.raises(LoginError, match="Sisa percobaan: 4"):
        accounts.authenticate("budi", "salah")


def test_admin_unlocks_and_resets_a_password(staffed_db, login_as):
    for _ in range(accounts.MAX_ATTEMPTS):
        with pytest.raises(LoginError):
            accounts.authenticate("budi", "salah")
    login_as("admin")
    accounts.reset_password("budi", "baru-sekali-123")
    assert not accounts.lock_status("budi").locked()
    assert accounts.must_change_password("budi")
    with pytest.raises(LoginError):
        accounts.authenticate("budi", PASSWORDS["budi"])
    accounts.authenticate("budi", "baru-sekali-123")
    accounts.change_password("budi", "baru-sekali-123", "pilihan-budi-1")
    assert not accounts.must_change_password("budi")
    accounts.authenticate("budi", "pilihan-budi-1")


def test_operator_cannot_reset_unlock_or_change_roles(staffed_db, login_as):
    login_as("budi")
    with pytest.raises(PermissionDeniedError):
        accounts.reset_password("sari", "baru-sekali-123")
    with pytest.raises(PermissionDeniedError):
        accounts.unlock("sari")
    with pytest.raises(PermissionDeniedError):
        accounts.update_user("budi", role="admin")
    assert accounts.get_user("budi").role == "operator"


def test_change_password_needs_the_old_one(staffed_db):
    with pytest.raises(LoginError, match="lama salah"):
        accounts.change_password("budi", "bukan-ini", "baru-sekali-123")
    accounts.authenticate("budi", PASSWORDS["budi"])


def test_the_last_active_admin_stays(staffed_db, login_as):
    login_as("admin")
    with pytest.raises(ValidationError, match="satu Administrator aktif"):
        accounts.update_user("admin", role="operator")
    accounts.update_user("sari", role="admin")
    with pytest.raises(ValidationError, match="akun Anda sendiri"):
        accounts.update_user("admin", active=False)
    accounts.update_user("admin", role="operator")
    assert accounts.get_user("admin").role == "operator"


def test_inactive_user_cannot_log_in(staffed_db, login_as):
    login_as("admin")
    accounts.update_user("budi", active=False, reason="pindah tugas")
    with pytest.raises(LoginError, match="dinonaktifkan"):
        accounts.authenticate("budi", PASSWORDS["budi"])


def test_user_changes_are_audited_without_passwords(staffed_db, login_as):
    login_as("admin")
    accounts.update_user("budi", role="verifikator", full_name="Budi Santoso", reason="promosi")
    accounts.reset_password("sari", "sari-baru-123")
    rows = list(AuditEntry.select().where(AuditEntry.table == "user_account"))
    changes = {(r.record, r.field): (r.old_value, r.new_value, r.actor) for r in rows if r.action == "update"}
    assert changes[("budi", "role")] == ("operator", "verifikator", "admin")
    assert changes[("budi", "full_name")] == ("Budi Operator", "Budi Santoso", "admin")
    reset = [r for r in rows if r.action == "password_reset"]
    assert len(reset) == 1 and reset[0].record == "sari" and reset[0].new_value in (None, "***")
    everything = " ".join(f"{r.old_value} {r.new_value} {r.reason}" for r in AuditEntry.select())
    for secret in [*PASSWORDS.values(), "sari-baru-123", "$argon2"]:
        assert secret not in everything


def test_unknown_user_is_reported(staffed_db, login_as):
    login_as("admin")
    with pytest.raises(NotFoundError, match="tidak ditemukan"):
        accounts.reset_password("siapa", "rahasia-panjang")


def test_no_actor_is_open_only_without_accounts(kelurahan_db):
    session.require("users.manage")  # nobody to check yet
    accounts.create_user("admin", "admin-rahasia", role="admin")
    with pytest.raises(PermissionDeniedError, match="masuk"):
        session.require("participant.edit")
