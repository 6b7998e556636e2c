"""People's names as a clerk types them: when to offer capital letters, and what they look like.

A name typed all in lower case ("slamet riyadi") is almost always a clerk in a hurry;
the form offers "Slamet Riyadi" and the clerk decides. Python's str.title() would write
"Ma'Ruf"; here an apostrophe keeps the letter after it small, a hyphen does not
("Nur-Aini"), and degrees keep their dots ("s.pd." -> "S.Pd.").
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", re.UNICODE)


def wants_capitals(name: str) -> bool:
    """True for a name with letters and no capital among them."""
    letters = [c for c in name or "" if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters if c.lower() != c.upper())


def capitalised(name: str) -> str:
    """Each word of `name` begun with a capital letter: "siti ma'ruf nur-aini" -> "Siti Ma'ruf Nur-Aini"."""
    text = " ".join((name or "").split())
    return _WORD.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], text)


# --- comparing names (screening) ---------------------------------------------------------------
# Two entries of one person differ in case, apostrophes, spacing, titles and degrees, and the
# spelling of a few very common names. The comparison key drops all of these; the stored
# name is never changed.

_APOSTROPHES = re.compile("['\u2019\u2018`\u00b4]")
_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
_SEPARATORS = re.compile(r"[^\w.]+|_", re.UNICODE)
# Titles written before a name (haji, hajjah, doctorandus, insinyur, kyai, ustadz ...).
TITLES = frozenset({
    "h", "hj", "haji", "hajah", "hajjah", "drs", "dra", "dr", "ir", "prof", "kh", "kyai", "ust", "ustadz",
    "ustad", "ustadzah", "ustazah", "tgh", "hc", "ns", "bidan", "bd", "apt", "drg", "rm", "ra", "raden",
})
# Academic degrees written after a name ("S.Pd.", "M.Si.", "A.Md.Kep." ...), dots removed.
DEGREES = frozenset({
    "spd", "spdi", "spdsd", "sag", "sthi", "shi", "sh", "se", "ssos", "sip", "sikom", "skom", "st", "ssi",
    "skm", "skep", "sked", "sfarm", "sgz", "sak", "sei", "sth", "sos", "sps", "spsi", "stp", "spt",
    "shut", "sn", "ssn", "sds", "sp", "skes", "sst", "sars", "stat", "ssy", "sh.i", "mpd", "msi", "mag",
    "mm", "mh", "mkes", "msc", "ma", "mt", "mkom", "mpdi", "mhum", "me", "mba", "ama", "amd",
    "amdkep", "amdkeb", "amdkes", "amk", "amkeb", "amd.kep", "ba", "bsc", "phd", "lc", "skp",
    "sfil", "spdk", "mak", "mse",
})
# Spellings of one name, from the most common written forms to one key.
VARIANTS = {
    **dict.fromkeys(("muhammad", "muhamad", "muhammat", "mohammad", "mohamad", "mohammed", "mohamed",
                     "moh", "muh", "mochamad", "mochammad", "mokhamad", "mokhammad", "muchamad",
                     "muchammad", "mukhamad", "mukhammad", "mohd", "moch", "much", "muhd", "mhd", "md",
                     "mochamat", "muhamat", "mohamat"), "muhammad"),
    **dict.fromkeys(("abd", "abdul", "abdoel"), "abdul"),
    **dict.fromkeys(("achmad", "ahmad", "akhmad", "ahmat", "achmat", "ahmed"), "ahmad"),
    **dict.fromkeys(("nur", "noor", "nuur", "noer"), "nur"),
    **dict.fromkeys(("siti", "sitti", "st"), "siti"),
}
# Spelling before 1972 (Soekarno, Djoko, Tjahjo): the sounds written today's way.
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"))


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    """One word's key; names repeat their words, so each is worked out once."""
    word = VARIANTS.get(word, word)
    for old, new in _OLD_SPELLING:
        word = word.replace(old, new)
    return VARIANTS.get(word, word)


def _is_title(token: str) -> bool:
    bare = token.replace(".", "")
    return bare in TITLES or _word_key(bare) in TITLES


def _is_degree(token: str) -> bool:
    """"S.Pd.", "spd", "A.Md.Kep."; two letters without a dot ("Se", "Ma") may be a name."""
    bare = token.replace(".", "")
    if not bare.isalpha():
        return False
    dotted = "." in token.strip(".")
    return (bare in DEGREES and (dotted or len(bare) >= 3)) or (dotted and len(bare) <= 6)


def comparison_key(name: str) -> str:
    """The name reduced to what tells people apart: "H. Moh. Ma'ruf, S.Pd." -> "muhammad maruf".

    Case, apostrophes, spacing, titles before the name, degrees after it and the spelling
    of common names (Moh., Muh., Mochamad -> muhammad; Soekarno -> sukarno) do not count.
    """
    text = _APOSTROPHES.sub("", (name or "").casefold())
    main = text.partition(",")[0]            # "Budi, S.Pd., M.Si.": degrees after a comma
    tokens = main.split() if _PLAIN.fullmatch(main) else [t for t in _SEPARATORS.split(main) if t.strip(".")]
    while len(tokens) > 1 and _is_title(tokens[0]):
        tokens.pop(0)
    while len(tokens) > 1 and _is_degree(tokens[-1]):
        tokens.pop()
    words = [w for t in tokens for w in t.split(".") if w]
    if not words:   # nothing but punctuation before a comma: what follows it, as letters
        words = [w for t in _SEPARATORS.split(text) for w in t.split(".") if w]
    return " ".join([_word_key(w) for w in words])
