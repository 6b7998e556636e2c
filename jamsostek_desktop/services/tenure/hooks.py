"""What the enrolment service tells tenure: a participant was saved, a status changed.

Called inside the enrolment's own transaction, so a refusal here (a post already held)
leaves the participant unsaved as well.
"""

from __future__ import annotations

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.tenure import coverage, terms


def participant_saved(p: Participant, old: Participant | None = None) -> None:
    """A new participant gets its first term; an edit moves its running term along."""
    terms.follow(p, old)


def participant_enrolled(p: Participant, category_code: str) -> None:
    """A participant just written by the entry form (or an import of one) gets its first term."""
    terms.first_term(p, category_code)


def status_changed(participant_id: int, target: str) -> None:
    """A participant made Aktif is paid for from this month unless its months were set already."""
    if target == "active" and not profile_service.is_city():
        coverage.start_if_missing(participant_id)
