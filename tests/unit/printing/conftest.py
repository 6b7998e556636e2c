"""Fixtures of the reports tests: a kelurahan with participants whose names test the font."""

from __future__ import annotations

import pytest


@pytest.fixture
def roster_db(kelurahan_db):
    """Yosodadi with 240 synthetic participants, special names on the first ones, one archived."""
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import demo_data

    from .pdf_reading import LONG_NAME, SPECIAL_NAMES

    demo_data.generate(240, seed=7)
    ids = [pid for (pid,) in Participant.select(Participant.id).order_by(Participant.id).tuples()]
    for pid, name in zip(ids, (*SPECIAL_NAMES, LONG_NAME), strict=False):
        Participant.update(nama=name).where(Participant.id == pid).execute()
    Participant.update(archived=True, archive_reason="pindah").where(Participant.id == ids[-1]).execute()
    return kelurahan_db
