"""The list's prepared statements give what the peewee-built reference gives (fast_paths).

The lines of a page with their "Periksa" marks, and a newcomer's row and the page around it
after a save, each read both ways on the same data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.screening_models import ScreeningFlag
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import demo_data, fast_paths, listing
from jamsostek_desktop.services.participants.listing import ListQuery
from jamsostek_desktop.services.screening import pairs
from tests.unit.screening.helpers import enrol, values

BORN = dt.date(1975, 8, 12)


@pytest.fixture
def reference_path(monkeypatch):
    def use(enabled: bool) -> None:
        monkeypatch.setattr(fast_paths, "enabled", enabled)
    return use


def test_page_lines_and_their_review_marks_agree(kelurahan_db, reference_path):
    one = enrol(values(1, nik="1872011208750003", nama="Agus Salim", born=BORN))
    enrol(values(2, nik="1872011208750004", nama="Agus Salim", born=BORN))
    demo_data.generate(120, seed=5)
    pairs.run()
    flagged = Participant.select().order_by(Participant.id.desc()).first()
    for code in ("meninggal", "ganda_upah"):
        ScreeningFlag.create(participant_uuid=flagged.uuid, code=code)
    ScreeningFlag.create(participant_uuid=one.uuid, code="asn", resolution="keep")      # resolved: not shown
    ids = [p.id for p in Participant.select(Participant.id)]
    reference_path(False)
    before = listing.rows(ids)
    reference_path(True)
    after = listing.rows(ids)
    assert after == before
    assert after[flagged.id].review == ["meninggal", "ganda_upah"]
    assert after[one.id].review == ["GANDA"]
    assert sum(1 for row in after.values() if row.review) == 3


@pytest.mark.parametrize("query", [
    ListQuery(), ListQuery(descending=True), ListQuery(Scope(category="ketua-rt")),
    ListQuery(Scope(text="sri")), ListQuery(Scope(text="3/2")), ListQuery(Scope(status="draft"), descending=True),
])
def test_a_newcomers_row_and_the_page_around_it_agree(kelurahan_db, query):
    demo_data.generate(300, seed=7)
    prepared = listing.PreparedList(query)
    listed = set(listing.ids(query))
    for participant_id in [p.id for p in Participant.select(Participant.id).order_by(Participant.id)][::7]:
        expected = listing.position(query, participant_id)
        assert prepared.position(participant_id) == expected
        assert (expected is None) == (participant_id not in listed)
        if expected is not None:
            before = expected % 16
            assert ([r.id for r in prepared.page_around(participant_id, before, 16)]
                    == [r.id for r in listing.page_around(query, participant_id, before, 16)])


@pytest.mark.parametrize("query", [
    ListQuery(), ListQuery(descending=True), ListQuery(Scope(category="ketua-rt")),
    ListQuery(Scope(text="sri")), ListQuery(Scope(status="draft"), descending=True),
])
def test_the_page_next_to_one_read_is_the_page_at_its_offset(kelurahan_db, query):
    """A page read by a seek from its neighbour's first or last line is the page OFFSET reads."""
    demo_data.generate(300, seed=7)
    enrol(values(1, nik="1872011208750003", nama="Sri Rahayu", born=BORN))     # a name twice: the id decides
    enrol(values(2, nik="1872011208750004", nama="sri rahayu", born=BORN))
    prepared = listing.PreparedList(query)
    size = 2
    pages = [prepared.page(offset, size) for offset in range(0, prepared.count(), size)]
    assert len(pages) >= 2
    for number in range(len(pages) - 1):
        assert prepared.page_next_to(pages[number][-1], size, after=True) == pages[number + 1]
        assert prepared.page_next_to(pages[number + 1][0], size, after=False) == pages[number]
    assert prepared.page_next_to(pages[-1][-1], size, after=True) == []
    assert prepared.page_next_to(pages[0][0], size, after=False) == []
