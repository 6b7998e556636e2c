"""Posts (jabatan plus unit) and who holds them: one active holder per post per period.

A post is found or made from the category's templates over the person's fields ("Ketua
RT", "RT 003/RW 002"). A post with seats (Ketua RT: one) refuses another holder for a
period that overlaps a running term, naming the one who holds it; the way to a new holder
is "Ganti pejabat" (services/tenure/replacement.py), which ends the old term first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.db.tenure_models import Post, Replacement, Term
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.errors import NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import catalogue, fast_paths
from jamsostek_desktop.services.tenure import labels
from jamsostek_desktop.services.tenure.records import LEFT, bump, require_kelurahan, stamp


class PostTakenError(ValidationError):
    """A post whose seats are all held in the period asked for; `holders` names who holds them."""

    def __init__(self, message: str, holders: list[Participant]) -> None:
        super().__init__(message)
        self.holders = holders


def template_of(p: Participant, category_code: str | None = None) -> tuple[str, str, int | None]:
    """(jabatan, unit, seats) the catalogue gives a participant's post."""
    category = catalogue.get(category_code or p.category.code)
    jabatan, unit = rules.post_of(category.tenure, category.name, p.fields or {}, p.rt, p.rw)
    return jabatan, unit, category.tenure.seats


def find_or_create(kelurahan_code: str, category_code: str, jabatan: str, unit: str, seats: int | None) -> Post:
    category_id = catalogue.row_id(category_code)
    if fast_paths.enabled:
        found = db.execute_sql(_FIND_POST, (kelurahan_code, category_id, jabatan, unit)).fetchone()
        post = Post(id=found[0], kelurahan_code=kelurahan_code, category=category_id, jabatan=jabatan, unit=unit,
                    seats=found[1]) if found else None
    else:
        post = Post.get_or_none((Post.kelurahan_code == kelurahan_code) & (Post.category == category_id)
                                & (Post.jabatan == jabatan) & (Post.unit == unit))
    if post is None:
        post = Post.create(kelurahan_code=kelurahan_code, category=category_id, jabatan=jabatan, unit=unit,
                           seats=seats, **stamp())
        audit.record("create", "post", post.uuid, new=post.title)
    return post


def post_of(p: Participant, category_code: str | None = None) -> Post:
    category_code = category_code or p.category.code
    jabatan, unit, seats = template_of(p, category_code)
    return find_or_create(p.kelurahan_code, category_code, jabatan, unit, seats)


# Written once: every save of the entry form asks them (fast_paths).
_FIND_POST = ('SELECT "id", "seats" FROM "post" WHERE "kelurahan_code" = ? AND "category_id" = ? AND "jabatan" = ? '
              'AND "unit" = ?')
_HOLDER_PERIODS = ('SELECT "term"."participant_id", "term"."tmt_start", "term"."tmt_end" FROM "term" '
                   'JOIN "participant" ON "participant"."id" = "term"."participant_id" '
                   'WHERE "term"."post_id" = ? AND "term"."closed_on" IS NULL AND "participant"."archived" = ? '
                   'AND "participant"."status" NOT IN (?, ?)')


def _holder_count(post: Post, start: dt.date | None, end: dt.date | None, exclude: tuple[int, ...]) -> int:
    """How many active_holders() there are, without building their rows."""
    convert = Term.start.python_value
    return sum(1 for pid, held_from, held_to in db.execute_sql(_HOLDER_PERIODS, (post.id, False, *LEFT))
               if pid not in exclude and rules.overlaps(convert(held_from), convert(held_to), start, end))


def active_holders(post: Post, start: dt.date | None, end: dt.date | None,
                   exclude: tuple[int, ...] = ()) -> list[Term]:
    """Running terms on `post` overlapping start..end, of live participants still in office."""
    query = (Term.select(Term, Participant).join(Participant)
             .where((Term.post == post.id) & Term.closed_on.is_null() & (Participant.archived == False)  # noqa: E712
                    & Participant.status.not_in(LEFT)))
    if exclude:
        query = query.where(Term.participant.not_in(list(exclude)))
    return [t for t in query.order_by(Term.start, Term.id) if rules.overlaps(t.start, t.end, start, end)]


def holder_text(term: Term) -> str:
    period = translate("posts", "{start} s.d. {end}").format(
        start=short_date(term.start) or "?", end=short_date(term.end) or "…")
    return translate("posts", "{name} (TMT {period})").format(name=term.participant.nama, period=period)


def is_full(post: Post, start: dt.date | None, end: dt.date | None, exclude: tuple[int, ...] = ()) -> bool:
    if post.seats is None:
        return False
    if fast_paths.enabled:
        return _holder_count(post, start, end, exclude) >= post.seats
    return len(active_holders(post, start, end, exclude)) >= post.seats


def check_free(post: Post, start: dt.date | None, end: dt.date | None, exclude: tuple[int, ...] = ()) -> None:
    """Refuse a holder on a full post, naming who holds it (PostTakenError)."""
    if post.seats is None:
        return
    holders = active_holders(post, start, end, exclude)
    if len(holders) >= post.seats:
        raise PostTakenError(translate(
            "posts", "Jabatan {post} masih dipegang {holders}. Catat dulu penggantiannya lewat "
            "\"Ganti pejabat\" (alasan dan tanggal), lalu daftarkan pemegang baru.").format(
            post=post.title, holders=", ".join(holder_text(t) for t in holders)),
            [t.participant for t in holders])


