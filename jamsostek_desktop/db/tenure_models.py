"""peewee models of terms of office, coverage months, deaths, accidents and claims.

Created by db/migrations/step_011_tenure.py. Every table travels in the sync file, so
every row carries a UUID, a revision that grows with each change and a change number
from the one order all synced tables share (db.models.max_change_seq).

    post         a jabatan in a unit ("Ketua RT", "RT 003/RW 002") of one kelurahan
    term         who held a post, on which SK, from TMT start to TMT end; closed_on when it
                 ended early (a replacement, a death) or a new SK took over (diperpanjang)
    coverage     the first and last month the budget pays for a participant
    replacement  a holder leaving a post (why, when) and who came after (None: still vacant)
    life_event   a death or a work accident reported at the kelurahan
    claim        a benefit claim that follows an event: checklist, status, amount
"""

from __future__ import annotations

import uuid

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from jamsostek_desktop.db.fields import JSONField
from jamsostek_desktop.db.models import BaseModel, Category, Participant, utc_now


def _uuid() -> str:
    return str(uuid.uuid4())


class Synced(BaseModel):
    uuid = CharField(unique=True, default=_uuid)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    revision = IntegerField(default=1)
    change_seq = IntegerField(default=0, index=True)

    @classmethod
    def by_uuid(cls, value: str):
        return cls.get_or_none(cls.uuid == value)


class Post(Synced):
    kelurahan_code = CharField(index=True)
    category = ForeignKeyField(Category, on_delete="RESTRICT")
    jabatan = CharField()
    unit = CharField(default="")
    seats = IntegerField(null=True)           # None: no limit on holders at once

    class Meta:
        table_name = "post"
        indexes = ((("kelurahan_code", "category", "jabatan", "unit"), True),)

    @property
    def title(self) -> str:
        return f"{self.jabatan}, {self.unit}" if self.unit else self.jabatan


class Term(Synced):
    participant = ForeignKeyField(Participant, backref="terms", on_delete="CASCADE")
    post = ForeignKeyField(Post, backref="terms", null=True, on_delete="SET NULL")
    number = IntegerField(default=1)          # the holder's 1st, 2nd ... term on this post
    sk_kind = CharField(default="")
    sk_number = CharField(default="")
    sk_date = DateField(null=True)
    start = DateField(null=True, column_name="tmt_start")
    end = DateField(null=True, column_name="tmt_end", index=True)
    closed_on = DateField(null=True)
    close_reason = CharField(default="")

    class Meta:
        table_name = "term"

    @classmethod
    def open_of(cls, participant_id: int) -> Term | None:
        """The participant's running term (at most one is open)."""
        return (cls.select().where((cls.participant == participant_id) & cls.closed_on.is_null())
                .order_by(cls.number.desc(), cls.id.desc()).first())


class Coverage(Synced):
    participant = ForeignKeyField(Participant, unique=True, on_delete="CASCADE")
    first_month = DateField(null=True)        # the first day of the first month paid for
    last_month = DateField(null=True)         # the first day of the last month; None: still paid

    class Meta:
        table_name = "coverage"


class Replacement(Synced):
    post = ForeignKeyField(Post, backref="replacements", null=True, on_delete="SET NULL")
    leaving = ForeignKeyField(Participant, backref="left_posts", on_delete="CASCADE")
    reason = CharField()                      # domain.terms.REASONS
    date = DateField()
    incoming = ForeignKeyField(Participant, backref="took_posts", null=True, on_delete="SET NULL")
    note = TextField(default="")
    actor = CharField(default="")

    class Meta:
        table_name = "replacement"


class LifeEvent(Synced):
    participant = ForeignKeyField(Participant, backref="events", on_delete="CASCADE")
    kind = CharField()                        # domain.terms.EVENT_KINDS
    occurred_at = DateTimeField()
    work_accident = BooleanField(default=False)
    place = CharField(default="")
    cause = TextField(default="")
    reported_at = DateTimeField(null=True)    # when BPJS was told (work accidents: within 2x24 h)
    note = TextField(default="")

    class Meta:
        table_name = "life_event"


class Claim(Synced):
    event = ForeignKeyField(LifeEvent, backref="claims", on_delete="CASCADE")
    kind = CharField()                        # a claim kind of resources/tenure.json
    status = CharField(default="disiapkan")   # domain.terms.CLAIM_STATUSES
    amount = IntegerField(null=True)          # Rupiah, when known
    documents = JSONField(default=dict)       # {document code: true} for each one handed in
    heir_name = CharField(default="")
    heir_relation = CharField(default="")
    submitted_on = DateField(null=True)
    paid_on = DateField(null=True)
    note = TextField(default="")

    class Meta:
        table_name = "claim"


TENURE_MODELS = [Post, Term, Coverage, Replacement, LifeEvent, Claim]
