"""Ganti pejabat: a holder leaves a post (why, when) and a new holder takes the same post.

Nothing is deleted. The leaving participant's record stays, made Nonaktif with the reason,
its running term closed on the date and its last paid month set; a `replacement` row links
it to the post and, once known, to the new holder. Without a new holder yet (a death, a
term that ran out) the replacement stays open: the post shows as waiting, and the next
person enrolled on it (or picked for it) completes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Coverage, Post, Replacement, Term
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.errors import NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit, seal
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.tenure import clock, coverage, labels, posts, terms
from jamsostek_desktop.services.tenure.records import (
    LEFT,
    bump,
    bump_participant,
    require_kelurahan,
    stamp,
)

# What the leaving record's status reason says (stored in Indonesian, like every status reason).
LEFT_REASON = translate("replacement", "{reason} per {date}")


def _live(participant_id: int) -> Participant:
    p = Participant.get_or_none(Participant.id == participant_id)
    if p is None or p.archived:
        raise NotFoundError(translate("replacement", "Peserta tidak ditemukan atau sudah diarsipkan."))
    return p


def close(leaving_id: int, reason: str, date: dt.date, *, note: str = "",
          check_role: bool = True) -> Replacement:
    """The holder leaves the post on `date` for `reason`: the enrolment ends, the post waits for a holder."""
    if check_role:
        require("participant.verify")
    require_kelurahan()
    if reason not in rules.REASONS:
        raise ValidationError(translate("replacement", "Alasan penggantian '{reason}' tidak dikenal.").format(
            reason=reason))
    if date is None:
        raise ValidationError(translate("replacement", "Tanggal berhenti wajib diisi."))
    p = _live(leaving_id)
    if p.status in LEFT:
        raise ValidationError(translate("replacement", "{name} sudah tidak menjabat (status {status}).").format(
            name=p.nama, status=status_rules.label(p.status)))
    with db.atomic():
        term = Term.open_of(p.id) or terms.follow(p)
        if term.start and date < term.start:
            raise ValidationError(translate("replacement", "Tanggal berhenti ({date}) sebelum TMT mulai "
                                            "({start}).").format(date=short_date(date), start=short_date(term.start)))
        Term.update(closed_on=date, close_reason=reason, **bump(term)).where(Term.id == term.id).execute()
        audit.record("update", "term", term.uuid, field="closed_on", new=date, reason=str(labels.reason(reason)))
        text = LEFT_REASON.format(reason=labels.reason(reason), date=short_date(date))
        Participant.update(status="inactive", status_reason=text, **bump_participant(p)).where(
            Participant.id == p.id).execute()
        audit.record("status", "participant", p.uuid, field="status", old=p.status, new="inactive", reason=text)
        seal.participants([p.id])
        coverage.stop_at(p.id, date)
        replacement = Replacement.create(post=term.post_id, leaving=p.id, reason=reason, date=date,
                                         note=note.strip(), actor=current_username(), **stamp())
        audit.record("create", "replacement", replacement.uuid, new=str(labels.reason(reason)), reason=note)
    return replacement


def complete(replacement_id: int, incoming_id: int, start: dt.date | None = None) -> Replacement:
    """The new holder takes the post: its running term moves onto it (refused when the post is full)."""
    require("participant.edit")
    require_kelurahan()
    r = Replacement.get_or_none(Replacement.id == replacement_id)
    if r is None:
        raise NotFoundError(translate("replacement", "Penggantian tidak ditemukan."))
    if r.incoming_id is not None:
        raise ValidationError(translate("replacement", "Penggantian ini sudah punya pemegang baru."))
    if r.post_id is None:
        raise ValidationError(translate("replacement", "Jabatan yang ditinggalkan tidak diketahui."))
    new = _live(incoming_id)
    if new.id == r.leaving_id:
        raise ValidationError(translate("replacement", "Pemegang baru tidak boleh orang yang sama dengan yang "
                                        "diganti."))
    if new.status in LEFT:
        raise ValidationError(translate("replacement", "{name} berstatus {status}; pilih peserta yang masih "
                                        "aktif menjabat.").format(name=new.nama, status=status_rules.label(new.status)))
    with db.atomic():
        term = Term.open_of(new.id)
        if term is None:
            # Made on the replacement's own post below, whatever the category's template says.
            term = Term.create(participant=new.id, post=None, number=1, **terms.values_of(new), **stamp())
            audit.record("create", "term", term.uuid, new=r.post.title)
        begin = start or term.start or r.date
        changes = {}
        if term.post_id != r.post_id:
            posts.check_free(r.post, begin, term.end, exclude=(new.id,))
            changes["post"] = r.post_id
            changes["number"] = Term.select().where((Term.participant == new.id) & (Term.post == r.post_id)).count() + 1
        if term.start != begin:
            changes["start"] = begin
        if changes:
            Term.update(**changes, **bump(term)).where(Term.id == term.id).execute()
            audit.record("update", "term", term.uuid, field="post", new=r.post.title)
        old_cover = Coverage.get_or_none(Coverage.participant == r.leaving_id)
        if not Coverage.select().where(Coverage.participant == new.id).exists():
            first = rules.first_month_after(old_cover.last_month if old_cover else None, begin, clock.today())
            coverage.set_months(new.id, first, None, check_role=False)
        Replacement.update(incoming=new.id, **bump(r)).where(Replacement.id == r.id).execute()
        audit.record("update", "replacement", r.uuid, field="incoming", new=new.uuid)
    return Replacement.get_by_id(r.id)


def replace(leaving_id: int, reason: str, date: dt.date, *, incoming_id: int | None = None,
            start: dt.date | None = None, note: str = "") -> Replacement:
    """Ganti pejabat in one step: the holder leaves and, when given, the new holder takes the post."""
    with db.atomic():
        r = close(leaving_id, reason, date, note=note)
        if incoming_id is not None:
            r = complete(r.id, incoming_id, start)
    return r


# --- reading -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReplacementRow:
    id: int
    kelurahan_code: str
    post: str
    jabatan: str
    unit: str
    category: str
    leaving: str
    leaving_nik: str
    reason: str          # the code
    date: dt.date
    incoming: str        # "" while the post waits
    note: str


def listing(kelurahan_prefix: str | None = None, open_only: bool = False) -> list[ReplacementRow]:
    """Every replacement in the area, newest first (the city sees those of every kelurahan)."""
    Leaving, Incoming = Participant.alias("leaving"), Participant.alias("incoming")
    query = (Replacement.select(Replacement, Leaving, Incoming, Post)
             .join(Leaving, on=(Replacement.leaving == Leaving.id))
             .switch(Replacement).join(Incoming, on=(Replacement.incoming == Incoming.id), join_type=JOIN.LEFT_OUTER)
             .switch(Replacement).join(Post, on=(Replacement.post == Post.id), join_type=JOIN.LEFT_OUTER))
    if kelurahan_prefix:
        query = query.where((Leaving.kelurahan_code >= kelurahan_prefix)
                            & (Leaving.kelurahan_code < kelurahan_prefix + "\uffff"))
    if open_only:
        query = query.where(Replacement.incoming.is_null())
    names = {catalogue.row_id(c.code): c.name for c in catalogue.all_categories()}
    out = []
    for r in query.order_by(Replacement.date.desc(), Replacement.id.desc()):
        leaving = r.leaving
        incoming = r.incoming if r.incoming_id else None
        post = r.post if r.post_id else None
        out.append(ReplacementRow(r.id, leaving.kelurahan_code, post.title if post else "",
                                  post.jabatan if post else "", post.unit if post else "", names.get(leaving.category_id, ""), leaving.nama, leaving.nik, r.reason, r.date,
                                  incoming.nama if incoming else "", r.note))
    return out


def open_for(post_id: int) -> Replacement | None:
    return (Replacement.select().where((Replacement.post == post_id) & Replacement.incoming.is_null())
            .order_by(Replacement.date.desc()).first())


@dataclass(frozen=True)
class Candidate:
    id: int
    nama: str
    nik: str
    has_post: bool


def candidates(leaving_id: int, limit: int = 300) -> list[Candidate]:
    """Who may take the leaving holder's post: live people of the same category still in office,
    those without a post first (entered while the post was held), by name."""
    leaving = _live(leaving_id)
    with_post = {pid for (pid,) in Term.select(Term.participant).where(
        Term.closed_on.is_null() & Term.post.is_null(False)).tuples()}
    query = (Participant.select(Participant.id, Participant.nama, Participant.nik)
             .where((Participant.archived == False) & Participant.status.not_in(LEFT)  # noqa: E712
                    & (Participant.category == leaving.category_id) & (Participant.id != leaving.id)
                    & (Participant.kelurahan_code == leaving.kelurahan_code))
             .order_by(Participant.nama).limit(limit))
    rows = [Candidate(pid, nama, nik, pid in with_post) for pid, nama, nik in query.tuples()]
    return sorted(rows, key=lambda c: c.has_post)


def people(text: str, kelurahan_prefix: str | None = None, limit: int = 50):
    """Live participants matching a search text (name words, NIK, RT/RW), for the pickers."""
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants.listing import ListQuery, PreparedList

    if not text.strip():
        return []
    return PreparedList(ListQuery(Scope(text=text, kelurahan_prefix=kelurahan_prefix))).page(0, limit)


def leaving_of(replacement_id: int) -> int:
    """The participant who left, for a replacement listed by id."""
    r = Replacement.get_or_none(Replacement.id == replacement_id)
    if r is None:
        raise NotFoundError(translate("replacement", "Penggantian tidak ditemukan."))
    return r.leaving_id
