"""peewee models of the sync tables (created by db/migrations/step_006_sync.py)."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from jamsostek_desktop.db.fields import JSONField
from jamsostek_desktop.db.models import BaseModel, utc_now


class SyncExport(BaseModel):
    """A file this kelurahan installation wrote; `seq_from < change_seq <= seq_to` were in it."""

    installation_id = CharField()
    sequence = IntegerField()
    created_at = DateTimeField(default=utc_now)
    full = BooleanField(default=False)
    seq_from = IntegerField()
    seq_to = IntegerField()
    records = IntegerField()
    tombstones = IntegerField()
    payload_sha256 = CharField(max_length=64)
    encrypted = BooleanField()
    file_name = TextField()
    actor = CharField()
    audit_last_id = IntegerField(null=True)   # the last audit entry whose chain head the file carried

    class Meta:
        table_name = "sync_export"


class SyncPeer(BaseModel):
    """A kelurahan installation the city trusts, with the signing key first seen (or accepted)."""

    installation_id = CharField(primary_key=True)
    kelurahan_code = CharField(index=True)
    public_key = CharField()
    first_seen = DateTimeField(default=utc_now)
    accepted_by = CharField()
    accepted_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "sync_peer"


class SyncImport(BaseModel):
    """A file the city merged, with what the merge did."""

    installation_id = CharField()
    sequence = IntegerField()
    full = BooleanField()
    kelurahan_code = CharField()
    payload_sha256 = CharField(max_length=64)
    imported_at = DateTimeField(default=utc_now)
    actor = CharField()
    file_name = TextField()
    added = IntegerField()
    updated = IntegerField()
    unchanged = IntegerField()
    archived = IntegerField()
    older = IntegerField()
    conflicts = IntegerField()
    duplicates = IntegerField()
    expected_live = IntegerField()
    actual_live = IntegerField()
    # The kelurahan's audit chain as the file stated it: kept as evidence of its history.
    audit_last_id = IntegerField(null=True)
    audit_head = CharField(max_length=64, null=True)
    audit_note = TextField(default="")

    class Meta:
        table_name = "sync_import"


class SyncIssue(BaseModel):
    """A conflict (same revision, different content) or a duplicate NIK, open until a person resolves it."""

    kind = CharField()                   # conflict | duplicate
    kelurahan_code = CharField()
    record_key = CharField()             # participant uuid (conflict) or NIK (duplicate)
    detail = JSONField()
    import_ref = ForeignKeyField(SyncImport, column_name="import_id", null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=utc_now)
    status = CharField(default="open")   # open | resolved
    resolution = CharField(default="")
    note = TextField(default="")
    resolved_by = CharField(default="")
    resolved_at = DateTimeField(null=True)

    class Meta:
        table_name = "sync_issue"


class ReviewClaim(BaseModel):
    """Who is deciding an open issue right now (step 20; services/server/review_queue.py)."""

    issue = ForeignKeyField(SyncIssue, primary_key=True, on_delete="CASCADE", column_name="issue_id")
    username = CharField()
    claimed_at = DateTimeField()
