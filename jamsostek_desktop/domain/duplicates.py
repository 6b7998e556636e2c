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
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Person:
    """What screening compares of one participant."""

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
    by_date: dict[dt.date, list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        if person.birth_date is not None:
            by_date[person.birth_date].append(index)
    for group in by_date.values():
        if len(group) < 2:
            continue
        if len(group) > _LARGE_GROUP:
            # Many people on one date (a default 01-01 of a list without days): compared
            # within the same first word only, so the work stays linear.
            by_word: dict[str, list[int]] = defaultdict(list)
            for i in group:
                by_word[people[i].name_key.split(" ", 1)[0]].append(i)
            subgroups = [sub[:_LARGE_GROUP] for sub in by_word.values() if len(sub) > 1]
        else:
            subgroups = [group]
        for sub in subgroups:
            keys = [people[i].name_key for i in sub]
            for x in range(len(sub) - 1):
                for _, _, y in process.extract_iter(keys[x], keys[x + 1:], scorer=fuzz.token_sort_ratio,
                                                    score_cutoff=SIMILAR_NAMES):
                    yield sub[x], sub[x + 1 + y]


def _nik_pairs(people: Sequence[Person]) -> Iterable[tuple[int, int]]:
    """Index pairs whose NIKs are one digit or one neighbouring swap apart.

    With digits i and i+1 hidden, such NIKs read the same for some i: a change at j shows
    with j-1..j or j..j+1 hidden, a swap of j and j+1 with those two hidden. Counter finds
    the few shared keys of each of the fifteen windows in C before Python looks at people.
    """
    niks = [p.nik if len(p.nik) == 16 else None for p in people]
    for i in range(15):
        keys = [n[:i] + n[i + 2:] if n else None for n in niks]
        shared = {k for k, count in Counter(keys).items() if count > 1 and k is not None}
        if not shared:
            continue
        members: dict[str, list[int]] = defaultdict(list)
        for index, key in enumerate(keys):
            if key in shared:
                members[key].append(index)
        for group in members.values():
            for x in range(len(group) - 1):
                for y in range(x + 1, len(group)):
                    yield group[x], group[y]


def find_pairs(people: Sequence[Person], among: set[str] | None = None) -> list[Pair]:
    """Every candidate pair among `people`; with `among`, only pairs with one of those keys in them
    (the city merge asks about the people of the kelurahan just merged)."""
    seen: set[tuple[int, int]] = set()
    found: list[Pair] = []
    for i, j in itertools.chain(_date_pairs(people), _nik_pairs(people)):
        ij = (i, j) if i < j else (j, i)
        if ij in seen:
            continue
        seen.add(ij)
        one, other = people[ij[0]], people[ij[1]]
        if among is not None and one.key not in among and other.key not in among:
            continue
        pair = judge(one, other)
        if pair is not None:
            found.append(pair)
    found.sort(key=lambda p: (-p.score, p.a, p.b))
    return found


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
