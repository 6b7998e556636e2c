"""peewee models of the resident register (tables made by db/migrations/step_018_residents.py).

The register is the office's list of residents from OpenSID, SIAK or a BIP export: the
clerk picks a person from it instead of typing, and imports and screening check
participants against it. It is personal data, kept like the participants: never logged.
"""

from __future__ import annotations

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


class ResidentImport(BaseModel):
    """One imported list: which file, for which kelurahan, who, and what it changed."""

    kelurahan_code = CharField()
    file_name = CharField()
    layout = CharField(default="")       # opensid, siak, kk_block, or "" (another list)
    imported_at = DateTimeField(default=utc_now)
    actor = CharField(default="sistem")
    full_list = BooleanField(default=True)   # people missing from a full list are marked as left
    rows = IntegerField(default=0)
    added = IntegerField(default=0)
    updated = IntegerField(default=0)
    unchanged = IntegerField(default=0)
    left = IntegerField(default=0)
    returned = IntegerField(default=0)

    class Meta:
        table_name = "resident_import"

    @classmethod
    def latest(cls, kelurahan_code: str | None = None) -> ResidentImport | None:
        query = cls.select()
        if kelurahan_code:
            query = query.where(cls.kelurahan_code == kelurahan_code)
        return query.order_by(cls.id.desc()).first()


class Resident(BaseModel):
    """A resident as the latest list gave them; `left_at` once a newer full list no longer did."""

    kelurahan_code = CharField()
    nik = CharField(max_length=16)
    no_kk = CharField(max_length=16, default="")
    nama = CharField()
    tempat_lahir = CharField(default="")
    tanggal_lahir = DateField(null=True)
    jenis_kelamin = CharField(max_length=1, default="")
    alamat = TextField(default="")
    dusun = CharField(default="")
    rt = IntegerField(null=True)
    rw = IntegerField(null=True)         # 0: a village without RW
    status = CharField(default="hidup")  # hidup, mati, pindah (domain.residents)
    notes = CharField(default="")        # fields that disagree with the NIK, carried along
    source = ForeignKeyField(ResidentImport, column_name="import_id", on_delete="RESTRICT")
    left_at = DateTimeField(null=True)
    updated_at = DateTimeField(default=utc_now)

    @classmethod
    def by_nik(cls, nik: str):
        return cls.select().where(cls.nik == nik)
