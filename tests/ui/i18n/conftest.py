"""Fixtures for the language tests: an English interface, removed again after the test."""

from __future__ import annotations

import pytest


@pytest.fixture
def english(qapp):
    from jamsostek_desktop.ui.common import i18n

    assert i18n.install(qapp, "en") == "en"
    yield
    i18n.uninstall(qapp)
