"""The merge rules as pure functions: what an incoming record does to the city's copy.

Upsert by UUID and revision: a record the city lacks is added; a higher revision
replaces; a lower one is ignored (the city already has something newer); the same
revision with the same content changes nothing; the same revision with other content,
or a UUID the city holds for another kelurahan, is a conflict for a person to resolve.
A copy the city itself changed (a duplicate archived, a conflict decided) is compared with
the revision it last received: a newer kelurahan revision is then a conflict, never an overwrite.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from jamsostek_desktop.services.sync.format.records import content_of


class Action(str, Enum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    OLDER = "older"
    CONFLICT = "conflict"


class Current(NamedTuple):
    """The city's copy of a record, as far as the rules need it (a tuple: 150,000 are made per import)."""

    revision: int
    content: tuple
    kelurahan_code: str
    archived: bool
    received: int | None = None   # the kelurahan revision last merged (None: never merged here)

    @property
    def changed_at_city(self) -> bool:
        return self.received is not None and self.revision != self.received


def decide(current: Current | None, record: dict, kelurahan_code: str) -> Action:
    if current is None:
        return Action.ADD
    if current.kelurahan_code != kelurahan_code:
        return Action.CONFLICT
    if current.changed_at_city:
        # Both sides may have moved on: compare with what the city last heard from the kelurahan.
        if record["revision"] > current.received:
            return Action.CONFLICT
        return Action.OLDER if record["revision"] < current.received else Action.UNCHANGED
    if record["revision"] > current.revision:
        return Action.UPDATE
    if record["revision"] < current.revision:
        return Action.OLDER
    return Action.UNCHANGED if content_of(record) == current.content else Action.CONFLICT


@dataclass
class Plan:
    add: list[dict] = field(default_factory=list)
    update: list[dict] = field(default_factory=list)
    unchanged: int = 0
    older: int = 0
    conflicts: list[tuple[dict, Current]] = field(default_factory=list)
    archived: int = 0        # tombstones that archive (added ones or updates of live copies)

    @property
    def writes(self) -> bool:
        return bool(self.add or self.update)


def plan(current: dict[str, Current], incoming: Iterable[dict], kelurahan_code: str) -> Plan:
    """Sort every incoming record into what the merge will do with it."""
    out = Plan()
    for record in incoming:
        existing = current.get(record["uuid"])
        action = decide(existing, record, kelurahan_code)
        if action is Action.ADD:
            out.add.append(record)
            out.archived += record["tombstone"]
        elif action is Action.UPDATE:
            out.update.append(record)
            out.archived += record["tombstone"] and not existing.archived
        elif action is Action.UNCHANGED:
            out.unchanged += 1
        elif action is Action.OLDER:
            out.older += 1
        else:
            out.conflicts.append((record, existing))
    return out


def duplicate_groups(rows: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """{nik: [uuid, ...]} for every NIK held by more than one live enrolment (rows: (nik, uuid))."""
    by_nik: dict[str, list[str]] = {}
    for nik, uuid in rows:
        by_nik.setdefault(nik, []).append(uuid)
    return {nik: sorted(uuids) for nik, uuids in by_nik.items() if len(uuids) > 1}


def missing_sequences(imported: Iterable[tuple[int, bool]]) -> list[int]:
    """Sequence numbers not received since the last full file ((sequence, full) pairs received).

    A full file carries everything, so the numbers before it no longer matter.
    """
    pairs = sorted(set(imported))
    if not pairs:
        return []
    seqs = {s for s, _ in pairs}
    last_full = max((s for s, full in pairs if full), default=0)
    top = max(seqs)
    start = last_full + 1 if last_full else 1
    return [s for s in range(start, top) if s not in seqs]
