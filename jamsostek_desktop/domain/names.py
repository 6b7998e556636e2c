"""People's names as a clerk types them: when to offer capital letters, and what they look like.

A name typed all in lower case ("slamet riyadi") is almost always a clerk in a hurry;
the form offers "Slamet Riyadi" and the clerk decides. Python's str.title() would write
"Ma'Ruf"; here an apostrophe keeps the letter after it small, a hyphen does not
("Nur-Aini"), and degrees keep their dots ("s.pd." -> "S.Pd.").
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", re.UNICODE)


def wants_capitals(name: str) -> bool:
    """True for a name with letters and no capital among them."""
    letters = [c for c in name or "" if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters if c.lower() != c.upper())


def capitalised(name: str) -> str:
    """Each word of `name` begun with a capital letter: "siti ma'ruf nur-aini" -> "Siti Ma'ruf Nur-Aini"."""
    text = " ".join((name or "").split())
    return _WORD.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], text)
