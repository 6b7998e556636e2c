"""peewee models of the kelurahan (and city) database.

Participant columns carry the paper form's field keys (`nik`, `nama`, `rt` ...), so
the form, the sync payload and the database speak the same names.
"""

from __future__ import annotations

import datetime as dt
import uuid

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.fields import JSONField


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Profile(BaseModel):
    """The installation's own office: one row. Mode `kelurahan` or `city`."""

    mode = CharField(default="kelurahan")
    region_code = CharField()            # 18.72.01.1001 (kelurahan) or 18.72 (city)
    kelurahan = CharField(default="")
    kecamatan = CharField(default="")
    kota = CharField(default="")         # "Kota Metro" / "Kabupaten Bungo"
    provinsi = CharField(default="")
    alamat = TextField(default="")
    telepon = CharField(default="")
    email = CharField(default="")
    kode_pos = CharField(default="")
    lurah_nama = CharField(default="")
    lurah_pangkat = CharField(default="")
    lurah_nip = CharField(default="")
    # Documents (step 13): the kop's website, the city office's name, the default signers.
    website = CharField(default="")
    kantor = CharField(default="")              # city mode: "Dinas Tenaga Kerja" (the issuing unit)
    penanda_jabatan = CharField(default="")     # the signer's title when not the derived one
    mengetahui_jabatan = CharField(default="")  # the "Mengetahui," signer: title, name, rank, NIP
    mengetahui_nama = CharField(default="")
    mengetahui_pangkat = CharField(default="")
    mengetahui_nip = CharField(default="")
    logo = BlobField(null=True)          # PNG/JPEG bytes for the letterhead
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)

    @classmethod
    def current(cls) -> Profile | None:
        return cls.select().order_by(cls.id).first()


class Category(BaseModel):
    """A worker category; `fields` holds its extra field specs (see domain.categories)."""

    code = CharField(unique=True)
    name = CharField()
    group_name = CharField()
    fields = JSONField(default=list)
    key_field = CharField(null=True)
    description = TextField(default="")
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)
    potential = IntegerField(null=True)  # how many such workers the kelurahan has (coverage)
    short_name = CharField(default="")   # chart labels (step 13); the name when empty
    tenure = JSONField(default=dict)     # term length, most terms, post name (domain.terms.TermRule)
    eligibility = JSONField(default=dict)   # aliases, age window (domain.categories.EligibilityRule, step 16)

    @classmethod
    def ordered(cls):
        return cls.select().where(cls.active == True).order_by(cls.sort_order, cls.name)  # noqa: E712


class Participant(BaseModel):
    uuid = CharField(unique=True, default=lambda: str(uuid.uuid4()))
    kelurahan_code = CharField(index=True)
    category = ForeignKeyField(Category, backref="participants", on_delete="RESTRICT")
    nik = CharField(max_length=16, index=True)
    nama = CharField()
    tempat_lahir = CharField(default="")
    tanggal_lahir = DateField()
    jenis_kelamin = CharField(max_length=1)
    alamat = TextField(default="")
    rt = IntegerField()
    rw = IntegerField()
    telepon = CharField(default="")
    email = CharField(default="")
    no_sk = CharField(default="")
    tanggal_sk = DateField(null=True)
    tmt = DateField(null=True)
    program_jht = BooleanField(default=False)
    penghasilan = IntegerField(default=1_000_000)
    kpj = CharField(default="")
    fields = JSONField(default=dict)     # the category's extra fields
    status = CharField(default="draft", index=True)
    status_reason = TextField(default="")
    archived = BooleanField(default=False)
    archive_reason = TextField(default="")
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    revision = IntegerField(default=1)
    change_seq = IntegerField(default=0, index=True)  # global order of changes, for sync deltas
    # City side only: the revision last merged from the kelurahan. A record whose revision
    # differs was changed at the city (a resolution) and is not overwritten silently.
    received_revision = IntegerField(null=True)

    class Meta:
        indexes = (
            (("category", "archived", "nama"), False),
            (("archived", "nama"), False),
            (("rw", "rt"), False),
        )

    @classmethod
    def live(cls):
        return cls.select().where(cls.archived == False)  # noqa: E712

    @classmethod
    def by_nik(cls, nik: str):
        return cls.live().where(cls.nik == nik)

    @classmethod
    def by_uuid(cls, value: str) -> Participant | None:
        return cls.get_or_none(cls.uuid == value)

    @classmethod
    def next_change_seq(cls) -> int:
        return next_change_seq()


