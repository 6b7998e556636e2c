"""Near-duplicates among the rows of an import: a warning per row ("mungkin sama dengan ...").

The Excel import hands in its valid rows; each is compared with the live list and with the
other rows of the file by the same rules as the full run (domain.duplicates), in one pass.
A warning, never a refusal: the clerk checks the KTP, and the full run asks for a decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable

from jamsostek_desktop.domain import duplicates
from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain.names import comparison_key
from jamsostek_desktop.errors import Texts, translate
from jamsostek_desktop.services.screening.people import date_of, live_people

MAYBE_SAME = translate("screening", "mungkin sama dengan {name} (NIK {nik}, {why}) \u2014 periksa KTP")
IN_FILE = translate("screening", "baris {row} berkas ini")


# Up to this many rows, the list is asked about each row (two index lookups, as the form's hint);
# a larger file reads the whole list once (about 2 s of CPU at 150,000 participants).
_LOOKUP_UP_TO = 2_000


def _candidates(rows) -> list[duplicates.Person]:
    """The live participants any of `rows` may duplicate: NIKs one digit or one swap away, and
    people born on a row's birth date."""
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.models import Participant as P

    ids: set[int] = set()
    niks = [n for _, values, _ in rows for n in duplicates.nik_neighbours(
        nik_rules.compact(str(values.get("nik") or "")))]
    dates = sorted({v.get("tanggal_lahir").isoformat() for _, v, _ in rows
                    if isinstance(v.get("tanggal_lahir"), dt.date)})
    for start in range(0, len(niks), 500):
        ids.update(i for (i,) in P.select(P.id).where(P.nik.in_(niks[start:start + 500])).tuples())
    for start in range(0, len(dates), 500):
        ids.update(i for (i,) in P.select(P.id).where(P.tanggal_lahir.in_(dates[start:start + 500])).tuples())
    out: list[duplicates.Person] = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        query = P.select(P.uuid, P.nik, P.nama, P.tanggal_lahir, P.kelurahan_code).where(
            P.id.in_(ordered[start:start + 500]), P.archived == False)  # noqa: E712
        for uuid, nik, nama, born, code in db.execute_sql(*query.sql()):
            out.append(duplicates.Person(uuid, nik, comparison_key(nama), date_of(born), code))
    return out


def row_warnings(rows: Iterable[tuple[Hashable, dict, str]], row_label=str) -> dict[Hashable, list]:
    """ref -> warning messages, for rows given as (ref, typed values, kelurahan code)."""
    rows = list(rows)
    if not rows:
        return {}
    people = live_people() if len(rows) > _LOOKUP_UP_TO else _candidates(rows)
    names = {p.key: None for p in people}
    by_key: dict[str, tuple] = {}
    for n, (ref, values, code) in enumerate(rows):
        key = f"\0row{n}"
        born = values.get("tanggal_lahir")
        by_key[key] = (ref, values)
        people.append(duplicates.Person(key, nik_rules.compact(str(values.get("nik") or "")),
                                        comparison_key(values.get("nama") or ""),
                                        born if isinstance(born, dt.date) else None, code))
    niks = {p.key: p.nik for p in people}
    found = duplicates.find_pairs(people, set(by_key))
    if not found:
        return {}
    from jamsostek_desktop.db.models import Participant

    wanted = sorted({k for p in found for k in (p.a, p.b) if k in names})
    stored: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        stored.update(Participant.select(Participant.uuid, Participant.nama)
                      .where(Participant.uuid.in_(wanted[start:start + 500])).tuples())
    out: dict[Hashable, list] = {}
    for pair in found:
        if niks[pair.a] == niks[pair.b]:
            continue                  # the same NIK is already an error of its own
        why = Texts([duplicates.REASON_LABELS[r] for r in pair.reasons if r != duplicates.OTHER_KELURAHAN])
        for mine, other in ((pair.a, pair.b), (pair.b, pair.a)):
            if mine not in by_key:
                continue
            if other in by_key:
                name = by_key[other][1].get("nama") or ""
                name = f"{name} ({IN_FILE.format(row=row_label(by_key[other][0]))})"
            else:
                name = stored.get(other, "")
            out.setdefault(by_key[mine][0], []).append(MAYBE_SAME.format(name=name, nik=niks[other], why=why))
    return out
