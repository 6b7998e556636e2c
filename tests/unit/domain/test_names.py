"""Capitals offered for a name typed in lower case."""

from __future__ import annotations

import pytest

from jamsostek_desktop.domain.names import capitalised, wants_capitals


@pytest.mark.parametrize("typed, offered", [
    ("slamet riyadi", "Slamet Riyadi"),
    ("siti ma'ruf", "Siti Ma'ruf"),            # not Ma'Ruf
    ("ahmad ma\u2019ruf", "Ahmad Ma\u2019ruf"),
    ("nur-aini", "Nur-Aini"),
    ("drs.  h. ahmad s.pd.", "Drs. H. Ahmad S.Pd."),
    ("i gusti ngurah", "I Gusti Ngurah"),
])
def test_capitalised(typed, offered):
    assert wants_capitals(typed)
    assert capitalised(typed) == offered


@pytest.mark.parametrize("typed", ["Slamet Riyadi", "SLAMET", "slamet Riyadi", "", "123", "  "])
def test_no_offer_when_a_capital_is_there_or_no_letter(typed):
    assert not wants_capitals(typed)