# Tables whose rows travel in the sync file. They share one change order, so that an export
# (which sends the rows changed past the previous one's highest number) misses none of them.
SYNCED_TABLES = ("participant", "post", "term", "coverage", "replacement", "life_event", "claim",
                 "screening_pair")
_MAX_CHANGE_SEQ = "SELECT MAX(m) FROM ({})".format(
    " UNION ALL ".join(f'SELECT MAX("change_seq") AS m FROM "{t}"' for t in SYNCED_TABLES))


def max_change_seq() -> int:
    """The highest change number of any synced row (each MAX reads one end of an index)."""
    return db.execute_sql(_MAX_CHANGE_SEQ).fetchone()[0] or 0


def next_change_seq() -> int:
    """The next change number of any synced row (participant or tenure); read inside the write
    transaction that uses it, whose IMMEDIATE lock keeps it from being read by another writer
    before this one commits."""
    if not db.in_transaction():
        raise RuntimeError("change numbers are allocated inside the write transaction")
    return max_change_seq() + 1


class ContributionRate(BaseModel):
    """Rates in force from `effective_from`; see domain.contributions.Rates."""

    effective_from = DateField(unique=True)
    jkk_bp = IntegerField()
    jkm_flat = IntegerField()
    jkm_bp = IntegerField(default=0)
    jht_bp = IntegerField()
    income_base = IntegerField()
    min_age = IntegerField()
    max_age = IntegerField()
    note = TextField(default="")


class Setting(BaseModel):
    """Domain settings kept with the data (installation id, sync counters ...)."""

    key = CharField(primary_key=True)
    value = TextField()

    @classmethod
    def read(cls, key: str, default: str | None = None) -> str | None:
        row = cls.get_or_none(cls.key == key)
        return row.value if row else default

    @classmethod
    def write(cls, key: str, value: str) -> None:
        cls.insert(key=key, value=value).on_conflict(conflict_target=[cls.key], update={cls.value: value}).execute()


class AuditEntry(BaseModel):
    """Who changed what, when and why. Written in the same transaction as the change."""

    at = DateTimeField(default=utc_now, index=True)
    actor = CharField(default="sistem")
    action = CharField()                 # create, update, archive, restore, status, profile ...
    table = CharField(column_name="table_name")
    record = CharField(index=True)       # uuid or key of the changed record
    field = CharField(default="")
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    reason = TextField(default="")
    # HMAC of this entry and the chain before it (services/accounts/seal.py); NULL before the
    # chain began (entries of a database older than schema step 9).
    chain = CharField(max_length=64, null=True)


class Kelurahan(BaseModel):
    """Kelurahan known to a city database (from sync manifests); a kelurahan database holds its own."""

    code = CharField(primary_key=True)   # 18.72.01.1001
    kelurahan = CharField()
    kecamatan = CharField(default="")
    kota = CharField(default="")


class SealDigest(BaseModel):
    """The keyed digest of one user or participant row, as the program last wrote it."""

    table = CharField(column_name="table_name")
    row_id = IntegerField()
    digest = CharField(max_length=64)

    class Meta:
        table_name = "seal_digest"
        primary_key = CompositeKey("table", "row_id")
        without_rowid = True


ALL_MODELS = [Profile, Category, Participant, ContributionRate, Setting, AuditEntry, Kelurahan, SealDigest]



