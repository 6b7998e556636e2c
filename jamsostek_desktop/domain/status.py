"""Participant status and the moves a clerk may make between them."""

from __future__ import annotations

from enum import Enum

from jamsostek_desktop.errors import Message, translate


class Status(str, Enum):
    DRAFT = "draft"
    VERIFIED = "verified"
    SUBMITTED = "submitted"
    ACTIVE = "active"
    INACTIVE = "inactive"
    REJECTED = "rejected"


LABELS = {
    Status.DRAFT: translate("status", "Draf"),
    Status.VERIFIED: translate("status", "Terverifikasi"),
    Status.SUBMITTED: translate("status", "Diajukan"),
    Status.ACTIVE: translate("status", "Aktif"),
    Status.INACTIVE: translate("status", "Nonaktif"),
    Status.REJECTED: translate("status", "Ditolak"),
}

# draft -> verified -> submitted -> active / inactive / rejected, and the way back
# that real offices need (a rejected person corrected and verified again).
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.VERIFIED}),
    Status.VERIFIED: frozenset({Status.DRAFT, Status.SUBMITTED}),
    Status.SUBMITTED: frozenset({Status.ACTIVE, Status.REJECTED, Status.VERIFIED}),
    Status.ACTIVE: frozenset({Status.INACTIVE}),
    Status.INACTIVE: frozenset({Status.ACTIVE}),
    Status.REJECTED: frozenset({Status.DRAFT}),
}

# Moves that need a written reason.
NEEDS_REASON = frozenset({Status.REJECTED, Status.INACTIVE, Status.DRAFT})


def label(status: str) -> Message:
    return LABELS[Status(status)]


def targets_from(current) -> list[str]:
    """The statuses at least one of `current` may move to, in the workflow's order: a bulk
    change offers these and applies each to the people who can take it."""
    allowed = set().union(*(TRANSITIONS[Status(c)] for c in current)) if current else set()
    return [s.value for s in Status if s in allowed]


def can_move(current: str, target: str) -> bool:
    return Status(target) in TRANSITIONS[Status(current)]


def move_problem(current: str, target: str, reason: str | None) -> Message | None:
    """Why a status change is refused (translatable Indonesian); None when allowed."""
    if current == target:
        return translate("status", "Status sudah {status}.").format(status=label(current))
    if not can_move(current, target):
        return translate("status", "Status {current} tidak dapat diubah menjadi {target}.").format(
            current=label(current), target=label(target))
    if Status(target) in NEEDS_REASON and not (reason or "").strip():
        return translate("status", "Perubahan status menjadi {status} memerlukan alasan.").format(
            status=label(target))
    return None
