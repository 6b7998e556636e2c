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
from jamsostek_desktop.services.screening.people import live_people

MAYBE_SAME = translate("screening", "mungkin sama dengan {name} (NIK {nik}, {why}) \u2014 periksa KTP")
IN_FILE = translate("screening", "baris {row} berkas ini")


def row_warnings(rows: Iterable[tuple[Hashable, dict, str]], row_label=str) -> dict[Hashable, list]:
    """ref -> warning messages, for rows given as (ref, typed values, kelurahan code)."""
    rows = list(rows)
    if not rows:
        return {}
    people = live_people()
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
