"""Contribution rates with an effective date, kept in the database."""

from __future__ import annotations

import dataclasses
import datetime as dt

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import ContributionRate
from jamsostek_desktop.domain.contributions import DEFAULT_RATES, Rates
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require

_FIELDS = [f.name for f in dataclasses.fields(Rates)]


def _to_domain(row: ContributionRate) -> Rates:
    return Rates(**{name: getattr(row, name) for name in _FIELDS})


def ensure_default() -> None:
    if not ContributionRate.select().exists():
        with db.atomic():
            ContributionRate.create(**dataclasses.asdict(DEFAULT_RATES),
                                    note="PP 44/2015 jo. PP 82/2019: BPU JKK 1%, JKM Rp6.800, JHT 2%")


def current(on: dt.date | None = None) -> Rates:
    on = on or dt.date.today()
    row = (ContributionRate.select().where(ContributionRate.effective_from <= on)
           .order_by(ContributionRate.effective_from.desc()).first())
    if row is None:
        row = ContributionRate.select().order_by(ContributionRate.effective_from).first()
    return _to_domain(row) if row else DEFAULT_RATES


def history() -> list[Rates]:
    return [_to_domain(r) for r in ContributionRate.select().order_by(ContributionRate.effective_from)]


def set_rates(rates: Rates, note: str = "") -> None:
    require("rates.edit")
    if rates.min_age >= rates.max_age:
        raise ValidationError(translate("rates", "Batas usia minimum harus lebih kecil dari maksimum."))
    if min(rates.jkk_bp, rates.jkm_flat, rates.jkm_bp, rates.jht_bp, rates.income_base) < 0:
        raise ValidationError(translate("rates", "Tarif tidak boleh negatif."))
    values = dataclasses.asdict(rates)
    with db.atomic():
        row = ContributionRate.get_or_none(ContributionRate.effective_from == rates.effective_from)
        before = dataclasses.asdict(_to_domain(row)) if row else {}
        (ContributionRate.insert(**values, note=note)
         .on_conflict(conflict_target=[ContributionRate.effective_from],
                      update={**values, "note": note}).execute())
        audit.record_changes("update", "contribution_rate", rates.effective_from.isoformat(), before, values)
