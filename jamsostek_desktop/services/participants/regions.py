"""Where participants belong: the kelurahan registry and the city's kota -> kecamatan -> kelurahan tree."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from jamsostek_desktop.db.models import Kelurahan, Participant
from jamsostek_desktop.domain import region


@dataclass(frozen=True)
class KelurahanInfo:
    code: str
    kelurahan: str
    kecamatan: str
    kota: str

    @property
    def kecamatan_code(self) -> str:
        return region.kecamatan_of(self.code)


def register(code: str, kelurahan: str, kecamatan: str = "", kota: str = "") -> None:
    """Remember (or rename) a kelurahan; call inside the caller's transaction."""
    code = region.format_code(code)
    (Kelurahan.insert(code=code, kelurahan=kelurahan, kecamatan=kecamatan, kota=kota)
     .on_conflict(conflict_target=[Kelurahan.code],
                  update={Kelurahan.kelurahan: kelurahan, Kelurahan.kecamatan: kecamatan, Kelurahan.kota: kota})
     .execute())


def all_kelurahan() -> list[KelurahanInfo]:
    """Registered kelurahan plus any code participants carry that is not registered yet."""
    known = {k.code: KelurahanInfo(k.code, k.kelurahan, k.kecamatan, k.kota)
             for k in Kelurahan.select()}
    for (code,) in Participant.select(fn.DISTINCT(Participant.kelurahan_code)).tuples():
        if code not in known:
            known[code] = KelurahanInfo(code, code, "", "")
    return sorted(known.values(), key=lambda k: (k.kecamatan, k.kelurahan))


def tree() -> dict[str, list[KelurahanInfo]]:
    """{kecamatan name or code: [kelurahan ...]} for the city navigator."""
    out: dict[str, list[KelurahanInfo]] = {}
    for k in all_kelurahan():
        out.setdefault(k.kecamatan or k.kecamatan_code, []).append(k)
    return out


def counts_by_kelurahan() -> dict[str, int]:
    P = Participant
    query = P.select(P.kelurahan_code, fn.COUNT(P.id)).where(P.archived == False).group_by(P.kelurahan_code)  # noqa: E712
    return dict(query.tuples())



