""""Mungkin sama dengan ... — periksa KTP": the entry form's and the Excel import's duplicate hint.

As the clerk types, the few participants who could be the same person are read by two
index lookups: the NIKs one digit or one swap away from the typed one (159 NIKs on the NIK
index) and the people born on the typed day (the birth date index, step 15), whose names
are compared. Under 20 ms at 150,000 participants (benchmarks/bench_screening.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.screening_models import DIFFERENT, ScreeningPair
from jamsostek_desktop.domain import duplicates
from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain.names import comparison_key
from jamsostek_desktop.errors import Texts, translate

P = Participant
_COLUMNS = '"id", "uuid", "nama", "nik", "tanggal_lahir", "rt", "rw", "archived"'
_BY_NIK = f'SELECT {_COLUMNS} FROM "participant" WHERE "nik" IN ({{marks}})'
_BY_BIRTH = f'SELECT {_COLUMNS} FROM "participant" WHERE "tanggal_lahir" = {{mark}}'
MESSAGE = translate("screening", "mungkin sama dengan {name} (NIK {nik}, RT {rt}/RW {rw}, {why}) \u2014 periksa KTP")


@dataclass(frozen=True)
class Hint:
    participant_id: int
    uuid: str
    nama: str
    nik: str
    rt: int
    rw: int
    reasons: tuple[str, ...]
    score: int

    @property
    def message(self) -> str:
        why = Texts([duplicates.REASON_LABELS[r] for r in self.reasons])
        return MESSAGE.format(name=self.nama, nik=self.nik, rt=f"{self.rt:03d}", rw=f"{self.rw:03d}", why=why)


def hints(values: dict, exclude_id: int | None = None, limit: int = 3) -> list[Hint]:
    """Participants the typed values may duplicate, the likeliest first."""
    nik = nik_rules.compact(str(values.get("nik") or ""))
    born = values.get("tanggal_lahir")
    born = born if isinstance(born, dt.date) else None
    name_key = comparison_key(values.get("nama") or "")
    found: dict[int, tuple] = {}
    neighbours = duplicates.nik_neighbours(nik)
    if neighbours:
        # Each lookup on its own index: an OR of the two makes SQLite read the whole table.
        for row in db.execute_sql(_BY_NIK.format(marks=",".join([db.param] * len(neighbours))), neighbours):
            found[row[0]] = row
    if born is not None and name_key:
        for row in db.execute_sql(_BY_BIRTH.format(mark=db.param), [born.isoformat()]):
            found[row[0]] = row
    found.pop(exclude_id, None)
    typed = duplicates.Person("", nik, name_key, born)
    exclude_uuid = None
    if exclude_id is not None:
        exclude_uuid = P.select(P.uuid).where(P.id == exclude_id).scalar()
    out = []
    for pid, uuid, nama, other_nik, other_born, rt, rw, archived in found.values():
        if archived:
            continue
        born_on = dt.date.fromisoformat(other_born[:10]) if isinstance(other_born, str) else other_born
        pair = duplicates.judge(typed, duplicates.Person(uuid, other_nik, comparison_key(nama), born_on))
        if pair is None:
            continue
        if exclude_uuid and _decided_different(exclude_uuid, uuid):
            continue
        out.append(Hint(pid, uuid, nama, other_nik, rt, rw, pair.reasons, pair.score))
    out.sort(key=lambda h: -h.score)
    return out[:limit]


def _decided_different(one: str, other: str) -> bool:
    a, b = duplicates.pair_key(one, other)
    return ScreeningPair.select().where(ScreeningPair.uuid_a == a, ScreeningPair.uuid_b == b,
                                        ScreeningPair.decision == DIFFERENT).exists()
