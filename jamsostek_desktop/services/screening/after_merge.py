"""The city's screening step after a sync merge: people of the merged kelurahan who may be
someone already on the city's list (a one-digit NIK typo, the same name and birth date),
in another kelurahan above all.

Called by services/sync/importing.py once the files are merged (a step of its own, not in the
merge's inner loop). Pairs decided before keep their decision: re-importing a kelurahan's
file never asks about them again.
"""

from __future__ import annotations

from itertools import compress
from operator import and_, attrgetter

from peewee import SQL

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.screening import pairs
from jamsostek_desktop.services.screening.people import collector_paused, live_people_written


def screen_kelurahan(codes: set[str], written_after: int | None = None) -> list[pairs.PairView]:
    """Open pairs that involve a live participant of the kelurahan `codes`.

    The comparison runs for the people the merge wrote (change number past `written_after`;
    everyone of `codes` when None): a person the file left as it was was compared when last
    written, and any newcomer elsewhere in the city is compared with them when it arrives, so
    an unchanged re-send costs no comparison. The answer still lists every open pair of `codes`.

    Who was written comes from the one read of the live list the comparison makes anyway; an
    index lookup first tells whether anyone was (a re-send that changed nothing reads no list).
    """
    if not codes:
        return []
    if _wrote_anyone(codes, written_after):
        with collector_paused():
            people, seqs = live_people_written()
            after = -1 if written_after is None else written_after
            wrote = map(and_, map(after.__lt__, seqs), map(codes.__contains__, map(attrgetter("kelurahan_code"), people)))
            written = set(compress(map(attrgetter("key"), people), wrote))
            if written:
                pairs.run(among=written, people=people)
            del people
    return pairs.open_pairs(kelurahan=codes)


def _wrote_anyone(codes: set[str], written_after: int | None) -> bool:
    P = Participant
    where = P.kelurahan_code.in_(sorted(codes)) & (P.archived == False)  # noqa: E712
    if written_after is not None:
        where &= P.change_seq > written_after
    sql, params = P.select(SQL("1")).where(where).limit(1).sql()
    if written_after is not None and backends.current().index_hints():
        # Through the change numbers: the kelurahan's index would visit every one of its people.
        sql = sql.replace('FROM "participant" AS "t1"', 'FROM "participant" AS "t1" INDEXED BY "participant_change_seq"', 1)
    return db.execute_sql(sql, params).fetchone() is not None
