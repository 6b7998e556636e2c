"""The audit trail's stored values as a clerk reads them: labels, not codes or JSON.

The trail keeps what was stored (`draft`, `ketua-rt`, `1975-08-12`, `{"nomor_rw": 5}`), so
it stays exact and exportable; the log and "Riwayat" show `Draf`, `Ketua RT`, `12-08-1975`,
`Nomor RW: 5`, and a change as `Draf → Terverifikasi`, naming only the category fields
that changed.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jamsostek_desktop.domain.formatting import rupiah, short_date
from jamsostek_desktop.domain.status import Status
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.ui.common import labels

translate = QCoreApplication.translate
STATUS_CODES = frozenset(s.value for s in Status)
SEXES = {"L": QT_TRANSLATE_NOOP("AuditText", "Laki-laki"), "P": QT_TRANSLATE_NOOP("AuditText", "Perempuan")}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?\Z")
ARROW = " → "


def _yes_no(value: str) -> str:
    return translate("AuditText", "ya") if value == "True" else translate("AuditText", "tidak")


def _extra_labels() -> dict[str, str]:
    """Labels of the categories' own fields, by key (the same key means the same field)."""
    out: dict[str, str] = {}
    for category in catalogue.all_categories():
        for spec in category.fields:
            out.setdefault(spec.key, labels.field_label(spec.label))
    return out


def _category_name(code: str) -> str:
    try:
        return labels.catalogue_label(catalogue.get(code).name)
    except Exception:  # noqa: BLE001 (a category since removed: its code is all there is)
        return code


def _json(value: str):
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return None


def _plain(value) -> str:
    if isinstance(value, bool):
        return _yes_no(str(value))
    if isinstance(value, str) and _ISO_DATE.match(value):
        return short_date(dt.date.fromisoformat(value))
    return "" if value is None else str(value)


def _pairs(data: dict, keys, names: dict[str, str]) -> str:
    return ", ".join(f"{names.get(k, k)}: {_plain(data.get(k))}" for k in keys)


def shown(field: str, value: str | None, other: str | None = None, region_code: str | None = None) -> str:
    """`value` of `field` as the trail's views show it; `other` is the change's other side, so a
    category-fields dict names only what changed."""
    if value is None or value == "":
        return ""
    if value in ("True", "False"):
        return _yes_no(value)
    if field == "status" and value in STATUS_CODES:
        return labels.status_label(value)
    if field == "category":
        return _category_name(value)
    if field == "jenis_kelamin" and value in SEXES:
        return translate("AuditText", SEXES[value])
    if field == "penghasilan" and value.isdigit():
        return rupiah(int(value))
    if _ISO_DATE.match(value):
        return short_date(dt.date.fromisoformat(value))
    if _ISO_TIME.match(value):
        return labels.local_time(dt.datetime.fromisoformat(value.replace("T", " ")), region_code)
    data = _json(value) if value[:1] in "{[" else None
    if isinstance(data, dict):
        names = _extra_labels()
        before = _json(other) if other else None
        keys = sorted(data)
        if isinstance(before, dict):
            keys = [k for k in sorted(set(data) | set(before)) if data.get(k) != before.get(k)] or keys
        return _pairs(data, [k for k in keys if k in data], names) or "–"
    if isinstance(data, list):
        return ", ".join(_plain(v) for v in data)
    return labels.recorded_text(value)


def change(field: str, old: str | None, new: str | None, region_code: str | None = None) -> str:
    """One change as `Draf → Terverifikasi`, a category's fields as `Nomor RW: 2 → 5` (a value set
    for the first time: just the value)."""
    old_data = _json(old) if old and old[:1] == "{" else None
    new_data = _json(new) if new and new[:1] == "{" else None
    if isinstance(old_data, dict) and isinstance(new_data, dict):
        names = _extra_labels()
        keys = [k for k in sorted(set(old_data) | set(new_data)) if old_data.get(k) != new_data.get(k)]
        return "; ".join(f"{names.get(k, k)}: {_plain(old_data.get(k)) or '–'}{ARROW}{_plain(new_data.get(k)) or '–'}"
                         for k in keys)
    before = shown(field, old, new, region_code)
    after = shown(field, new, old, region_code)
    if not before:
        return after
    return before + ARROW + (after or "–")
