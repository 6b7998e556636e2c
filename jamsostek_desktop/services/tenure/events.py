"""Deaths and work accidents reported at the kelurahan, and the claims that follow them.

For each event the program says what the family and BPJS will ask: was the person covered
on that date, how many months of contributions fell due before it, is the school grant's
minimum period met, was a work accident reported within 2x24 hours. A death closes the
enrolment (reason meninggal) and leaves the post waiting for a new holder. A claim carries
its kind's document checklist (resources/tenure.json), its status and, when known, the amount.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Claim, LifeEvent
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.errors import NotFoundError, ValidationError, data_text, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.tenure import clock, coverage, labels, replacement, settings
from jamsostek_desktop.services.tenure.records import LEFT, bump, require_kelurahan, stamp


def _participant(participant_id: int) -> Participant:
    p = Participant.get_or_none(Participant.id == participant_id)
    if p is None or p.archived:
        raise NotFoundError(translate("events", "Peserta tidak ditemukan atau sudah diarsipkan."))
    return p


def _event(event_id: int) -> LifeEvent:
    event = LifeEvent.get_or_none(LifeEvent.id == event_id)
    if event is None:
        raise NotFoundError(translate("events", "Peristiwa tidak ditemukan."))
    return event


def _check(kind: str, occurred_at: dt.datetime, reported_at: dt.datetime | None) -> None:
    if kind not in rules.EVENT_KINDS:
        raise ValidationError(translate("events", "Jenis peristiwa '{kind}' tidak dikenal.").format(kind=kind))
    if occurred_at is None:
        raise ValidationError(translate("events", "Tanggal kejadian wajib diisi."))
    if occurred_at > clock.now() + dt.timedelta(hours=1):
        raise ValidationError(translate("events", "Tanggal kejadian ({date}) belum terjadi.").format(
            date=short_date(occurred_at.date())))
    if reported_at is not None and reported_at < occurred_at:
        raise ValidationError(translate("events", "Waktu lapor ke BPJS sebelum waktu kejadian."))


def record(participant_id: int, kind: str, occurred_at: dt.datetime, *, work_accident: bool = False,
           place: str = "", cause: str = "", reported_at: dt.datetime | None = None, note: str = "") -> LifeEvent:
    """Record a death or a work accident; a death also ends the enrolment and opens the post."""
    require("participant.edit")
    require_kelurahan()
    p = _participant(participant_id)
    _check(kind, occurred_at, reported_at)
    if kind == rules.EVENT_ACCIDENT:
        work_accident = True
    if kind == rules.EVENT_DEATH and LifeEvent.select().where(
            (LifeEvent.participant == p.id) & (LifeEvent.kind == rules.EVENT_DEATH)).exists():
        raise ValidationError(translate("events", "Kematian {name} sudah tercatat.").format(name=p.nama))
    with db.atomic():
        event = LifeEvent.create(participant=p.id, kind=kind, occurred_at=occurred_at, work_accident=work_accident,
                                 place=place.strip(), cause=cause.strip(), reported_at=reported_at, note=note.strip(),
                                 **stamp())
        audit.record("create", "life_event", event.uuid, new=str(labels.event(kind)))
        if kind == rules.EVENT_DEATH and p.status not in LEFT:
            # A death is a fact the family brings, not a judgement: the clerk who records it closes the enrolment.
            replacement.close(p.id, rules.DEATH, occurred_at.date(), note=cause.strip(), check_role=False)
    return event


def update(event_id: int, *, occurred_at: dt.datetime, work_accident: bool, place: str, cause: str,
           reported_at: dt.datetime | None, note: str) -> LifeEvent:
    require("participant.edit")
    require_kelurahan()
    event = _event(event_id)
    _check(event.kind, occurred_at, reported_at)
    values = {"occurred_at": occurred_at, "work_accident": work_accident or event.kind == rules.EVENT_ACCIDENT,
              "place": place.strip(), "cause": cause.strip(), "reported_at": reported_at, "note": note.strip()}
    before = {k: getattr(event, k) for k in values}
    if before != values:
        with db.atomic():
            LifeEvent.update(**values, **bump(event)).where(LifeEvent.id == event.id).execute()
            audit.record_changes("update", "life_event", event.uuid, before, values)
    return _event(event.id)


@dataclass(frozen=True)
class EventFacts:
    """What BPJS and the family will ask about an event."""

    covered: bool                 # the event's month lies in the person's coverage
    months: int                   # contributions that fell due on or before the event
    grant_minimum: int
    grant_met: bool               # school grant: at least `grant_minimum` months
    report_deadline: dt.datetime | None   # work accidents: 2x24 hours after
    late: bool                    # reported after the deadline (or not yet, and it has passed)


def facts(event: LifeEvent) -> EventFacts:
    s = settings.current()
    months = coverage.of(event.participant_id)
    day = event.occurred_at.date()
    count = rules.contribution_months_before(months, day, s.contribution_due_day)
    accident = event.kind == rules.EVENT_ACCIDENT or event.work_accident
    deadline = event.occurred_at + dt.timedelta(hours=s.accident_report_hours) if accident else None
    late = accident and rules.report_is_late(event.occurred_at, event.reported_at, clock.now(),
                                             s.accident_report_hours)
    return EventFacts(months.covers(day), count, s.school_grant_min_months,
                      rules.school_grant_met(count, s.school_grant_min_months), deadline, late)


@dataclass(frozen=True)
class EventRow:
    id: int
    participant_id: int
    nama: str
    nik: str
    kelurahan_code: str
    kind: str
    occurred_at: dt.datetime
    work_accident: bool
    place: str
    reported_at: dt.datetime | None
    facts: EventFacts
    claims: int


def listing(kelurahan_prefix: str | None = None, participant_id: int | None = None) -> list[EventRow]:
    query = LifeEvent.select(LifeEvent, Participant).join(Participant)
    if kelurahan_prefix:
        query = query.where((Participant.kelurahan_code >= kelurahan_prefix)
                            & (Participant.kelurahan_code < kelurahan_prefix + "\uffff"))
    if participant_id is not None:
        query = query.where(LifeEvent.participant == participant_id)
    events = list(query.order_by(LifeEvent.occurred_at.desc(), LifeEvent.id.desc()))
    counts: dict[int, int] = {}
    for (event_id,) in Claim.select(Claim.event).where(Claim.event.in_([e.id for e in events])).tuples():
        counts[event_id] = counts.get(event_id, 0) + 1
    return [EventRow(e.id, e.participant_id, e.participant.nama, e.participant.nik, e.participant.kelurahan_code,
                     e.kind, e.occurred_at, e.work_accident, e.place, e.reported_at, facts(e), counts.get(e.id, 0))
            for e in events]


def get(event_id: int) -> LifeEvent:
    return _event(event_id)


# --- claims ---------------------------------------------------------------------------------------

def kinds_for(event: LifeEvent) -> list[rules.ClaimKind]:
    """The claim kinds that follow this event (a JKK death claim only for a death at work)."""
    kinds = [k for k in settings.current().claim_kinds if k.event == event.kind]
    if event.kind == rules.EVENT_DEATH and not event.work_accident:
        kinds = [k for k in kinds if not k.code.startswith("jkk")]
    return kinds


def _kind(code: str) -> rules.ClaimKind:
    kind = settings.current().claim_kind(code)
    if kind is None:
        raise ValidationError(translate("events", "Jenis klaim '{kind}' tidak dikenal.").format(kind=code))
    return kind


def add_claim(event_id: int, kind: str, *, heir_name: str = "", heir_relation: str = "") -> Claim:
    require("participant.edit")
    require_kelurahan()
    event = _event(event_id)
    claim_kind = _kind(kind)
    if claim_kind.code not in {k.code for k in kinds_for(event)}:
        raise ValidationError(translate("events", "Klaim {kind} tidak berlaku untuk peristiwa {event}.").format(
            kind=data_text(claim_kind.name), event=labels.event(event.kind)))
    if Claim.select().where((Claim.event == event.id) & (Claim.kind == kind)).exists():
        raise ValidationError(translate("events", "Klaim {kind} untuk peristiwa ini sudah ada.").format(
            kind=data_text(claim_kind.name)))
    with db.atomic():
        claim = Claim.create(event=event.id, kind=kind, heir_name=heir_name.strip(), heir_relation=heir_relation.strip(),
                             documents={}, **stamp())
        audit.record("create", "claim", claim.uuid, new=claim_kind.name)
    return claim


def update_claim(claim_id: int, *, status: str, amount: int | None, documents: dict[str, bool],
                 heir_name: str, heir_relation: str, submitted_on: dt.date | None, paid_on: dt.date | None,
                 note: str = "") -> Claim:
    """Save a claim's checklist, status and amount; "Dibayar" needs the amount and the day it was paid."""
    require("participant.edit")
    require_kelurahan()
    claim = get_claim(claim_id)
    kind = _kind(claim.kind)
    if status not in rules.CLAIM_STATUSES:
        raise ValidationError(translate("events", "Status klaim '{status}' tidak dikenal.").format(status=status))
    if amount is not None and amount < 0:
        raise ValidationError(translate("events", "Jumlah klaim tidak boleh negatif."))
    if status == "dibayar" and (not amount or paid_on is None):
        raise ValidationError(translate("events", "Klaim yang dibayar memerlukan jumlah dan tanggal pembayaran."))
    if status in ("diajukan", "diproses", "dibayar") and submitted_on is None:
        raise ValidationError(translate("events", "Isi tanggal pengajuan klaim ke BPJS."))
    known = {d.code for d in kind.documents}
    ticked = {code: True for code, done in documents.items() if done and code in known}
    values = {"status": status, "amount": amount, "documents": ticked, "heir_name": heir_name.strip(),
              "heir_relation": heir_relation.strip(), "submitted_on": submitted_on, "paid_on": paid_on,
              "note": note.strip()}
    before = {k: getattr(claim, k) for k in values}
    if before != values:
        with db.atomic():
            Claim.update(**values, **bump(claim)).where(Claim.id == claim.id).execute()
            audit.record_changes("update", "claim", claim.uuid, before, values)
    return get_claim(claim.id)


def get_claim(claim_id: int) -> Claim:
    claim = Claim.get_or_none(Claim.id == claim_id)
    if claim is None:
        raise NotFoundError(translate("events", "Klaim tidak ditemukan."))
    return claim


def claims_of(event_id: int) -> list[Claim]:
    return list(Claim.select().where(Claim.event == event_id).order_by(Claim.id))


def missing_documents(claim: Claim) -> list[rules.Document]:
    return _kind(claim.kind).missing(claim.documents or {})
