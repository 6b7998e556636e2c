"""First terms for participants who arrived in bulk (an Excel import, demo data) without one.

The entry form gives each new participant its term as it saves (terms.follow); a bulk
load writes participants directly, so this pass gives every live participant lacking a
term its post, first term and (when Aktif) coverage, the same way, set-based.
"""

from __future__ import annotations

import json
import uuid
from typing import NamedTuple

from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant, next_change_seq, utc_now
from jamsostek_desktop.db.tenure_models import Coverage, Post, Term
from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.tenure import clock
from jamsostek_desktop.services.tenure.terms import _date


class _Lacking(NamedTuple):
    """A participant without a term, as its raw row (backfill)."""

    id: int
    kelurahan_code: str
    category_id: int
    fields: str | None
    rt: int
    rw: int
    no_sk: str
    tanggal_sk: str | None
    tmt: str | None
    status: str
    created_at: str | None



def run() -> int:
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
    query = (P.select(P.id, P.kelurahan_code, P.category, P.fields, P.rt, P.rw, P.no_sk, P.tanggal_sk, P.tmt,
                      P.status, P.created_at)
             .where((P.archived == False) & ~P.id.in_(Term.select(Term.participant)))  # noqa: E712
             .order_by(P.tmt.asc(nulls="last"), P.id))
    # Raw rows: at 150,000 people peewee's model objects cost more than the work itself.
    lacking = [_Lacking(*row) for row in db.execute_sql(*query.sql()).fetchall()]
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
    named: dict[tuple, tuple[str, str]] = {}     # people sharing a category and fields share a post
    for p in lacking:
        category = catalogue.get(codes[p.category_id])
        rule = category.tenure
        fields = json.loads(p.fields) if p.fields else {}
        values = {"rt": p.rt, "rw": p.rw, **fields}
        naming = (p.category_id, *(str(values.get(k)) for k in rules.template_keys(rule)))
        if naming not in named:
            named[naming] = rules.post_of(rule, category.name, fields, p.rt, p.rw)
        jabatan, unit = named[naming]
        key = (p.kelurahan_code, p.category_id, jabatan, unit)
        if key not in known and key not in new_posts:
            new_posts[key] = {"uuid": str(uuid.uuid4()), "kelurahan_code": p.kelurahan_code, "category": p.category_id,
                              "jabatan": jabatan, "unit": unit, "seats": rule.seats}
        seats = known[key][1] if key in known else rule.seats
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
        seq = next_change_seq() - 1      # the first row takes the next number
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
                entered = _date(str(p.created_at)[:10]) if p.created_at else None
                coverage_rows.append({"uuid": str(uuid.uuid4()), "participant": p.id,
                                      "first_month": rules.month_of(entered or clock.today()),
                                      "created_at": now, "updated_at": now, "revision": 1, "change_seq": seq})
        insert_rows(Term, terms_rows)
        insert_rows(Coverage, coverage_rows)
        audit.record("create", "term", "", new=audit.FIRST_TERMS.format(terms=len(terms_rows), posts=len(rows)))
    return len(terms_rows)
