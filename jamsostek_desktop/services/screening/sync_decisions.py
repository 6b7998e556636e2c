"""Decisions arriving in a kelurahan's sync file (kind "decision", services/sync/tenure_rows.py).

The city may already hold the same two people as a pair of its own (its run after an earlier
merge found them): an undecided row of the city's gives way to the kelurahan's decision; a
pair the city has decided itself keeps the city's decision, and the line is passed over.
"""

from __future__ import annotations

from jamsostek_desktop.db.screening_models import ScreeningPair

SP = ScreeningPair


def make_room(lines: list[dict]) -> list[dict]:
    """The decision lines to merge, after the city's own undecided rows of those pairs are removed."""
    keys = {(line["one"], line["other"]): line for line in lines}
    keep: list[dict] = []
    held: dict[tuple[str, str], tuple[int, str, str]] = {}
    wanted = sorted(keys)
    for start in range(0, len(wanted), 400):
        part = wanted[start:start + 400]
        query = SP.select(SP.id, SP.uuid_a, SP.uuid_b, SP.uuid, SP.decision).where(
            SP.uuid_a.in_([a for a, _ in part]), SP.uuid_b.in_([b for _, b in part]))
        for row_id, a, b, uuid, decision in query.tuples():
            if (a, b) in keys:
                held[(a, b)] = (row_id, uuid, decision)
    drop = []
    for key, line in keys.items():
        found = held.get(key)
        if found is None or found[1] == line["uuid"]:
            keep.append(line)            # new to the city, or the same decision row again
        elif not found[2]:
            drop.append(found[0])        # the city's undecided row gives way
            keep.append(line)
        # else: the city decided this pair itself; its decision stands
    if drop:
        SP.delete().where(SP.id.in_(drop)).execute()
    return keep
