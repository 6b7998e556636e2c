"""peewee model of user accounts (table created by db/migrations/step_007_accounts.py)."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, IntegerField

from jamsostek_desktop.db.models import BaseModel, utc_now


class UserAccount(BaseModel):
    """One person who may log in. `username` is unique without regard to case."""

    username = CharField(unique=True, collation="NOCASE")
    full_name = CharField(default="")
    role = CharField(default="operator")
    password_hash = CharField()          # argon2id; never leaves this table, never audited
    active = BooleanField(default=True)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)
    last_login_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "user_account"

    @classmethod
    def by_username(cls, username: str) -> UserAccount | None:
        return cls.get_or_none(cls.username == (username or "").strip())
