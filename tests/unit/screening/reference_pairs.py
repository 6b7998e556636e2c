"""The screening path as it was before issue 19's second pass, kept to hold the fast path to it:
the same pairs, reasons and scores (tests/unit/screening/test_fast_pairs.py,
tests/unit/server/test_screening_fast_on_both.py).

The candidate search below is the old code verbatim; `judge` and the rules are shared.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from jamsostek_desktop.domain.duplicates import _LARGE_GROUP, SIMILAR_NAMES, Pair, Person, judge


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



def old_live_people(ordered: bool) -> list[Person]:
    """The old read of the live list: peewee's select in the order the database gives (SQLite: its
    index of live participants by creation, then id), or in that order asked for (`ordered`)."""
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.models import Participant as P
    from jamsostek_desktop.domain.names import comparison_key
    from jamsostek_desktop.services.screening.people import date_of

    query = P.select(P.uuid, P.nik, P.nama, P.tanggal_lahir, P.kelurahan_code).where(P.archived == False)  # noqa: E712
    if ordered:
        query = query.order_by(P.created_at, P.id)
    return [Person(uuid, nik, comparison_key(nama), date_of(born), code)
            for uuid, nik, nama, born, code in db.execute_sql(*query.sql())]


def old_screen_kelurahan(codes: set[str], written_after: int | None = None) -> list:
    """The old services/screening/after_merge.screen_kelurahan, verbatim but for the run it calls."""
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.screening import pairs

    if not codes:
        return []
    live = Participant.kelurahan_code.in_(sorted(codes)) & (Participant.archived == False)  # noqa: E712
    uuids = {u for (u,) in Participant.select(Participant.uuid).where(live).tuples()}
    if not uuids:
        return []
    if written_after is None:
        pairs.run(among=uuids)
    else:
        written = {u for (u,) in Participant.select(Participant.uuid)
                   .where(live & (Participant.change_seq > written_after)).tuples()}
        if written:
            pairs.run(among=written)
    return [p for p in pairs.open_pairs() if p.one.uuid in uuids or p.other.uuid in uuids]


def old_nik_relation(one: str, other: str) -> str | None:
    """domain.duplicates.nik_relation as it was."""
    from jamsostek_desktop.domain.duplicates import NIK_DIGIT, NIK_SWAP

    if len(one) != len(other) or one == other:
        return None
    diff = [i for i in range(len(one)) if one[i] != other[i]]
    if len(diff) == 1:
        return NIK_DIGIT
    if len(diff) == 2 and diff[1] == diff[0] + 1 and one[diff[0]] == other[diff[1]] \
            and one[diff[1]] == other[diff[0]]:
        return NIK_SWAP
    return None
