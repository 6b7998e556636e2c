"""peewee models of screening (tables made by db/migrations/step_015_screening.py).

Pairs and flags name participants by UUID, not by row id: a decision made in a kelurahan
means the same two people at the city, where row ids differ.
"""

from __future__ import annotations

import uuid as uuid_module

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from jamsostek_desktop.db.models import BaseModel, utc_now

SAME, DIFFERENT = "same", "different"          # decisions on a pair
KEEP, ARCHIVE = "keep", "archive"              # resolutions of a flag
AUTO_CLEARED = "cleared"                       # the cause went away (a newer list, a corrected NIK)


class ScreeningPair(BaseModel):
    uuid_a = CharField(max_length=36)
    uuid_b = CharField(max_length=36)
    reasons = CharField()                      # comma-separated domain.duplicates codes
    score = IntegerField()
    found_at = DateTimeField(default=utc_now)
    decision = CharField(default="")
    kept_uuid = CharField(default="")
    reason = TextField(default="")
    decided_by = CharField(default="")
    decided_at = DateTimeField(null=True)
    # A decision travels in the sync file (kind "decision"); undecided pairs keep change_seq 0.
    uuid = CharField(max_length=36, unique=True, default=lambda: str(uuid_module.uuid4()))
    revision = IntegerField(default=1)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    change_seq = IntegerField(default=0, index=True)

    class Meta:
        table_name = "screening_pair"

    @classmethod
    def undecided(cls):
        return cls.select().where(cls.decision == "")


class ScreeningFlag(BaseModel):
    participant_uuid = CharField(max_length=36)
    code = CharField(max_length=32)
    detail = TextField(default="")
    opened_at = DateTimeField(default=utc_now)
    resolution = CharField(default="")
    reason = TextField(default="")
    resolved_by = CharField(default="")
    resolved_at = DateTimeField(null=True)

    class Meta:
        table_name = "screening_flag"

    @classmethod
    def open(cls):
        return cls.select().where(cls.resolution == "")


class ReferenceList(BaseModel):
    kind = CharField()
    source = CharField()
    list_date = DateField()
    file_name = CharField()
    rows = IntegerField()
    imported_at = DateTimeField(default=utc_now)
    actor = CharField(default="sistem")
    current = BooleanField(default=True)

    class Meta:
        table_name = "reference_list"


class ReferenceEntry(BaseModel):
    list = ForeignKeyField(ReferenceList, column_name="list_id", on_delete="CASCADE")
    nik = CharField(max_length=16)
    nama = CharField(default="")
    detail = TextField(default="")

    class Meta:
        table_name = "reference_entry"
