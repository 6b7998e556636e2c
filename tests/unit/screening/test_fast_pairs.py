"""The fast candidate search (domain.duplicates) against the old one (reference_pairs): on generated
city data with planted near-duplicates, the same pairs with the same reasons and scores."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from jamsostek_desktop.domain import duplicates
from jamsostek_desktop.domain.duplicates import Person
from jamsostek_desktop.domain.names import comparison_key
from tests.unit.screening import reference_pairs

KELURAHAN = ["18.72.01.1001", "18.72.01.1002", "18.72.02.1001", "18.72.03.1004"]
FIRST = ["Slamet", "Wahyuni", "Agus", "Sri", "Dewi", "Yusuf", "Rina", "Eko", "Bambang", "Lestari", "Muhammad",
         "Moh.", "Siti", "Nur", "Ahmad", "Soekarno", "Djoko", "Tjahjo"]
LAST = ["Riyadi", "Santoso", "Rahayu", "Hidayat", "Saputra", "Kurniawan", "Pratama", "Susanti", "Ma'ruf",
        "Basri", "Wibowo"]
WRITTEN = ["{}", "H. {}", "{}, S.Pd.", "{} S.Pd", "Hj. {}", "{}  ", "Dra. {}, M.Si."]


def _nik(rng: random.Random, born: dt.date) -> str:
    # As real NIKs: province and city fixed, a few kecamatan, the birth date, a small serial.
    return f"1872{rng.randrange(1, 6):02d}{born:%d%m%y}{rng.randrange(1, 13):04d}"


def _typo(rng: random.Random, nik: str) -> str:
    i = rng.randrange(16)
    return nik[:i] + str((int(nik[i]) + 1 + rng.randrange(9)) % 10) + nik[i + 1:]


def _swap(rng: random.Random, nik: str) -> str:
    i = rng.randrange(15)
    return nik[:i] + nik[i + 1] + nik[i] + nik[i + 2:]


def city(seed: int, count: int) -> list[Person]:
    """`count` people over four kelurahan with every kind of near-duplicate planted among them."""
    rng = random.Random(seed)
    days = [dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(40 * 365)) for _ in range(count // 6)]
    people: list[tuple] = []
    for _n in range(count):
        born = rng.choice(days)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        people.append((_nik(rng, born), name, born))
    planted = []
    for nik, name, born in rng.sample(people, count // 20):
        kind = rng.randrange(7)
        written = rng.choice(WRITTEN).format(name.upper() if rng.random() < 0.5 else name)
        if kind == 0:
            planted.append((_typo(rng, nik), written, born))              # one digit, same person
        elif kind == 1:
            planted.append((_swap(rng, nik), written, born))              # two digits swapped
        elif kind == 2:
            planted.append((nik, written, born))                          # the same NIK again
        elif kind == 3:
            planted.append((_nik(rng, born), written, born))              # same name and day
        elif kind == 4:                                                   # two neighbouring digits changed
            i = rng.randrange(15)
            planted.append((nik[:i] + f"{(int(nik[i:i + 2]) + 11) % 100:02d}" + nik[i + 2:], written, born))
        elif kind == 5:
            planted.append((_typo(rng, nik), f"{rng.choice(FIRST)} {rng.choice(LAST)}", born))  # twins?
        else:
            planted.append((_typo(rng, nik), written, None))              # no birth date
    # A list without days: many people on one date, more than 400 of one first name among them.
    default = dt.date(1970, 1, 1)
    for _n in range(460):
        planted.append((_nik(rng, default), f"Muhammad {rng.choice(LAST)} {rng.choice(LAST)}", default))
    for _n in range(60):
        planted.append((_nik(rng, default), f"{rng.choice(FIRST)} {rng.choice(LAST)}", default))
    # Odd entries: short or long NIKs, letters in a NIK, a name of digits, no name at all.
    planted += [("187201120875", "Slamet Riyadi", days[0]), ("18720112087500031", "Slamet Riyadi", days[0]),
                ("18720112087500x3", "Agus Santoso", days[1]), ("18720112087500y3", "Agus Santoso", days[1]),
                ("1872011208750103", "123", days[2]), ("1872011208750113", "123", days[2]),
                ("1872011208750203", "", days[3]), ("1872011208750204", "", days[3])]
    rows = people + planted
    rng.shuffle(rows)
    return [Person(f"{rng.getrandbits(128):032x}", nik, comparison_key(name), born, rng.choice(KELURAHAN))
            for nik, name, born in rows]


def _same(found: list[duplicates.Pair], expected: list[duplicates.Pair]) -> None:
    assert [(p.a, p.b, p.reasons, p.score) for p in found] == [(p.a, p.b, p.reasons, p.score) for p in expected]


def test_the_fast_search_finds_what_the_old_one_found():
    for seed in range(3):
        people = city(seed, 6_000)
        expected = reference_pairs.find_pairs(people)
        assert len(expected) > 300 and {r for p in expected for r in p.reasons} == set(duplicates.REASON_LABELS)
        _same(duplicates.find_pairs(people), expected)
        among = {p.key for p in people if p.kelurahan_code == KELURAHAN[seed]}
        _same(duplicates.find_pairs(people, among), reference_pairs.find_pairs(people, among))


def test_the_date_candidates_are_the_old_ones_and_the_nik_candidates_those_judge_can_take():
    people = city(7, 4_000)
    pairs = {tuple(sorted(ij)) for ij in duplicates._date_pairs(people)}
    assert pairs == {tuple(sorted(ij)) for ij in reference_pairs._date_pairs(people)} and pairs
    # The old search handed judge every pair of NIKs sharing a window, most two digits apart.
    fast = [tuple(sorted(ij)) for ij in duplicates._nik_pairs(people)]
    old = {tuple(sorted(ij)) for ij in reference_pairs._nik_pairs(people)}
    assert len(fast) == len(set(fast)) and set(fast) < old
    assert all(duplicates.judge(people[i], people[j]) is None for i, j in old - set(fast))
    assert any(duplicates.judge(people[i], people[j]) for i, j in fast)


def test_every_nik_block_is_searched_whether_it_hides_much_or_little():
    # NIKs that differ only in one block (the first four digits, then the last four): the block's
    # hidden key is shared by everyone, so its windows are searched over all; elsewhere over few.
    rng = random.Random(5)
    for start in (0, 4, 8, 12):
        base = f"{rng.randrange(10 ** 15, 10 ** 16)}"
        people = [Person(f"k{n:05d}", base[:start] + f"{n:04d}" + base[start + 4:], "", None) for n in range(0, 3000, 7)]
        people.append(Person("z", _typo(rng, people[10].nik), "", None))
        found = {tuple(sorted(ij)) for ij in duplicates._nik_pairs(people)}
        expected = {tuple(sorted(ij)) for ij in reference_pairs._nik_pairs(people)
                    if duplicates.nik_relation(people[ij[0]].nik, people[ij[1]].nik)}
        assert found == expected and found


def test_order_matters_only_for_a_crowded_birth_date():
    people = city(3, 600)
    crowded = [p for p in people if p.birth_date == dt.date(1970, 1, 1)]
    assert len(crowded) > 400 and duplicates.order_matters(people)
    assert not duplicates.order_matters([p for p in people if p.birth_date != dt.date(1970, 1, 1)])
    assert not duplicates.order_matters([])


names = st.lists(st.sampled_from(FIRST + LAST + ["Ni", "Made", "Ayu", "I", "Putu", "Ketut", "Nyoman", "Gede",
                                                 "Çelik", "Ömer", "Ngurah", "s.pd", "-", "'", "2"]),
                 min_size=0, max_size=5).map(" ".join)


@given(names, names)
def test_sorted_words_compare_as_token_sort_ratio(one, other):
    a, b = comparison_key(one), comparison_key(other)
    sa, sb = duplicates._words_sorted(a), duplicates._words_sorted(b)
    for key, words in ((a, sa), (b, sb)):
        assert (words is None) == (not all(w.isalpha() for w in key.split(" ")))
    if sa is not None and sb is not None:
        assert fuzz.ratio(sa, sb) == fuzz.token_sort_ratio(a, b)
        assert fuzz.ratio(sa, sb, score_cutoff=88) == fuzz.token_sort_ratio(a, b, score_cutoff=88)


niks = st.one_of(st.text(alphabet="0123456789", min_size=14, max_size=17),
                 st.text(alphabet="0123456789x\u0663\u00e9", min_size=14, max_size=17))


@given(niks, st.integers(0, 16), st.integers(0, 16), st.sampled_from(["digit", "swap", "next", "two", "other"]))
def test_nik_relation_is_the_old_one(nik, i, j, change):
    def another(c):
        return "x" if c != "x" else "0"

    if change == "digit" and i < len(nik):
        other = nik[:i] + ("1" if nik[i] != "1" else "\u0663") + nik[i + 1:]
    elif change == "swap" and i + 1 < len(nik):
        other = nik[:i] + nik[i + 1] + nik[i] + nik[i + 2:]
    elif change == "next" and i + 1 < len(nik):
        other = nik[:i] + another(nik[i]) + another(nik[i + 1]) + nik[i + 2:]
    elif change == "two" and max(i, j) < len(nik):
        other = "".join(another(c) if k in (i, j) else c for k, c in enumerate(nik))
    else:
        other = nik[::-1]
    assert duplicates.nik_relation(nik, other) == reference_pairs.old_nik_relation(nik, other)
    assert duplicates.nik_relation(other, nik) == reference_pairs.old_nik_relation(other, nik)


def test_nik_relation_cases():
    base = "1872011208750103"
    cases = {"1872011208750108": duplicates.NIK_DIGIT, "1872011208751003": duplicates.NIK_SWAP,
             "1872011208750130": duplicates.NIK_SWAP, "2872011208750103": duplicates.NIK_DIGIT,
             "1872011208750199": None, "1872011208750xx3": None, "9872011208750109": None, base: None,
             "18720112087501\u06633": duplicates.NIK_DIGIT, "187201120875010": None}
    for other, relation in cases.items():
        assert duplicates.nik_relation(base, other) == relation == reference_pairs.old_nik_relation(base, other)
