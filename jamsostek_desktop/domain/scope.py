"""Which participants: the one definition shared by the list, the dashboard, the PDFs and Excel.

A Scope names the people a screen or a document covers: a kelurahan (or kecamatan) code
prefix, a category or a category group, RT and RW, a status, the archive or the live list,
and the search text typed above the list. services/participants/scope_sql.py turns it into
SQL in one place, so for the same Scope the list, the dashboard, the roster PDF and the
Excel export count the same people (tests/unit/participants/test_scope_counts.py).

The search text is read here too (`parse_search`): `slamet`, `ahyuni`, `1872`, `3/2`, `RT 3`,
`rw02 sri` stand for parts of a name, NIK prefixes and RT/RW numbers. Apostrophes inside a
word are dropped (`ma'ruf` and `maruf` are one word), as the name index drops them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Scope:
    """Which participants: everyone live, or narrowed by these filters (all of them at once)."""

    category: str | None = None           # a category code, e.g. "kader-posyandu"
    group: str | None = None              # a category group, e.g. "Kesehatan"
    kelurahan_prefix: str | None = None   # city mode: "18.72.01" for a kecamatan, a full code for one kelurahan
    status: str | None = None             # a Status value
    statuses: tuple[str, ...] = ()        # any of these Status values (a document's "usulan": two)
    rt: int | None = None
    rw: int | None = None
    archived: bool = False                # the archive instead of the live list
    text: str = ""                        # the search text (parse_search)
    with_card: bool = False               # only people BPJS gave a card (a KPJ number)
    term_end: str | None = None           # running term ends within "60"/"30" days, or has "ended"
    needs_review: bool = False            # "Perlu diperiksa": an open screening flag or undecided pair


@dataclass(frozen=True)
class SearchTerms:
    """A search text read into conditions: parts of names, NIK prefixes, RT/RW numbers."""

    words: tuple[str, ...] = ()            # apostrophes dropped; 3+ letters match anywhere in a name
    nik_prefixes: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()          # 1-3 digits as typed: an RT or RW number, or how a NIK begins
    rt: int | None = None
    rw: int | None = None


_RT_RW_PAIR = re.compile(r"^0*(\d{1,3})/0*(\d{1,3})$")
_LABELLED = re.compile(r"^(rt|rw)\.?0*(\d{1,3})$")
_WORD_SPLIT = re.compile(r"[^\w]+", re.UNICODE)
APOSTROPHES = "'\u2019\u2018`"
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")


def _is_number(token: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts '²', which int() refuses."""
    return token.isascii() and token.isdigit()


def parse_search(text: str) -> SearchTerms:
    """`slamet`, `1872`, `3/2`, `RT 3`, `rw02 sri` -> the conditions they stand for."""
    tokens = (text or "").lower().split()
    words: list[str] = []
    niks: list[str] = []
    numbers: list[str] = []
    rt = rw = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        # "RT 03" typed with a space: join the label and its number.
        if token.rstrip(".") in ("rt", "rw") and i + 1 < len(tokens) and _is_number(tokens[i + 1]):
            token = token.rstrip(".") + tokens[i + 1]
            i += 1
        i += 1
        if m := _RT_RW_PAIR.match(token):
            rt, rw = int(m[1]), int(m[2])
        elif m := _LABELLED.match(token):
            if m[1] == "rt":
                rt = int(m[2])
            else:
                rw = int(m[2])
        elif _is_number(token):
            if len(token) >= 4:
                niks.append(token[:16])
            else:
                numbers.append(token)
        else:
            words += [w for w in _WORD_SPLIT.split(_APOSTROPHE.sub("", token)) if w]
    return SearchTerms(tuple(words), tuple(niks), tuple(numbers), rt, rw)
