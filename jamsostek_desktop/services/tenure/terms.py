"""Terms of office: each participant's running term follows the entry form; a new SK extends it.

The participant row keeps the SK of its running term (no_sk, tanggal_sk, tmt, and the
catalogue fields jenis_sk and tmt_akhir), so the form, the roster, Excel and the
participant's sync record show the current SK; the `term` table keeps every term. Saving
the form moves the running term along (`follow`, called by the enrolment service); a new
SK (`extend`) closes the running term as "diperpanjang", opens the next and writes its SK
back onto the participant.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant, max_change_seq, utc_now
from jamsostek_desktop.db.tenure_models import Coverage, Post, Replacement, Term
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.domain.parsing import ParseError, parse_date
from jamsostek_desktop.errors import AppError, NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.tenure import clock, posts
from jamsostek_desktop.services.tenure.records import (
    bump,
    bump_participant,
    require_kelurahan,
    stamp,
)

# The participant's values a term is made of.
TERM_KEYS = ("no_sk", "tanggal_sk", "tmt")
TERM_FIELDS = ("jenis_sk", "tmt_akhir")


class TermWarnings(AppError):
    """Only warnings stand in the way (a term past the category's limit); retry with accept_warnings."""

    def __init__(self, warnings: list[str]) -> None:
        super().__init__(translate("terms", "Ada peringatan yang perlu dikonfirmasi."), details=warnings)
        self.warnings = warnings


def _date(value) -> dt.date | None:
    if value in (None, "") or isinstance(value, dt.date):
        return value or None
    try:
        return parse_date(value)
    except ParseError:
        return None


def values_of(p: Participant) -> dict:
    """The term the participant's row describes: SK kind, number, date, TMT start and end."""
    rule = catalogue.get(p.category.code).tenure
    fields = p.fields or {}
    start = _date(p.tmt)
    return {"sk_kind": str(fields.get("jenis_sk") or rule.sk_kind or ""), "sk_number": p.no_sk or "",
            "sk_date": _date(p.tanggal_sk), "start": start,
            "end": _date(fields.get("tmt_akhir")) or rules.default_end(start, rule.term_years)}


def _check_period(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and end < start:
        raise ValidationError(translate("terms", "TMT berakhir ({end}) sebelum TMT mulai ({start}).").format(
            end=short_date(end), start=short_date(start)))


def _number_on(participant_id: int, post_id: int | None) -> int:
    """The next term number of a holder on a post (the first, the second ...)."""
    if post_id is None:
        return 1
    return Term.select().where((Term.participant == participant_id) & (Term.post == post_id)).count() + 1


def _link_vacancy(post_id: int, p: Participant) -> None:
    """A new holder on a post that waits for one completes the open replacement."""
    waiting = (Replacement.select().where((Replacement.post == post_id) & Replacement.incoming.is_null()
                                          & (Replacement.leaving != p.id))
               .order_by(Replacement.date.desc()).first())
    if waiting is not None:
        Replacement.update(incoming=p.id, **bump(waiting)).where(Replacement.id == waiting.id).execute()
        audit.record("update", "replacement", waiting.uuid, field="incoming", new=p.uuid)


def follow(p: Participant, old: Participant | None = None) -> Term | None:
    """Called inside the enrolment's transaction after a participant was saved.

    A participant without a term gets its first one, on the post its category names. A post
    already full (a second Ketua RT for one RT) is not given: the term runs without a post and
    the posts list shows who holds it, until "Ganti pejabat" ends the other holder's term. An
    edit moves the running term along: its SK and TMT when those changed, its post when the
    fields that name the post changed.
    """
    if profile_service.is_city():
        return None
    values = values_of(p)
    _check_period(values["start"], values["end"])
    term = Term.open_of(p.id)
    if term is None:
        post = posts.post_of(p)
        free = not posts.is_full(post, values["start"], values["end"], exclude=(p.id,))
        term = Term.create(participant=p.id, post=post.id if free else None,
                           number=_number_on(p.id, post.id) if free else 1, **values, **stamp())
        audit.record("create", "term", term.uuid, new=post.title if free else "")
        if free:
            _link_vacancy(post.id, p)
        return term
    if old is None:
        return term
    changes: dict = {}
    if values_of(old) != values:
        changes.update(values)
    if posts.template_of(old) != posts.template_of(p) or old.category_id != p.category_id or term.post_id is None:
        post = posts.post_of(p)
        if post.id != term.post_id:
            free = not posts.is_full(post, values["start"], values["end"], exclude=(p.id,))
            changes["post"] = post.id if free else None
    current = {k: getattr(term, "post_id" if k == "post" else k) for k in changes}
    if changes and current != changes:
        Term.update(**changes, **bump(term)).where(Term.id == term.id).execute()
        audit.record_changes("update", "term", term.uuid, current, changes)
    return Term.get_by_id(term.id)


def assign(participant_id: int, post_id: int) -> Term:
    """Put a participant's running term on a post ("Tetapkan jabatan"): refused while the post is
    full, naming who holds it; a post waiting for a holder gets this one."""
    require("participant.edit")
    require_kelurahan()
    p = _participant(participant_id)
    post = posts.get(post_id)
    if post.kelurahan_code != p.kelurahan_code:
        raise ValidationError(translate("terms", "Jabatan itu milik kelurahan lain."))
    with db.atomic():
        term = Term.open_of(p.id) or follow(p)
        if term.post_id == post.id:
            return term
        posts.check_free(post, term.start, term.end, exclude=(p.id,))
        Term.update(post=post.id, number=_number_on(p.id, post.id), **bump(term)).where(Term.id == term.id).execute()
        audit.record("update", "term", term.uuid, field="post", old=term.post.title if term.post_id else "",
                     new=post.title)
        _link_vacancy(post.id, p)
    return Term.get_by_id(term.id)


def _mirror(p: Participant, term_values: dict) -> None:
    """Write a term's SK onto the participant row (the current SK everywhere else)."""
    fields = dict(p.fields or {})
    for key, value in (("jenis_sk", term_values["sk_kind"]), ("tmt_akhir", term_values["end"])):
        if value:
            fields[key] = value.isoformat() if isinstance(value, dt.date) else value
        else:
            fields.pop(key, None)
    after = {"no_sk": term_values["sk_number"], "tanggal_sk": term_values["sk_date"], "tmt": term_values["start"],
             "fields": fields}
    before = {"no_sk": p.no_sk, "tanggal_sk": p.tanggal_sk, "tmt": p.tmt, "fields": p.fields}
    Participant.update(**after, **bump_participant(p)).where(Participant.id == p.id).execute()
    audit.record_changes("update", "participant", p.uuid, before, after, audit.TERM_SK)


def _participant(participant_id: int) -> Participant:
    p = Participant.get_or_none(Participant.id == participant_id)
    if p is None or p.archived:
        raise NotFoundError(translate("terms", "Peserta tidak ditemukan atau sudah diarsipkan."))
    return p


def extend(participant_id: int, *, sk_kind: str, sk_number: str, sk_date: dt.date | None,
           start: dt.date | None = None, end: dt.date | None = None, accept_warnings: bool = False) -> Term:
    """A new SK for the same post: the running term closes as "diperpanjang" and the next one opens.

    TMT start defaults to the day after the running term ends, TMT end to the category's
    term length; a term past the category's limit (two, for RT/RW) is a warning to confirm.
    """
    require("participant.edit")
    require_kelurahan()
    p = _participant(participant_id)
    if p.status in ("inactive", "rejected"):
        raise ValidationError(translate("terms", "{name} sudah tidak menjabat (status {status}); masa jabatannya "
                                        "tidak dapat diperpanjang.").format(name=p.nama, status=p.status))
    if not sk_number.strip():
        raise ValidationError(translate("terms", "Nomor SK wajib diisi."))
    with db.atomic():
        running = Term.open_of(p.id) or follow(p)
        rule = catalogue.get(p.category.code).tenure
        start = start or (running.end + dt.timedelta(days=1) if running.end else clock.today())
        end = end or rules.default_end(start, rule.term_years)
        _check_period(start, end)
        if running.start and start <= running.start:
            raise ValidationError(translate("terms", "TMT mulai SK baru ({start}) harus sesudah TMT mulai masa "
                                            "jabatan yang berjalan ({current}).").format(
                start=short_date(start), current=short_date(running.start)))
        number = _number_on(p.id, running.post_id)
        if rules.too_many_terms(number, rule) and not accept_warnings:
            raise TermWarnings([translate("terms", "Ini masa jabatan ke-{n} {name} pada jabatan yang sama; "
                                          "aturan kategori ini paling banyak {most} kali.").format(
                n=number, name=p.nama, most=rule.max_terms)])
        Term.update(closed_on=start, close_reason=rules.EXTENDED, **bump(running)).where(Term.id == running.id).execute()
        values = {"sk_kind": sk_kind.strip(), "sk_number": sk_number.strip(), "sk_date": sk_date, "start": start,
                  "end": end}
        term = Term.create(participant=p.id, post=running.post_id, number=number, **values, **stamp())
        audit.record("create", "term", term.uuid, new=sk_number.strip(), reason=str(rules.EXTENDED))
        _mirror(p, values)
    return term


def edit(term_id: int, *, sk_kind: str, sk_number: str, sk_date: dt.date | None, start: dt.date | None,
         end: dt.date | None) -> Term:
    """Correct a term's SK or dates; the running term's SK is written back onto the participant."""
    require("participant.edit")
    require_kelurahan()
    term = Term.get_or_none(Term.id == term_id)
    if term is None:
        raise NotFoundError(translate("terms", "Masa jabatan tidak ditemukan."))
    _check_period(start, end)
    values = {"sk_kind": sk_kind.strip(), "sk_number": sk_number.strip(), "sk_date": sk_date, "start": start,
              "end": end}
    before = {k: getattr(term, k) for k in values}
    if before == values:
        return term
    with db.atomic():
        if term.post_id is not None and term.closed_on is None:
            posts.check_free(term.post, start, end, exclude=(term.participant_id,))
        Term.update(**values, **bump(term)).where(Term.id == term.id).execute()
        audit.record_changes("update", "term", term.uuid, before, values)
        if term.closed_on is None:
            _mirror(term.participant, values)
    return Term.get_by_id(term.id)


# --- reading ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class TermRow:
    term_id: int
    participant_id: int
    nama: str
    nik: str
    kelurahan_code: str
    category: str
    post: str                   # "Ketua RT, RT 003/RW 002" (jabatan and unit), or "" without a post
    jabatan: str
    unit: str
    number: int
    sk_kind: str
    sk_number: str
    sk_date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    closed_on: dt.date | None
    close_reason: str
    status: str


def _row(t: Term, names: dict[int, str]) -> TermRow:
    p = t.participant
    post = t.post if t.post_id else None
    return TermRow(t.id, p.id, p.nama, p.nik, p.kelurahan_code, names.get(p.category_id, ""),
                   post.title if post else "", post.jabatan if post else "", post.unit if post else "", t.number, t.sk_kind, t.sk_number, t.sk_date, t.start, t.end,
                   t.closed_on, t.close_reason, p.status)


def _category_names() -> dict[int, str]:
    return {catalogue.row_id(c.code): c.name for c in catalogue.all_categories()}


def of_participant(participant_id: int) -> list[TermRow]:
    """Every term of a participant, newest first."""
    query = (Term.select(Term, Participant).join(Participant).where(Term.participant == participant_id)
             .order_by(Term.number.desc(), Term.id.desc()))
    names = _category_names()
    return [_row(t, names) for t in query]


def running(participant_id: int) -> TermRow | None:
    rows = [r for r in of_participant(participant_id) if r.closed_on is None]
    return rows[0] if rows else None


def ending(within: int | None = None, *, today: dt.date | None = None, kelurahan_prefix: str | None = None,
           include_ended: bool = True, among=None) -> list[TermRow]:
    """Running terms of people in office that end within `within` days (and those already ended):
    the "Masa jabatan berakhir" list, the ones still to end soonest first, then the ended ones,
    the most recent first (an SK that ran out last month before one forgotten for years)."""
    from jamsostek_desktop.services.tenure import settings

    today = today or clock.today()
    within = settings.current().warn_within if within is None else within
    query = (Term.select(Term, Participant).join(Participant)
             .where(Term.closed_on.is_null() & Term.end.is_null(False) & (Term.end <= today + dt.timedelta(days=within))
                    & (Participant.archived == False) & Participant.status.not_in(("inactive", "rejected"))))  # noqa: E712
    if not include_ended:
        query = query.where(Term.end >= today)
    if kelurahan_prefix:
        query = query.where((Participant.kelurahan_code >= kelurahan_prefix)
                            & (Participant.kelurahan_code < kelurahan_prefix + "\uffff"))
    if among is not None:                  # a subquery of participant ids (a Scope's people)
        query = query.where(Participant.id.in_(among))
    names = _category_names()
    rows = [_row(t, names) for t in query.order_by(Term.end, Participant.nama)]
    return [r for r in rows if r.end >= today] + [r for r in reversed(rows) if r.end < today]


def backfill() -> int:
    """A first term (and, for Aktif people, coverage from the month they were entered) for every live
    participant of this kelurahan that has none: after an Excel import or demo data.

    A post already full for a person's period is not given (as in `follow`): the term runs
    without a post and the posts list says who holds it. Set-based, since demo data and a
    large import bring tens of thousands at once: the posts are read once, the new posts,
    terms and coverage rows are written in batches, and one audit entry says what was made.
    """
    if profile_service.is_city():
        return 0
    P = Participant
    lacking = list(P.select(P.id, P.kelurahan_code, P.category, P.fields, P.rt, P.rw, P.no_sk, P.tanggal_sk, P.tmt,
                            P.status, P.created_at)
                   .where((P.archived == False) & ~P.id.in_(Term.select(Term.participant)))  # noqa: E712
                   .order_by(P.tmt.asc(nulls="last"), P.id))
    if not lacking:
        return 0
    codes = dict(Category.select(Category.id, Category.code).tuples())
    known = {(code, cid, jabatan, unit): (pid, seats) for pid, code, cid, jabatan, unit, seats in
             Post.select(Post.id, Post.kelurahan_code, Post.category, Post.jabatan, Post.unit, Post.seats).tuples()}
    held: dict[int, list] = {}
    for post_id, start, end in (Term.select(Term.post, Term.start, Term.end).join(Participant)
                                .where(Term.post.is_null(False) & Term.closed_on.is_null()
                                       & (Participant.archived == False)  # noqa: E712
                                       & Participant.status.not_in(("inactive", "rejected"))).tuples()):
        held.setdefault(post_id, []).append((start, end))
    now = utc_now()
    new_posts: dict[tuple, dict] = {}
    planned = []
    for p in lacking:
        category = catalogue.get(codes[p.category_id])
        rule = category.tenure
        jabatan, unit = rules.post_of(rule, category.name, p.fields or {}, p.rt, p.rw)
        key = (p.kelurahan_code, p.category_id, jabatan, unit)
        if key not in known and key not in new_posts:
            new_posts[key] = {"uuid": str(uuid.uuid4()), "kelurahan_code": p.kelurahan_code, "category": p.category_id,
                              "jabatan": jabatan, "unit": unit, "seats": rule.seats}
        seats = known[key][1] if key in known else rule.seats
        fields = p.fields or {}
        start = _date(p.tmt)
        end = _date(fields.get("tmt_akhir")) or rules.default_end(start, rule.term_years)
        periods = held.setdefault(key, []) if key not in known else held.setdefault(known[key][0], [])
        gets_post = seats is None or sum(rules.overlaps(a, b, start, end) for a, b in periods) < seats
        if gets_post and seats is not None:
            periods.append((start, end))
        planned.append((p, key if gets_post else None, {
            "sk_kind": str(fields.get("jenis_sk") or rule.sk_kind or ""), "sk_number": p.no_sk or "",
            "sk_date": _date(p.tanggal_sk), "start": start, "end": end}))
    covered = {pid for (pid,) in Coverage.select(Coverage.participant).tuples()}
    with db.atomic():
        seq = max_change_seq()
        rows = []
        for values in new_posts.values():
            seq += 1
            rows.append({**values, "created_at": now, "updated_at": now, "revision": 1, "change_seq": seq})
        insert_rows(Post, rows)
        ids = dict(Post.select(Post.uuid, Post.id).where(Post.uuid.in_([r["uuid"] for r in rows])).tuples()) \
            if len(rows) < 900 else dict(Post.select(Post.uuid, Post.id).tuples())
        post_ids = {key: pid for key, (pid, _seats) in known.items()}
        post_ids.update({key: ids[values["uuid"]] for key, values in new_posts.items()})
        terms_rows, coverage_rows = [], []
        for p, key, values in planned:
            seq += 1
            terms_rows.append({"uuid": str(uuid.uuid4()), "participant": p.id,
                               "post": post_ids[key] if key is not None else None, "number": 1, **values,
                               "closed_on": None, "close_reason": "",
                               "created_at": now, "updated_at": now, "revision": 1, "change_seq": seq})
            if p.status == "active" and p.id not in covered:
                seq += 1
                coverage_rows.append({"uuid": str(uuid.uuid4()), "participant": p.id,
                                      "first_month": rules.month_of(p.created_at.date() if p.created_at
                                                                    else clock.today()),
                                      "created_at": now, "updated_at": now, "revision": 1, "change_seq": seq})
        insert_rows(Term, terms_rows)
        insert_rows(Coverage, coverage_rows)
        audit.record("create", "term", "", new=audit.FIRST_TERMS.format(terms=len(terms_rows), posts=len(rows)))
    return len(terms_rows)


@dataclass(frozen=True)
class WithoutPost:
    """A participant in office whose running term has no post: the one the catalogue names is full."""

    participant_id: int
    nama: str
    nik: str
    kelurahan_code: str
    category: str
    wanted: str                 # the post the catalogue names for them
    wanted_jabatan: str
    wanted_unit: str
    post_id: int | None         # that post, when it exists
    holders: tuple[str, ...]    # who holds it now
    holder_ids: tuple[int, ...]


def without_post(kelurahan_prefix: str | None = None) -> list[WithoutPost]:
    query = (Term.select(Term, Participant).join(Participant)
             .where(Term.closed_on.is_null() & Term.post.is_null() & (Participant.archived == False)  # noqa: E712
                    & Participant.status.not_in(("inactive", "rejected"))))
    if kelurahan_prefix:
        query = query.where((Participant.kelurahan_code >= kelurahan_prefix)
                            & (Participant.kelurahan_code < kelurahan_prefix + "\uffff"))
    names = _category_names()
    out = []
    for t in query.order_by(Participant.nama):
        p = t.participant
        jabatan, unit, _seats = posts.template_of(p)
        post = Post.get_or_none((Post.kelurahan_code == p.kelurahan_code) & (Post.category == p.category_id)
                                & (Post.jabatan == jabatan) & (Post.unit == unit))
        holders = posts.active_holders(post, t.start, t.end, exclude=(p.id,)) if post else []
        out.append(WithoutPost(p.id, p.nama, p.nik, p.kelurahan_code, names.get(p.category_id, ""),
                               f"{jabatan}, {unit}" if unit else jabatan, jabatan, unit, post.id if post else None,
                               tuple(h.participant.nama for h in holders), tuple(h.participant_id for h in holders)))
    return out
