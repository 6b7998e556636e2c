"""What screening says before a participant is verified: open flags and undecided pairs stop it.

Small and free of the other screening modules' imports, so enrolment can ask it cheaply.
"""

from __future__ import annotations

from jamsostek_desktop.db.screening_models import ScreeningFlag, ScreeningPair
from jamsostek_desktop.domain import eligibility
from jamsostek_desktop.errors import Texts, translate


def verification_problem(uuid: str):
    """A translatable text saying why `uuid` cannot be verified yet, or None."""
    codes = [c for (c,) in ScreeningFlag.select(ScreeningFlag.code)
             .where(ScreeningFlag.participant_uuid == uuid, ScreeningFlag.resolution == "").tuples()]
    if codes:
        return translate("screening", "masih ada tanda yang perlu diperiksa: {flags}").format(
            flags=Texts([eligibility.FLAG_LABELS.get(c, c) for c in codes]))
    open_pair = (ScreeningPair.select().where(((ScreeningPair.uuid_a == uuid) | (ScreeningPair.uuid_b == uuid))
                                              & (ScreeningPair.decision == "")).exists())
    if open_pair:
        return translate("screening", "mungkin terdaftar ganda; putuskan dulu di Periksa data ganda")
    return None


def needs_review_uuids_sql():
    """The UUIDs of participants with an open flag or an undecided pair (the "Perlu diperiksa" filter)."""
    F, SP = ScreeningFlag, ScreeningPair
    return (F.select(F.participant_uuid).where(F.resolution == "")
            | SP.select(SP.uuid_a).where(SP.decision == "")
            | SP.select(SP.uuid_b).where(SP.decision == ""))
