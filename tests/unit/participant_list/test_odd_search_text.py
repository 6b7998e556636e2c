"""Whatever a clerk pastes into the search box gives a list, never an exception."""

from __future__ import annotations

import pytest

from jamsostek_desktop.services import demo_data, participant_list


@pytest.mark.parametrize("text", ["²", "rt ³", "\"", "'", "*", "NEAR(", "a OR", "-", "١٨٧٢", "Ma'ruf", "(", "AND"])
def test_odd_text_searches_without_error(kelurahan_db, text):
    demo_data.generate(30, seed=9)
    query = participant_list.ListQuery(text=text)
    assert participant_list.count(query) >= 0
    participant_list.ids(query, 0, 10)