def get(post_id: int) -> Post:
    post = Post.get_or_none(Post.id == post_id)
    if post is None:
        raise NotFoundError(translate("posts", "Jabatan tidak ditemukan."))
    return post


def set_seats(post_id: int, seats: int | None) -> Post:
    """How many may hold the post at once (None: no limit); never fewer than hold it now."""
    require("participant.edit")
    require_kelurahan()
    post = get(post_id)
    if seats is not None and seats < 1:
        raise ValidationError(translate("posts", "Jumlah pemegang paling sedikit 1 (kosongkan bila tidak dibatasi)."))
    held = len(active_holders(post, None, None))
    if seats is not None and held > seats:
        raise ValidationError(translate("posts", "Jabatan ini sekarang dipegang {n} orang; jumlah pemegang tidak "
                                        "boleh kurang dari itu.").format(n=held))
    with db.atomic():
        Post.update(seats=seats, **bump(post)).where(Post.id == post.id).execute()
        audit.record("update", "post", post.uuid, field="seats", old=post.seats, new=seats)
    return get(post.id)


# --- reading ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PostRow:
    id: int
    kelurahan_code: str
    category: str              # the category's name
    jabatan: str
    unit: str
    seats: int | None
    holders: tuple[str, ...]   # names of the running holders
    vacant: bool               # an open replacement waits for a new holder
    clash: bool                # more running holders than seats

    @property
    def title(self) -> str:
        return f"{self.jabatan}, {self.unit}" if self.unit else self.jabatan


def listing(kelurahan_prefix: str | None = None, text: str = "") -> list[PostRow]:
    """Every post in the area with its running holders; a text narrows by jabatan, unit or holder."""
    posts = Post.select(Post, Category).join(Category)
    if kelurahan_prefix:
        posts = posts.where((Post.kelurahan_code >= kelurahan_prefix)
                            & (Post.kelurahan_code < kelurahan_prefix + "\uffff"))
    posts = list(posts.order_by(Category.sort_order, Post.jabatan, Post.unit))
    ids = [p.id for p in posts]
    holders: dict[int, list[str]] = {}
    vacant: set[int] = set()
    for start in range(0, len(ids), 900):
        part = ids[start:start + 900]
        running = (Term.select(Term.post, Participant.nama).join(Participant)
                   .where(Term.post.in_(part) & Term.closed_on.is_null() & (Participant.archived == False)  # noqa: E712
                          & Participant.status.not_in(LEFT)).order_by(Participant.nama).tuples())
        for post_id, name in running:
            holders.setdefault(post_id, []).append(name)
        vacant |= {pid for (pid,) in Replacement.select(Replacement.post)
                   .where(Replacement.post.in_(part) & Replacement.incoming.is_null()).tuples()}
    names = {c.code: c.name for c in catalogue.all_categories()}
    out = []
    needle = text.strip().lower()
    for post in posts:
        people = tuple(holders.get(post.id, ()))
        row = PostRow(post.id, post.kelurahan_code, names.get(post.category.code, post.category.name), post.jabatan,
                      post.unit, post.seats, people, post.id in vacant,
                      post.seats is not None and len(people) > post.seats)
        if needle and needle not in " ".join((row.title, *people)).lower():
            continue
        out.append(row)
    return out


@dataclass(frozen=True)
class HistoryLine:
    term_id: int
    participant_id: int
    nama: str
    nik: str
    number: int
    sk_kind: str
    sk_number: str
    sk_date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    closed_on: dt.date | None
    close_reason: str          # the code (domain.terms.CLOSE_REASONS), or ""
    reason: str                # its label, or ""
    followed_by: str           # the next holder's name, when a replacement names one


@dataclass(frozen=True)
class PostHistory:
    post: Post
    category: str
    lines: list[HistoryLine]
    vacant_since: dt.date | None     # an open replacement's date


def history(post_id: int) -> PostHistory:
    """Who held the post and when, oldest first: every term on it, with how each one ended."""
    post = get(post_id)
    after = {r.leaving_id: r for r in Replacement.select().where(Replacement.post == post.id)}
    incoming = {p.id: p.nama for p in Participant.select(Participant.id, Participant.nama)
                .where(Participant.id.in_([r.incoming_id for r in after.values() if r.incoming_id]))}
    lines = []
    for t in (Term.select(Term, Participant).join(Participant).where(Term.post == post.id)
              .order_by(Term.start.asc(nulls="first"), Term.number, Term.id)):
        r = after.get(t.participant_id)
        followed = incoming.get(r.incoming_id, "") if r is not None and t.close_reason != rules.EXTENDED else ""
        lines.append(HistoryLine(t.id, t.participant_id, t.participant.nama, t.participant.nik, t.number, t.sk_kind,
                                 t.sk_number, t.sk_date, t.start, t.end, t.closed_on, t.close_reason,
                                 labels.reason(t.close_reason) if t.close_reason else "", followed))
    vacant = [r.date for r in after.values() if r.incoming_id is None]
    return PostHistory(post, catalogue.get(post.category.code).name, lines, max(vacant) if vacant else None)
