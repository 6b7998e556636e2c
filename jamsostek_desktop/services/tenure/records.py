"""What every tenure write shares: the next revision and change number, the kelurahan-only rule.

The city receives terms, replacements, coverage and events from the kelurahan's sync files
and keeps them as sent: it reads and prints them but never writes them, so a kelurahan's
next file can never contradict a city edit. Every write here therefore starts with
`require_kelurahan()`.
"""

from __future__ import annotations

from jamsostek_desktop.db.models import Participant, next_change_seq, utc_now
from jamsostek_desktop.errors import AppError, translate
from jamsostek_desktop.services.participants import profile as profile_service

# Statuses of a participant who holds no post any more.
LEFT = ("inactive", "rejected")


def require_kelurahan() -> None:
    if profile_service.is_city():
        raise AppError(translate("records", "Masa jabatan, penggantian, cakupan dan peristiwa dicatat oleh "
                                 "kelurahan; kantor kota menerimanya lewat sinkronisasi."))


def stamp() -> dict:
    """Values of a new row: its change number (the one order every synced table shares), taken
    inside the caller's write transaction (next_change_seq raises outside one)."""
    return {"change_seq": next_change_seq(), "created_at": utc_now(), "updated_at": utc_now()}


def bump(row) -> dict:
    """Values that mark a changed row: next revision, now, next change number."""
    return {"revision": row.revision + 1, "updated_at": utc_now(), "change_seq": next_change_seq()}


def bump_participant(p: Participant) -> dict:
    """Values of a changed participant row; the caller seals it (seal.participants) in the same
    transaction, or `jamsostek check` reports the row as changed outside the program."""
    return {"revision": p.revision + 1, "updated_at": utc_now(), "change_seq": next_change_seq()}
