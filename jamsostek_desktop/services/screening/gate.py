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
    from jamsostek_desktop.db.models import Participant as P

    partners = [b if a == uuid else a for a, b in ScreeningPair.select(ScreeningPair.uuid_a, ScreeningPair.uuid_b)
                .where(((ScreeningPair.uuid_a == uuid) | (ScreeningPair.uuid_b == uuid))
                       & (ScreeningPair.decision == "")).tuples()]
    # A partner archived since the run (by hand) leaves nothing to decide.
    if partners and P.select().where(P.uuid.in_(partners), P.archived == False).exists():  # noqa: E712
        return translate("screening", "mungkin terdaftar ganda; putuskan dulu di Periksa data ganda")
    return None


def needs_review_uuids_sql():
    """The UUIDs of participants with an open flag or an undecided pair (the "Perlu diperiksa" filter)."""
    F, SP = ScreeningFlag, ScreeningPair
    return (F.select(F.participant_uuid).where(F.resolution == "")
            | SP.select(SP.uuid_a).where(SP.decision == "")
            | SP.select(SP.uuid_b).where(SP.decision == ""))


DUPLICATE = "GANDA"     # the list's mark for an undecided pair


def review_codes(participant_ids) -> dict[int, list[str]]:
    """id -> the open flag codes (and GANDA for an undecided pair) of these participants: the list's
    "Periksa" column, read for one page of ids at a time."""
    from jamsostek_desktop.db.models import Participant as P

    ids = list(participant_ids)
    if not ids:
        return {}
    F, SP = ScreeningFlag, ScreeningPair
    uuid_of = dict(P.select(P.uuid, P.id).where(P.id.in_(ids)).tuples())
    out: dict[int, list[str]] = {}
    for uuid, code in (F.select(F.participant_uuid, F.code)
                       .where(F.resolution == "", F.participant_uuid.in_(list(uuid_of))).tuples()):
        out.setdefault(uuid_of[uuid], []).append(code)
    paired = (SP.select(SP.uuid_a, SP.uuid_b).where(SP.decision == "", SP.uuid_a.in_(list(uuid_of)))
              | SP.select(SP.uuid_a, SP.uuid_b).where(SP.decision == "", SP.uuid_b.in_(list(uuid_of))))
    for a, b in paired.tuples():
        for uuid in (a, b):
            if uuid in uuid_of and DUPLICATE not in out.setdefault(uuid_of[uuid], []):
                out[uuid_of[uuid]].append(DUPLICATE)
    return out
