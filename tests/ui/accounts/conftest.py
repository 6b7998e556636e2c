"""Fixtures of the accounts GUI tests: the staff of tests/conftest.py, with a few participants."""

from __future__ import annotations

import pytest


@pytest.fixture
def staffed_db(staffed_db):
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.services.participants import demo_data

    session.set_actor(accounts.authenticate("admin", "admin-rahasia"))
    demo_data.generate(20, seed=3)
    session.set_actor(None)
    return staffed_db


@pytest.fixture
def no_dialogs(message_boxes):
    """Message boxes answer at once (yes) and are recorded: [(kind, text)]."""
    return message_boxes
