"""Fixtures of the printing GUI tests: a kelurahan with participants, message boxes recorded."""

from __future__ import annotations

import pytest


@pytest.fixture
def printing_db(kelurahan_db):
    from jamsostek_desktop.services.participants import demo_data

    demo_data.generate(120, seed=11)
    return kelurahan_db


@pytest.fixture
def messages(message_boxes):
    """The message boxes shown, as (kind, text)."""
    return message_boxes
