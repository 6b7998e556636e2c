"""Near-duplicate participants: which two entries may be one person, why, and how sure.

A person entered twice rarely comes back identical: the NIK has one mistyped digit or two
digits swapped, the name is written "AHMAD MARUF" once and "H. Ahmad Ma'ruf" once. Pairs
are found by two cheap keys, never by comparing everyone with everyone (150,000 people):

- the same birth date: the names compared (rapidfuzz, on names.comparison_key);
- NIKs one digit or one swap of neighbouring digits apart: every NIK is filed under its
  fifteen "two neighbouring digits hidden" keys; two NIKs one substitution or one
  transposition apart share one of them.

Each pair carries reason codes and a score (0-100, the similarity of the names). Pure:
the services hand in Person tuples and store what comes out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, ne
from typing import NamedTuple

from rapidfuzz import fuzz, process

from jamsostek_desktop.errors import translate

# Reason codes, stored with a pair and shown through REASON_LABELS.
SAME_NAME = "nama_sama"          # the same name (compared) and the same birth date
SIMILAR_NAME = "nama_mirip"      # very similar names and the same birth date
NIK_DIGIT = "nik_satu_digit"     # NIKs one digit apart
NIK_SWAP = "nik_tertukar"        # NIKs with two neighbouring digits swapped
OTHER_KELURAHAN = "kelurahan_lain"  # the two entries are in two kelurahan (the city)
REASON_LABELS = {
    SAME_NAME: translate("duplicates", "nama dan tanggal lahir sama"),
    SIMILAR_NAME: translate("duplicates", "nama mirip, tanggal lahir sama"),
    NIK_DIGIT: translate("duplicates", "NIK beda satu digit"),
    NIK_SWAP: translate("duplicates", "NIK dengan dua digit tertukar"),
    OTHER_KELURAHAN: translate("duplicates", "terdaftar di dua kelurahan"),
}

SIMILAR_NAMES = 88      # token_sort_ratio from which two names with one birth date are one person's
_LARGE_GROUP = 400     # a birth date shared by more people than this is compared by first name
NIK_NAMES = 75          # names at least this alike for NIKs one digit apart (twins differ more)


class Person(NamedTuple):
    """What screening compares of one participant (a tuple: a city reads 150,000 of them at once)."""

    key: str                 # the participant's UUID
    nik: str
    name_key: str            # names.comparison_key(nama)
    birth_date: dt.date | None
    kelurahan_code: str = ""


@dataclass(frozen=True, slots=True)
class Pair:
    a: str                   # the smaller UUID
    b: str
    reasons: tuple[str, ...]
    score: int

    @property
    def key(self) -> tuple[str, str]:
        return self.a, self.b


def pair_key(one: str, other: str) -> tuple[str, str]:
    return (one, other) if one < other else (other, one)


def nik_relation(one: str, other: str) -> str | None:
    """NIK_DIGIT, NIK_SWAP or None for two 16-digit NIKs."""
    if len(one) != len(other) or one == other:
        return None
    if one.isascii() and other.isascii():
        # The first and last differing characters from the bits of the two texts XORed (judge
        # asks this of every candidate pair: a real city hands it some 300,000).
        x = int.from_bytes(one.encode(), "big") ^ int.from_bytes(other.encode(), "big")
        first = len(one) - 1 - (x.bit_length() - 1) // 8
        last = len(one) - 1 - ((x & -x).bit_length() - 1) // 8
        if first == last:
            return NIK_DIGIT
        if last == first + 1 and one[first] == other[last] and one[last] == other[first]:
            return NIK_SWAP
        return None
    diff = [i for i in range(len(one)) if one[i] != other[i]]
    if len(diff) == 1:
        return NIK_DIGIT
    if len(diff) == 2 and diff[1] == diff[0] + 1 and one[diff[0]] == other[diff[1]] \
            and one[diff[1]] == other[diff[0]]:
        return NIK_SWAP
    return None


def name_score(one: str, other: str) -> int:
    """How alike two comparison keys are, 0-100 (word order does not count)."""
    if one == other:
        return 100
    return int(round(fuzz.token_sort_ratio(one, other)))


def judge(one: Person, other: Person) -> Pair | None:
    """The pair `one` and `other` make, or None when nothing suggests they are one person."""
    reasons: list[str] = []
    score = name_score(one.name_key, other.name_key)
    if one.birth_date is not None and one.birth_date == other.birth_date:
        if score == 100:
            reasons.append(SAME_NAME)
        elif score >= SIMILAR_NAMES:
            reasons.append(SIMILAR_NAME)
    relation = nik_relation(one.nik, other.nik)
    # A name not typed yet (the form, NIK first) does not speak against the NIK.
    if relation and (score >= NIK_NAMES or reasons or not one.name_key or not other.name_key):
        reasons.append(relation)
    if not reasons:
        return None
    if one.kelurahan_code and other.kelurahan_code and one.kelurahan_code != other.kelurahan_code:
        reasons.append(OTHER_KELURAHAN)
    a, b = pair_key(one.key, other.key)
    return Pair(a, b, tuple(reasons), score)


def _date_pairs(people: Sequence[Person]) -> Iterable[tuple[int, int]]:
    """Index pairs born on one day whose names are alike (rapidfuzz compares a group in C)."""
    by_date: dict[dt.date | None, list[int]] = defaultdict(list)
    for index, born in enumerate(map(attrgetter("birth_date"), people)):
        by_date[born].append(index)
    by_date.pop(None, None)
    keys = list(map(attrgetter("name_key"), people))
    # A key of words and single spaces is compared by its words sorted once with fuzz.ratio, what
    # token_sort_ratio does on every call (tests/unit/screening/test_fast_pairs.py holds them equal).
    words = {key: _words_sorted(key) for key in set(keys)}
    for group in by_date.values():
        if len(group) < 2:
            continue
        if len(group) > _LARGE_GROUP:
            # Many people on one date (a default 01-01 of a list without days): compared
            # within the same first word only, so the work stays linear.
            by_word: dict[str, list[int]] = defaultdict(list)
            for i in group:
                by_word[keys[i].split(" ", 1)[0]].append(i)
            subgroups = [sub[:_LARGE_GROUP] for sub in by_word.values() if len(sub) > 1]
        else:
            subgroups = [group]
        for sub in subgroups:
            names = [words[keys[i]] for i in sub]
            if None in names:
                yield from _alike(sub, [keys[i] for i in sub], fuzz.token_sort_ratio)
            else:
                yield from _alike(sub, names, fuzz.ratio)


def _alike(sub: list[int], names: list[str], scorer) -> Iterable[tuple[int, int]]:
    """The pairs of `sub` whose names score SIMILAR_NAMES or more (process.extract hands back a
    name's matches among the rest of the group in one call)."""
    extract = process.extract
    for x in range(len(sub) - 1):
        for _, _, y in extract(names[x], names[x + 1:], scorer=scorer, score_cutoff=SIMILAR_NAMES, limit=None):
            yield sub[x], sub[x + 1 + y]


def _words_sorted(key: str) -> str | None:
    """`key`'s words in order, as token_sort_ratio sorts them; None for a key not made of letters
    and single spaces (compared by token_sort_ratio itself)."""
    words = key.split(" ")
    if not all(word.isalpha() for word in words):
        return None
    return " ".join(sorted(words))


# The fifteen windows of two neighbouring digits: the first seven (the first eight digits) for
# the NIKs that share their last eight; then in blocks of four digits and windows between them,
# NIKs sharing a window's key share the key with its block hidden.
_LEFT = (((0, (0, 1, 2)), (4, (4, 5, 6))), (3,))
_RIGHT = (((8, (8, 9, 10)), (12, (12, 13, 14))), (7, 11))


def _nik_pairs(people: Sequence[Person]) -> Iterable[tuple[int, int]]:
    """Index pairs whose NIKs are one digit or one neighbouring swap apart, each pair once, and
    the pairs of NIKs equal but at two neighbouring digits born on one day (judge may find
    their names alike); no other pair of NIKs sharing a window could make a pair.

    With digits i and i+1 hidden, such NIKs read the same for some i: a change at j shows
    with j-1..j or j..j+1 hidden, a swap of j and j+1 with those two hidden. Counter finds
    the few shared keys of each window in C before Python looks at people. Three windows
    inside one block of four digits are looked at only for the NIKs that share the key with
    the whole block hidden (the few, when the block is where NIKs differ most). Real NIKs
    end in a small serial number of a kecamatan and birth date: a city has a million NIK
    pairs sharing a window, most two digits apart, and these never reach judge.
    """
    where = [i for i, p in enumerate(people) if len(p.nik) == 16]
    niks = [people[i].nik for i in where]
    left = _few(_sharing([n[8:] for n in niks]), len(niks))
    # One flat list of indices filled in place: a real city's million pairs would pass through four
    # generators, or take a tuple each (100 MB).
    out: list[int] = []
    _windows(out, people, [where[m] for m in left], [niks[m] for m in left], *_LEFT)
    _windows(out, people, where, niks, *_RIGHT)
    flat = iter(out)
    return zip(flat, flat, strict=False)


def _windows(out: list, people: Sequence[Person], where: list[int], niks: list[str], blocks, between) -> None:
    for start, windows in blocks:
        members = _few(_sharing([n[:start] + n[start + 4:] for n in niks]), len(niks))
        block = [niks[m] for m in members]
        for i in windows:
            _window(out, people, [where[m] for m in members], [n[:i] + n[i + 2:] for n in block], i)
    for i in between:
        _window(out, people, where, [n[:i] + n[i + 2:] for n in niks], i)


def _few(members: list[int], count: int) -> Sequence[int]:
    """`members`, or everyone when a hidden part hides little and most NIKs share their key."""
    return range(count) if len(members) * 2 > count else members


def _sharing(keys: list[str]) -> list[int]:
    """Positions of the keys that occur more than once."""
    counts = Counter(keys)
    shared = set(compress(counts.keys(), map((1).__lt__, counts.values())))
    return list(compress(range(len(keys)), map(shared.__contains__, keys)))


def _window(out: list, people: Sequence[Person], where: list[int], keys: list[str], i: int) -> None:
    """The pairs judge could take among the people `where` whose keys (NIKs with i and i+1 hidden)
    are equal: the shared keys' people sorted by key in C, each run of one key looked at; most
    runs are two people."""
    counts = Counter(keys)
    shared = set(compress(counts.keys(), map((1).__lt__, counts.values())))
    ordered = sorted(compress(range(len(keys)), map(shared.__contains__, keys)), key=keys.__getitem__)
    run_keys = list(map(keys.__getitem__, ordered))
    starts = [0, *compress(range(1, len(run_keys)), map(ne, run_keys, run_keys[1:])), len(run_keys)]
    for start, end in zip(starts, starts[1:], strict=False):
        group = [where[o] for o in ordered[start:end]]
        if end - start == 2:
            if _takes(people[group[0]], people[group[1]], i):
                out += group
        else:
            _window_pairs(out, people, group, i)


def _window_pairs(out: list, people: Sequence[Person], group: list[int], i: int) -> None:
    """The pairs of `group` (NIKs equal but at digits i and i+1) judge could take, each from one
    window only: one digit apart at i (at 15: from the last window), swapped at i, and the
    others born on one day (equal NIKs from the first window)."""
    seen = [(people[g].nik[i], people[g].nik[i + 1], people[g].birth_date) for g in group]
    for x in range(len(group) - 1):
        a, b, born = seen[x]
        for y in range(x + 1, len(group)):
            c, d, other_born = seen[y]
            if b == d:
                if a == c and (i or born is None or born != other_born):
                    continue
            elif a == c:
                if i != 14:
                    continue
            elif (a != d or b != c) and (born is None or born != other_born):
                continue
            out += group[x], group[y]


def _takes(one: Person, other: Person, i: int) -> bool:
    """Whether the pair of NIKs equal but at i and i+1 is this window's to hand to judge."""
    a, b = one.nik[i], one.nik[i + 1]
    c, d = other.nik[i], other.nik[i + 1]
    if b == d:
        return a != c or (i == 0 and one.birth_date is not None and one.birth_date == other.birth_date)
    if a == c:
        return i == 14
    return (a == d and b == c) or (one.birth_date is not None and one.birth_date == other.birth_date)


def order_matters(people: Sequence[Person]) -> bool:
    """Whether the order of `people` can change what find_pairs finds: only when a birth date has
    more people than are compared in full (then the first _LARGE_GROUP of a first name are)."""
    counts = Counter(map(attrgetter("birth_date"), people))
    counts.pop(None, None)
    return bool(counts) and max(counts.values()) > _LARGE_GROUP


def find_pairs(people: Sequence[Person], among: set[str] | None = None) -> list[Pair]:
    """Every candidate pair among `people`; with `among`, only pairs with one of those keys in them
    (the city merge asks about the people of the kelurahan just merged).

    The NIK candidates of one person have their names compared in one rapidfuzz call first: judge
    takes a pair of NIKs one digit apart only with names alike (a real city has some 400,000
    such pairs, nearly all two people), so it sees the few that can pass.
    """
    wanted = None if among is None else list(map(among.__contains__, map(attrgetter("key"), people)))
    by_date = {(i, j) if i < j else (j, i) for i, j in _date_pairs(people)}
    found: list[Pair] = []
    for i, j in by_date:
        if wanted is None or wanted[i] or wanted[j]:
            found.append(judge(people[i], people[j]))
    partners: dict[int, list[int]] = defaultdict(list)
    for i, j in _nik_pairs(people):
        ij = (i, j) if i < j else (j, i)
        if ij not in by_date and (wanted is None or wanted[i] or wanted[j]):
            partners[ij[0]].append(ij[1])
    words: dict[str, str | None] = {}
    for i, others in partners.items():
        for j in _named_alike(people, i, others, words):
            found.append(judge(people[i], people[j]))
    found = [pair for pair in found if pair is not None]
    found.sort(key=lambda p: (-p.score, p.a, p.b))
    return found


_NAMES_FOR_JUDGE = NIK_NAMES - 1      # a raw score this high may round to NIK_NAMES in name_score


def _named_alike(people: Sequence[Person], i: int, others: list[int], words: dict) -> list[int]:
    """Those of `others` judge could take with people[i]: a name not typed yet, or names that may
    score NIK_NAMES (the lowest score judge takes for any pair)."""
    key = people[i].name_key
    keys = [people[j].name_key for j in others]
    if not key or not all(keys):
        return others
    names = [words[k] if k in words else words.setdefault(k, _words_sorted(k)) for k in (key, *keys)]
    if None in names:
        names, scorer = [key, *keys], fuzz.token_sort_ratio
    else:
        scorer = fuzz.ratio
    hits = process.extract(names[0], names[1:], scorer=scorer, score_cutoff=_NAMES_FOR_JUDGE, limit=None)
    return [others[y] for _, _, y in hits]


def nik_neighbours(nik: str) -> list[str]:
    """Every NIK one digit or one neighbouring swap away from `nik` (the entry form's lookup)."""
    if len(nik) != 16 or not nik.isdigit():
        return []
    out = []
    for i in range(16):
        for digit in "0123456789":
            if digit != nik[i]:
                out.append(nik[:i] + digit + nik[i + 1:])
    for i in range(15):
        if nik[i] != nik[i + 1]:
            out.append(nik[:i] + nik[i + 1] + nik[i] + nik[i + 2:])
    return out
