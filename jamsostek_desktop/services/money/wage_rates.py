"""Penerima Upah rates and the UMK, dated rows like the BPU rates (services/participants/rates.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.money_models import WageRate
from jamsostek_desktop.domain.contributions import DEFAULT_WAGE_RATES, WageRates
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require


def _to_domain(row: WageRate) -> WageRates:
    risk = tuple(sorted((int(k), int(v)) for k, v in (row.jkk_risk or {}).items()))
    return WageRates(row.effective_from, risk or DEFAULT_WAGE_RATES.jkk_risk_bp, row.jkm_bp, row.jht_bp, row.umk)


def current(on: dt.date | None = None) -> WageRates:
    on = on or dt.date.today()
    row = (WageRate.select().where(WageRate.effective_from <= on).order_by(WageRate.effective_from.desc()).first()
           or WageRate.select().order_by(WageRate.effective_from).first())
    return _to_domain(row) if row else DEFAULT_WAGE_RATES


def history() -> list[WageRates]:
    return [_to_domain(r) for r in WageRate.select().order_by(WageRate.effective_from)]


def set_rates(rates: WageRates, note: str = "") -> None:
    """Rates (and the UMK) in force from `rates.effective_from`; an administrator's change."""
    require("rates.edit")
    values = [rates.jkm_bp, rates.jht_bp, rates.umk, *(bp for _, bp in rates.jkk_risk_bp)]
    if min(values) < 0:
        raise ValidationError(translate("wage_rates", "Tarif dan UMK tidak boleh negatif."))
    if not rates.jkk_risk_bp:
        raise ValidationError(translate("wage_rates", "Tarif JKK per kelompok risiko belum diisi."))
    row_values = {"jkk_risk": {str(k): v for k, v in rates.jkk_risk_bp}, "jkm_bp": rates.jkm_bp,
                  "jht_bp": rates.jht_bp, "umk": rates.umk, "note": note}
    with db.atomic():
        row = WageRate.get_or_none(WageRate.effective_from == rates.effective_from)
        before = dataclasses.asdict(_to_domain(row)) if row else {}
        if row is None:
            WageRate.create(effective_from=rates.effective_from, **row_values)
        else:
            WageRate.update(**row_values).where(WageRate.id == row.id).execute()
        audit.record_changes("update", "wage_rate", rates.effective_from.isoformat(), before,
                             dataclasses.asdict(rates))


def set_umk(umk: int, effective_from: dt.date) -> None:
    """The city's UMK from a date, keeping the other rates in force then."""
    if umk < 0:
        raise ValidationError(translate("wage_rates", "UMK tidak boleh negatif."))
    set_rates(dataclasses.replace(current(effective_from), effective_from=effective_from, umk=umk),
              note="UMK")
