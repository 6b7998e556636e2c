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


def screen_kelurahan(codes: set[str], written_after: int | None = None) -> list[pairs.PairView]:
    """Open pairs that involve a live participant of the kelurahan `codes`.

    The comparison runs for the people the merge wrote (change number past `written_after`;
    everyone of `codes` when None): a person the file left as it was was compared when last
    written, and any newcomer elsewhere in the city is compared with them when it arrives, so
    an unchanged re-send costs no comparison. The answer still lists every open pair of `codes`.
    """
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
