"""The step after a city merge (services/screening/after_merge.py) against the old one, on SQLite and on
PostgreSQL: planted near-duplicates across two kelurahan, a crowded birth date whose people were
created in another order than their ids, decided pairs kept. The same pairs stored, the same answer."""

from __future__ import annotations

import datetime as dt
import random
import uuid as uuid_module

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant, max_change_seq
from jamsostek_desktop.db.screening_models import ScreeningPair as SP
from jamsostek_desktop.domain import duplicates
from jamsostek_desktop.services.accounts import seal
from jamsostek_desktop.services.screening import after_merge, pairs
from tests.unit.screening import reference_pairs
from tests.unit.server.test_city_on_both import HADIMULYO, YOSODADI, _city

CROWDED = dt.date(1970, 1, 1)
WORDS = ["Rizki", "Rizky", "Pratama", "Hidayat", "Saputra", "Kurniawan", "Wibowo", "Santoso", "Basri", "Ma'ruf"]


def _plant(rng: random.Random, kelurahan: str, count: int, crowd: int = 0) -> None:
    """`count` people entered again in `kelurahan` (a NIK typo or swap, the name written otherwise) and
    `crowd` people born on CROWDED, created in the reverse order of their ids."""
    source = list(Participant.live().order_by(Participant.id).dicts())
    rows = []
    with db.atomic():
        seq = Participant.next_change_seq()
        created = dt.datetime(2026, 1, 1)
        for n, row in enumerate(rng.sample(source, count) + [rng.choice(source) for _ in range(crowd)]):
            copy = {k: v for k, v in row.items() if k != "id"}
            nik = row["nik"]
            i = rng.randrange(15)
            if n >= count:
                copy["tanggal_lahir"] = CROWDED
                copy["nama"] = f"Muhammad {rng.choice(WORDS)} {rng.choice(WORDS)}"
                nik = f"1872{rng.randrange(10 ** 11, 10 ** 12)}"
            elif n % 2:
                nik = nik[:i] + nik[i + 1] + nik[i] + nik[i + 2:]
                copy["nama"] = f"H. {row['nama']}, S.Pd."
            else:
                nik = nik[:i] + str((int(nik[i]) + 1) % 10) + nik[i + 1:]
                copy["nama"] = row["nama"].upper()
            copy.update(uuid=str(uuid_module.UUID(int=rng.getrandbits(128), version=4)), nik=nik,
                        kelurahan_code=kelurahan, change_seq=seq + n, created_at=created - dt.timedelta(seconds=n),
                        updated_at=created)
            rows.append(copy)
        insert_rows(Participant, rows)
        seal.participants_from(seq)


def _stored() -> list[tuple]:
    return sorted(SP.select(SP.uuid_a, SP.uuid_b, SP.reasons, SP.score, SP.decision).tuples())


def _answer(views) -> list[tuple]:
    return [(v.one.uuid, v.other.uuid, v.reasons, v.score, v.decision) for v in views]


def _old_and_new(monkeypatch, codes: set[str], written_after: int | None) -> list[tuple]:
    """Screen with the old code in a transaction rolled back, then with the new one: the same."""
    sqlite = backends.current().index_hints()
    before = _stored()
    with db.atomic() as transaction:
        with monkeypatch.context() as patch:
            # SQLite gave the old read in its live index's order; PostgreSQL in no set order.
            patch.setattr(pairs, "live_people", lambda: reference_pairs.old_live_people(ordered=not sqlite))
            patch.setattr(duplicates, "find_pairs", reference_pairs.find_pairs)
            expected = _answer(reference_pairs.old_screen_kelurahan(codes, written_after))
        expected_rows = _stored()
        transaction.rollback()
    assert _stored() == before
    found = _answer(after_merge.screen_kelurahan(codes, written_after))
    assert found == expected
    assert _stored() == expected_rows
    return found


def test_the_step_after_a_merge_finds_what_the_old_one_found(city_target, monkeypatch):
    _city(city_target, count=300)
    rng = random.Random(11)
    if backends.current().index_hints():
        assert reference_pairs.old_live_people(False) == reference_pairs.old_live_people(True)
    _plant(rng, YOSODADI, 40, crowd=430)
    people = reference_pairs.old_live_people(True)
    assert duplicates.order_matters(people)
    # The crowd is compared by the first 400 in creation order: not the first 400 by id.
    assert reference_pairs.find_pairs(people) != reference_pairs.find_pairs(sorted(people, key=lambda p: p.key))

    # The merge of a new kelurahan (everyone of it written), then the same file again.
    first = _old_and_new(monkeypatch, {YOSODADI}, None)
    assert len(first) > 40 and any(duplicates.OTHER_KELURAHAN in p[2] for p in first)
    assert _old_and_new(monkeypatch, {YOSODADI}, max_change_seq()) == first

    # Decided pairs stay decided; a second kelurahan's file writes a few people, one of them archived.
    decided = SP.select().where(SP.decision == "").order_by(SP.id).limit(5)
    SP.update(decision="different", reason="KTP keduanya dilihat").where(SP.id.in_([p.id for p in decided])).execute()
    mark = max_change_seq()
    _plant(rng, HADIMULYO, 30)
    with db.atomic():
        gone = Participant.live().where(Participant.kelurahan_code == HADIMULYO).order_by(Participant.id.desc()).get()
        Participant.update(archived=True, change_seq=Participant.next_change_seq()).where(
            Participant.id == gone.id).execute()
        seal.participants_from(max_change_seq())
    second = _old_and_new(monkeypatch, {HADIMULYO}, mark)
    assert second and all(gone.uuid not in p[:2] for p in second)
    assert SP.select().where(SP.decision == "different").count() == 5
    assert _old_and_new(monkeypatch, {YOSODADI, HADIMULYO}, max_change_seq())
    assert _old_and_new(monkeypatch, {"18.72.09.9999"}, None) == []
