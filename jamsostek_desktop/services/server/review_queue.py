"""The review queue: several staff deciding the city's conflicts and duplicate NIKs at the same time.

`claim_next()` hands each person a different open issue: on PostgreSQL the row is taken with
FOR UPDATE SKIP LOCKED, so two people asking at the same moment are given two issues without
waiting for each other; on SQLite one writer at a time gives the same answer. A claim lasts
CLAIM_MINUTES (a person who walks away does not keep an issue forever). Whoever holds it, an
issue is decided once: services/sync/conflicts.py checks, inside the deciding transaction with
the issue's row locked, that it is still open and not held by someone else.
"""

from __future__ import annotations

import datetime as dt

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import utc_now
from jamsostek_desktop.db.sync_models import ReviewClaim, SyncIssue
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts.session import current_username, require

CLAIM_MINUTES = 30

_NEXT = ('SELECT i."id" FROM "sync_issue" AS i WHERE i."status" = \'open\' {kind}AND NOT EXISTS '
         '(SELECT 1 FROM "review_claim" AS c WHERE c."issue_id" = i."id" AND c."username" <> ? '
         'AND c."claimed_at" > ?) ORDER BY i."id" LIMIT 1')


_CLAIM = ('INSERT INTO "review_claim" ("issue_id", "username", "claimed_at") VALUES (?, ?, ?) '
          'ON CONFLICT ("issue_id") DO UPDATE SET "username" = excluded."username", '
          '"claimed_at" = excluded."claimed_at" WHERE "review_claim"."username" = excluded."username" '
          'OR "review_claim"."claimed_at" <= ?')


def _fresh_since() -> dt.datetime:
    return utc_now() - dt.timedelta(minutes=CLAIM_MINUTES)


def claim_next(kind: str | None = None) -> int | None:
    """The id of an open issue now held by the current user (one already held first), or None."""
    require("sync.import")
    me = current_username()
    backend = backends.current()
    sql = _NEXT.format(kind='AND i."kind" = ? ' if kind else "") + backend.skip_locked
    params = [kind] if kind else []
    for _attempt in range(50):
        with backend.row_locks(db):
            now, fresh_since = utc_now(), _fresh_since()
            row = db.execute_sql(sql, [*params, me, fresh_since]).fetchone()
            if row is None:
                return None
            # The claim row decides: a person who took the same issue a moment ago (after this
            # statement's snapshot) keeps it, and this person is handed the next one instead.
            taken = db.execute_sql(_CLAIM, (row[0], me, now, fresh_since)).rowcount
        if taken:
            return row[0]
    return None


def release(issue_id: int) -> None:
    """Give an issue back to the queue (the person will not decide it now)."""
    ReviewClaim.delete().where((ReviewClaim.issue == issue_id)
                               & (ReviewClaim.username == current_username())).execute()


def check_decidable(issue: SyncIssue) -> None:
    """Inside the deciding transaction, with the issue's row locked: still open, and not held by another."""
    if issue.status != "open":
        raise ValidationError(translate(
            "review_queue", "Catatan ini sudah diselesaikan oleh {who} pada {when} UTC.").format(
            who=issue.resolved_by or "-", when=f"{issue.resolved_at:%d-%m-%Y %H:%M}" if issue.resolved_at else "-"))
    claim = ReviewClaim.get_or_none(ReviewClaim.issue == issue.id)
    if claim is not None and claim.username != current_username() and claim.claimed_at > _fresh_since():
        raise ValidationError(translate(
            "review_queue", "Catatan ini sedang ditangani {who} (sejak {when} UTC); pilih catatan lain.").format(
            who=claim.username, when=f"{claim.claimed_at:%H:%M}"))


def finished(issue_id: int) -> None:
    ReviewClaim.delete().where(ReviewClaim.issue == issue_id).execute()


def locked_issue(issue_id: int) -> SyncIssue | None:
    """The issue, its row locked until the transaction ends (PostgreSQL; SQLite has one writer)."""
    sql, params = SyncIssue.select().where(SyncIssue.id == issue_id).sql()
    rows = list(SyncIssue.raw(sql + backends.current().for_update, *params))
    return rows[0] if rows else None
