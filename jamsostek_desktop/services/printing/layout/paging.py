"""Cutting a long table into pages: no row split, no heading left at a page foot, and the
closing block (totals and signatures) always inside the last page.

Pure arithmetic over item heights, so a property test can try any mix of row heights,
counts and paper (tests/unit/printing/test_paging.py). An item is a table row or a
group heading row; a heading keeps with the headings and the first row after it. A page that begins in the
middle of a group repeats the group's heading ("lanjutan"), which costs
`continued_height`. The closing block goes below the last row when it fits; otherwise
the last rows (up to `keep_rows`) move to a new page with it, since a signature alone
on a page invites doubt; only when even one row and the block do not fit a page
together does the block stand alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """Items [start, stop) of one page; `continued`: it opens with a repeated group heading."""

    start: int
    stop: int
    continued: bool = False
    closing: bool = False        # the closing block is drawn on this page, below the items


@dataclass(frozen=True)
class Rooms:
    """Heights available to the table on the first page and on the others."""

    first: float
    other: float
    closing: float                # the closing block, with the space above it
    continued_height: float = 0   # a repeated group heading

    def room(self, page_index: int) -> float:
        return self.first if page_index == 0 else self.other


def _opens_mid_group(start: int, headings: Sequence[int], grouped: bool) -> bool:
    return grouped and start > 0 and not headings[start]


def cut_pages(heights: Sequence[float], headings: Sequence[int], rooms: Rooms, keep_rows: int = 3) -> list[Page]:
    """Pages for items of `heights` (`headings[i]` true for a heading row)."""
    n = len(heights)
    grouped = any(headings)
    pages: list[Page] = []
    start, used = 0, 0.0
    i = 0
    while i < n:
        # a heading travels with the headings under it and the first row after them
        chain, j = heights[i], i
        while headings[j] and j + 1 < n:
            j += 1
            chain += heights[j]
        room = rooms.room(len(pages))
        if i > start and used + chain > room:
            pages.append(Page(start, i, _opens_mid_group(start, headings, grouped)))
            start, i = i, i
            used = rooms.continued_height if _opens_mid_group(start, headings, grouped) else 0.0
            continue
        if i == start and _opens_mid_group(start, headings, grouped) and used == 0.0:
            used = rooms.continued_height
        used += heights[i]
        i += 1
    last = Page(start, n, _opens_mid_group(start, headings, grouped))
    if used + rooms.closing <= rooms.room(len(pages)):
        return [*pages, Page(last.start, last.stop, last.continued, closing=True)]
    # Move the last rows over with the closing block, as many as fit (at most keep_rows),
    # never emptying the page they leave, never leaving a heading behind at its foot.
    for k in range(min(keep_rows, n - last.start - 1), 0, -1):
        cut = n - k
        while cut > last.start and headings[cut - 1]:
            cut -= 1                              # the heading above moves too
        if cut <= last.start:
            continue
        opens_mid = _opens_mid_group(cut, headings, grouped)
        need = (rooms.continued_height if opens_mid else 0.0) + sum(heights[cut:n]) + rooms.closing
        if need <= rooms.other:
            return [*pages, Page(last.start, cut, last.continued), Page(cut, n, opens_mid, closing=True)]
    return [*pages, last, Page(n, n, False, closing=True)]


def page_heights(pages: list[Page], heights: Sequence[float], rooms: Rooms) -> list[float]:
    """The height each page's table and closing block take (for checks and tests)."""
    out = []
    for page in pages:
        used = sum(heights[page.start:page.stop]) + (rooms.continued_height if page.continued else 0.0)
        out.append(used + (rooms.closing if page.closing else 0.0))
    return out
