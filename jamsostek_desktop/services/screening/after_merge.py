"""The city's screening step after a sync merge: people of the merged kelurahan who may be
someone already on the city's list (a one-digit NIK typo, the same name and birth date),
in another kelurahan above all.

Called by services/sync/importing.py once the files are merged (a step of its own, not in the
merge's inner loop). Pairs decided before keep their decision: re-importing a kelurahan's
file never asks about them again.
"""

from __future__ import annotations

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.screening import pairs


def screen_kelurahan(codes: set[str]) -> list[pairs.PairView]:
    """Open pairs that involve a live participant of the kelurahan `codes` (run first)."""
    if not codes:
        return []
    uuids = {u for (u,) in Participant.select(Participant.uuid)
             .where(Participant.kelurahan_code.in_(sorted(codes)), Participant.archived == False).tuples()}  # noqa: E712
    if not uuids:
        return []
    pairs.run(among=uuids)
    return [p for p in pairs.open_pairs() if p.one.uuid in uuids or p.other.uuid in uuids]
