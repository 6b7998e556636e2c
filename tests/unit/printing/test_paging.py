"""Page cutting over any mix of row heights and counts: nothing runs past a page, the
signatures always sit inside the last page, no heading is left alone at a page foot."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jamsostek_desktop.services.printing.layout.paging import Rooms, cut_pages, page_heights

ROW = st.floats(min_value=12, max_value=130, allow_nan=False)


@st.composite
def tables(draw):
    """Item heights with heading rows between groups, and the rooms of a page setup."""
    other = draw(st.floats(min_value=380, max_value=900))
    first = draw(st.floats(min_value=300, max_value=other))
    closing = draw(st.floats(min_value=60, max_value=200))
    heading = draw(st.floats(min_value=12, max_value=20))
    grouped = draw(st.booleans())
    heights, headings = [], []
    for _ in range(draw(st.integers(min_value=0, max_value=6 if grouped else 1))):
        if grouped and draw(st.booleans()):
            heights.append(heading)          # a section heading (a kelurahan) above the group's
            headings.append(2)
        if grouped:
            heights.append(heading)
            headings.append(1)
        rows = draw(st.lists(ROW, min_size=1 if grouped else 0, max_size=120))
        heights += rows
        headings += [0] * len(rows)
    return heights, headings, Rooms(first, other, closing, heading if grouped else 0.0)


@settings(max_examples=300)
@given(tables())
def test_every_page_fits_and_the_closing_block_is_inside_the_last(table):
    heights, headings, rooms = table
    pages = cut_pages(heights, headings, rooms)
    # the pages hold every item once, in order
    assert pages[0].start == 0 and pages[-1].stop == len(heights)
    assert all(a.stop == b.start for a, b in zip(pages, pages[1:], strict=False))
    assert all(p.stop > p.start for p in pages[:-1])
    # nothing runs past its page, the closing block included
    for index, (page, used) in enumerate(zip(pages, page_heights(pages, heights, rooms), strict=True)):
        assert used <= rooms.room(index) + 1e-6, (index, page, used)
    assert pages[-1].closing and sum(p.closing for p in pages) == 1
    # no heading ends a page; a page opening mid-group repeats the heading
    for page in pages:
        if page.stop > page.start:
            assert not headings[page.stop - 1]
            assert page.continued == (any(headings) and page.start > 0 and not headings[page.start])
    # the signatures never stand alone when a row and they fit one page together
    rows = [h for h, is_heading in zip(heights, headings, strict=True) if not is_heading]
    if rows and rooms.continued_height + max(heights[-3:]) * 3 + rooms.closing <= rooms.other:
        assert pages[-1].stop > pages[-1].start


def test_a_short_list_is_one_page_with_its_signatures():
    pages = cut_pages([14.0] * 10, [0] * 10, Rooms(500, 700, 150))
    assert [(p.start, p.stop, p.closing) for p in pages] == [(0, 10, True)]


def test_tall_last_rows_move_with_the_signatures():
    """Last rows with long addresses: the block would run past the page, so rows move with it."""
    heights = [14.0] * 20 + [120.0, 120.0, 120.0]
    rooms = Rooms(first=600, other=600, closing=180)
    pages = cut_pages(heights, [0] * len(heights), rooms)
    assert len(pages) == 2 and pages[1].closing and pages[1].stop - pages[1].start >= 1
    assert all(u <= 600 for u in page_heights(pages, heights, rooms))
