"""The worker category catalogue as plain data: categories, their groups and extra fields.

The catalogue lives in `resources/categories.json` and in the database, never in code:
a city adds a category or a field and the forms, lists and rosters follow. Names and
labels are kept as errors.data_text, so the ui can show the English the translation
catalogue has for the shipped ones (a name a city typed itself shows as typed).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from jamsostek_desktop.domain.findings import Finding, error
from jamsostek_desktop.domain.parsing import ParseError, parse_date, parse_int
from jamsostek_desktop.domain.terms import TermRule, rule_from_dict
from jamsostek_desktop.errors import Texts, data_text, translate

FIELD_TYPES = ("text", "int", "date", "choice")
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_CODE = re.compile(r"^[a-z][a-z0-9-]{1,39}$")


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    type: str = "text"
    required: bool = False          # needed to verify (a draft may lack it)
    choices: tuple[str, ...] = ()
    help: str = ""

    def parse(self, raw: Any) -> Any:
        """Typed value from text; raises ParseError with an Indonesian message."""
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if self.type == "int":
            return parse_int(raw, self.label)
        if self.type == "date":
            return parse_date(raw)
        text = str(raw).strip()
        if self.type == "choice" and self.choices and text not in self.choices:
            raise ParseError(translate("categories", "{label}: pilih salah satu dari {choices}.").format(
                label=self.label, choices=Texts(self.choices)))
        return text

    def to_json(self, value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value

    def as_dict(self) -> dict:
        out = {"key": self.key, "label": self.label, "type": self.type, "required": self.required}
        if self.choices:
            out["choices"] = list(self.choices)
        if self.help:
            out["help"] = self.help
        return out


@dataclass(frozen=True)
class EligibilityRule:
    """Screening's rules of a category (issue 13), catalogue data: other names its lists use (sheet
    names, a "Kategori" column: "Linmas", "Ketua RT dan RW") and the age window (a warning)."""

    aliases: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None

    def as_dict(self) -> dict:
        out: dict = {}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.min_age is not None:
            out["min_age"] = self.min_age
        if self.max_age is not None:
            out["max_age"] = self.max_age
        return out


def eligibility_from_dict(data) -> EligibilityRule:
    data = data or {}
    if not isinstance(data, dict):
        raise ValueError("eligibility")
    ages = []
    for key in ("min_age", "max_age"):
        value = data.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 120):
            raise ValueError(key)
        ages.append(value)
    if ages[0] is not None and ages[1] is not None and ages[0] > ages[1]:
        raise ValueError("min_age > max_age")
    aliases = tuple(str(a).strip() for a in data.get("aliases", ()) if str(a).strip())
    return EligibilityRule(aliases, ages[0], ages[1])


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    group: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)
    key_field: str | None = None    # printed in the roster's category column
    description: str = ""
    order: int = 0
    short_name: str = ""            # chart labels; empty: the name
    tenure: TermRule = TermRule()   # term length, most terms, post name (domain/terms.py)
    eligibility: EligibilityRule = EligibilityRule()   # aliases, age window (screening, issue 13)

    @property
    def label(self) -> str:
        """The name where room is short (a chart's axis): the short name when there is one."""
        return self.short_name or self.name

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)

    def check_fields(self, values: dict, for_verification: bool) -> list[Finding]:
        findings = []
        for spec in self.fields:
            value = values.get(spec.key)
            if for_verification and spec.required and value in (None, ""):
                findings.append(error(spec.key, translate("categories", "{label} wajib diisi untuk verifikasi.")
                                      .format(label=spec.label)))
        return findings


def field_from_dict(data: dict) -> FieldSpec:
    key = str(data.get("key", ""))
    if not _KEY.match(key):
        raise ValueError(translate("categories", "kunci field tidak valid: {key} (huruf kecil, angka, garis bawah)")
                         .format(key=repr(key)))
    ftype = data.get("type", "text")
    if ftype not in FIELD_TYPES:
        raise ValueError(translate("categories", "jenis field {key} tidak dikenal: {type}").format(
            key=repr(key), type=repr(ftype)))
    return FieldSpec(
        key=key,
        label=data_text(str(data.get("label") or key)),
        type=ftype,
        required=bool(data.get("required", False)),
        choices=tuple(data_text(str(c)) for c in data.get("choices", ())),
        help=data_text(str(data.get("help", ""))),
    )


def category_from_dict(data: dict, order: int = 0) -> Category:
    code = str(data.get("code", ""))
    if not _CODE.match(code):
        raise ValueError(translate("categories", "kode kategori tidak valid: {code} (huruf kecil, angka, tanda hubung)")
                         .format(code=repr(code)))
    fields = tuple(field_from_dict(f) for f in data.get("fields", ()))
    keys = [f.key for f in fields]
    if len(keys) != len(set(keys)):
        raise ValueError(translate("categories", "kategori {code}: ada field dengan kunci ganda").format(code=code))
    key_field = data.get("key_field")
    if key_field and key_field not in keys:
        raise ValueError(translate("categories", "kategori {code}: key_field {field} bukan salah satu field")
                         .format(code=code, field=repr(key_field)))
    try:
        tenure = rule_from_dict(data.get("tenure"))
    except ValueError as exc:
        raise ValueError(translate("categories", "kategori {code}: masa jabatan tidak valid ({reason})")
                         .format(code=code, reason=exc.args[0])) from exc
    try:
        eligibility = eligibility_from_dict(data.get("eligibility"))
    except ValueError as exc:
        raise ValueError(translate("categories", "kategori {code}: aturan kelayakan tidak valid ({reason})")
                         .format(code=code, reason=exc.args[0])) from exc
    return Category(
        code=code,
        name=data_text(str(data.get("name") or code)),
        group=data_text(str(data.get("group") or "Lainnya")),
        fields=fields,
        key_field=key_field,
        description=data_text(str(data.get("description", ""))),
        order=int(data.get("order", order)),
        short_name=data_text(str(data.get("short_name") or "")),
        tenure=tenure,
        eligibility=eligibility,
    )


def load_catalogue(data: dict) -> tuple[list[str], list[Category]]:
    """(groups in display order, categories) from the parsed catalogue file."""
    groups = [data_text(str(g)) for g in data.get("groups", [])]
    categories = [category_from_dict(c, i) for i, c in enumerate(data.get("categories", []))]
    codes = [c.code for c in categories]
    if len(codes) != len(set(codes)):
        raise ValueError(translate("categories", "katalog berisi kode kategori ganda"))
    for c in categories:
        if c.group not in groups:
            groups.append(c.group)
    return groups, categories
