"""Participant status and the moves a clerk may make between them."""

from __future__ import annotations

from enum import Enum


class Status(str, Enum):
    DRAFT = "draft"
    VERIFIED = "verified"
    SUBMITTED = "submitted"
    ACTIVE = "active"
    INACTIVE = "inactive"
    REJECTED = "rejected"


LABELS = {
    Status.DRAFT: "Draf",
    Status.VERIFIED: "Terverifikasi",
    Status.SUBMITTED: "Diajukan",
    Status.ACTIVE: "Aktif",
    Status.INACTIVE: "Nonaktif",
    Status.REJECTED: "Ditolak",
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


def label(status: str) -> str:
    return LABELS[Status(status)]


def can_move(current: str, target: str) -> bool:
    return Status(target) in TRANSITIONS[Status(current)]


def move_problem(current: str, target: str, reason: str | None) -> str | None:
    """Why a status change is refused, in Indonesian; None when allowed."""
    if current == target:
        return f"Status sudah {label(current)}."
    if not can_move(current, target):
        return f"Status {label(current)} tidak dapat diubah menjadi {label(target)}."
    if Status(target) in NEEDS_REASON and not (reason or "").strip():
        return f"Perubahan status menjadi {label(target)} memerlukan alasan."
    return None
