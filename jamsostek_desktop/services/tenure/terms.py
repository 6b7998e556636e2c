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
from dataclasses import dataclass

from peewee import JOIN, fn

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Post, Replacement, Term
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.domain.parsing import ParseError, parse_date
from jamsostek_desktop.errors import AppError, NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit, seal
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import catalogue, fast_paths
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
        return dt.date.fromisoformat(value) if len(value) == 10 else parse_date(value)
    except (ParseError, ValueError, TypeError):
        return None


def values_of(p: Participant, category_code: str | None = None) -> dict:
    """The term the participant's row describes: SK kind, number, date, TMT start and end."""
    rule = catalogue.get(category_code or p.category.code).tenure
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
        if fast_paths.enabled:
            return first_term(p, values=values)
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


# The first term of a new participant, the one write every save of the entry form makes besides
# the participant: statements written once (peewee takes longer to build them than SQLite to
# run them). follow() above is the reference it must agree with (tests/unit/tenure).
_HAS_OPEN_TERM = 'SELECT 1 FROM "term" WHERE "participant_id" = ? AND "closed_on" IS NULL LIMIT 1'
_TERMS_ON_POST = 'SELECT COUNT(*) FROM "term" WHERE "participant_id" = ? AND "post_id" = ?'
_WAITING_REPLACEMENT = ('SELECT "id" FROM "replacement" WHERE "post_id" = ? AND "incoming_id" IS NULL '
                        'AND "leaving_id" <> ? ORDER BY "date" DESC LIMIT 1')


def first_term(p: Participant, category_code: str | None = None, values: dict | None = None) -> Term | None:
    """Called inside the enrolment's transaction for a participant just written: its first term,
    as follow() makes it (a participant who already has a running term keeps it)."""
    if values is None:
        if profile_service.is_city():
            return None
        values = values_of(p, category_code)
        _check_period(values["start"], values["end"])
        if db.execute_sql(_HAS_OPEN_TERM, (p.id,)).fetchone():
            return follow(p)
    post = posts.post_of(p, category_code)
    free = not posts.is_full(post, values["start"], values["end"], exclude=(p.id,))
    number = db.execute_sql(_TERMS_ON_POST, (p.id, post.id)).fetchone()[0] + 1 if free else 1
    term = Term.create(participant=p.id, post=post.id if free else None, number=number, **values, **stamp())
    audit.record("create", "term", term.uuid, new=post.title if free else "")
    if free:
        waiting = db.execute_sql(_WAITING_REPLACEMENT, (post.id, p.id)).fetchone()
        if waiting is not None:
            _link_vacancy(post.id, p)
    return term


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
    seal.participants([p.id])


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


def _columns():
    return (Term.id, Participant.id, Participant.nama, Participant.nik, Participant.kelurahan_code,
            Participant.category, Post.jabatan, Post.unit, Term.number, Term.sk_kind, Term.sk_number, Term.sk_date,
            Term.start, Term.end, Term.closed_on, Term.close_reason, Participant.status)


def _rows(query, names: dict[int, str]) -> list[TermRow]:
    out = []
    for (term_id, pid, nama, nik, code, category_id, jabatan, unit, number, sk_kind, sk_number, sk_date, start,
         end, closed_on, close_reason, status) in query.tuples():
        title = (f"{jabatan}, {unit}" if unit else jabatan) if jabatan is not None else ""
        out.append(TermRow(term_id, pid, nama, nik, code, names.get(category_id, ""), title, jabatan or "",
                           unit or "", number, sk_kind, sk_number, sk_date, start, end, closed_on, close_reason,
                           status))
    return out


def _select():
    """Terms with their participant and (when they have one) their post, as plain rows."""
    return (Term.select(*_columns()).join(Participant, on=(Term.participant == Participant.id))
            .join(Post, JOIN.LEFT_OUTER, on=(Term.post == Post.id), src=Term))


def _category_names() -> dict[int, str]:
    return {catalogue.row_id(c.code): c.name for c in catalogue.all_categories()}


def of_participant(participant_id: int) -> list[TermRow]:
    """Every term of a participant, newest first."""
    query = _select().where(Term.participant == participant_id).order_by(Term.number.desc(), Term.id.desc())
    return _rows(query, _category_names())


def running(participant_id: int) -> TermRow | None:
    rows = [r for r in of_participant(participant_id) if r.closed_on is None]
    return rows[0] if rows else None


def _ending_query(within: int | None, today: dt.date, kelurahan_prefix: str | None, among, select):
    """Running terms ending by today + within, of people in office. Written so the planner walks the
    term end index (a few thousand rows) rather than every participant: the people who are out
    (archived, Nonaktif, Ditolak) are few, so they are excluded by a subquery, not a join condition."""
    from jamsostek_desktop.services.tenure import settings

    within = settings.current().warn_within if within is None else within
    out = Participant.select(Participant.id).where((Participant.archived == True)  # noqa: E712
                                                   | Participant.status.in_(("inactive", "rejected")))
    query = select.where(Term.closed_on.is_null() & Term.end.is_null(False)
                         & (Term.end <= today + dt.timedelta(days=within)) & Term.participant.not_in(out))
    if kelurahan_prefix:
        query = query.where(Term.participant.in_(Participant.select(Participant.id).where(
            (Participant.kelurahan_code >= kelurahan_prefix) & (Participant.kelurahan_code < kelurahan_prefix + "\uffff"))))
    if among is not None:                  # a subquery of participant ids (a Scope's people)
        query = query.where(Term.participant.in_(among))
    return query


def ending(within: int | None = None, *, today: dt.date | None = None, kelurahan_prefix: str | None = None,
           include_ended: bool = True, among=None, limit: int | None = None) -> list[TermRow]:
    """Running terms of people in office that end within `within` days (and those already ended):
    the "Masa jabatan berakhir" list, the ones still to end soonest first, then the ended ones,
    the most recent first (an SK that ran out last month before one forgotten for years).
    `limit` keeps the first rows of that order (a dashboard, a page)."""
    today = today or clock.today()
    base = _ending_query(within, today, kelurahan_prefix, among, _select())
    names = _category_names()
    coming = base.where(Term.end >= today).order_by(Term.end, Participant.nama)
    if limit is not None:
        coming = coming.limit(limit)
    rows = _rows(coming, names)
    if include_ended and (limit is None or len(rows) < limit):
        ended = base.where(Term.end < today).order_by(Term.end.desc(), Participant.nama)
        if limit is not None:
            ended = ended.limit(limit - len(rows))
        rows += _rows(ended, names)
    return rows


def ending_count(within: int | None = None, *, today: dt.date | None = None, kelurahan_prefix: str | None = None,
                 among=None) -> tuple[int, int]:
    """(still to end within `within` days, already ended) for the same people as `ending`."""
    today = today or clock.today()
    base = _ending_query(within, today, kelurahan_prefix, among, Term.select(fn.COUNT(Term.id)))
    return base.where(Term.end >= today).scalar() or 0, base.where(Term.end < today).scalar() or 0


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
