"""Whatever a clerk pastes into the search box gives a list, never an exception."""

from __future__ import annotations

import pytest

from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import demo_data, listing


@pytest.mark.parametrize("text", ["²", "rt ³", "\"", "'", "*", "NEAR(", "a OR", "-", "١٨٧٢", "Ma'ruf", "(", "AND"])
def test_odd_text_searches_without_error(kelurahan_db, text):
    demo_data.generate(30, seed=9)
    query = listing.ListQuery(scope=Scope(text=text))
    assert listing.count(query) >= 0
    listing.ids(query, 0, 10)
