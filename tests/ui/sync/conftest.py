"""Fixtures for the sync GUI tests: the kelurahan and city databases of tests/unit/sync."""

from __future__ import annotations

import pytest

from tests.unit.sync.conftest import Offices


@pytest.fixture
def offices(tmp_path) -> Offices:
    o = Offices(tmp_path / "db")
    o.folder.mkdir()
    for name in ("yosodadi", "hadimulyo", "city"):
        o.create(name)
    o.trust("yosodadi", "hadimulyo")
    return o
