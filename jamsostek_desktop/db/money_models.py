"""peewee models of the money feature (created by db/migrations/step_017_money.py).

    wage_rate           Penerima Upah rates (JKK per risk class, JKM, JHT) and the UMK, dated
    budget_choice       per category: the scheme, JHT on or off, the income and risk class a plan uses
    export_profile      the column sets of the files sent to the BPJS branch, editable by an administrator
    bpjs_registration   what BPJS answered for a participant: registered (date) or rejected (reason)
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

from jamsostek_desktop.db.fields import JSONField
from jamsostek_desktop.db.models import BaseModel, Category, Participant, utc_now


class WageRate(BaseModel):
    effective_from = DateField(unique=True)
    jkk_risk = JSONField()              # {"1": 24, "2": 54, ...} basis points per risk class
    jkm_bp = IntegerField()
    jht_bp = IntegerField()
    umk = IntegerField(default=0)
    note = TextField(default="")

    class Meta:
        table_name = "wage_rate"


class BudgetChoice(BaseModel):
    category = ForeignKeyField(Category, unique=True, on_delete="CASCADE")
    scheme = CharField(default="bpu")
    jht = BooleanField(default=False)
    income = IntegerField(null=True)
    risk_class = IntegerField(default=1)

    class Meta:
        table_name = "budget_choice"


class ExportProfile(BaseModel):
    code = CharField(unique=True)
    name = CharField()
    data = JSONField()                  # the bpjs_columns.json shape: nama_lembar, judul_lembar, kolom
    builtin = BooleanField(default=False)
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "export_profile"


class BpjsRegistration(BaseModel):
    participant = ForeignKeyField(Participant, unique=True, on_delete="CASCADE")
    outcome = CharField()               # registered / rejected
    registered_on = DateField(null=True)
    reason = TextField(default="")
    file_name = CharField(default="")
    imported_at = DateTimeField(default=utc_now)

    class Meta:
        table_name = "bpjs_registration"
