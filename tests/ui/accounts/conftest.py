"""Fixtures of the accounts GUI tests: staff accounts and a kelurahan with a few participants."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch, request):
    """argon2 with tiny costs, so each test does not pay 50 ms per password; the real
    parameters are checked by the tests marked `real_hash`."""
    from argon2 import PasswordHasher

    from jamsostek_desktop.services.accounts import users as accounts

    if request.node.get_closest_marker("real_hash") is None:
        monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=256, parallelism=1))


PASSWORDS = {"admin": "admin-rahasia", "budi": "operator-rahasia", "sari": "verif-rahasia"}


@pytest.fixture
def staffed_db(kelurahan_db):
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.services.participants import demo_data

    admin = accounts.create_user("admin", PASSWORDS["admin"], role="admin", full_name="Admin Kelurahan")
    session.set_actor(admin)
    accounts.create_user("budi", PASSWORDS["budi"], role="operator", full_name="Budi Operator")
    accounts.create_user("sari", PASSWORDS["sari"], role="verifikator", full_name="Sari Verifikator")
    demo_data.generate(20, seed=3)
    session.set_actor(None)
    return kelurahan_db


@pytest.fixture
def login_as():
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts

    def as_user(name: str):
        actor = accounts.authenticate(name, PASSWORDS[name])
        session.set_actor(actor)
        return actor

    return as_user


@pytest.fixture
def no_dialogs(message_boxes):
    """Message boxes answer at once (yes) and are recorded: [(kind, text)]."""
    return message_boxes
