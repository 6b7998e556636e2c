"""The person record's common fields and the rules that check a whole participant.

Field keys follow the paper form (`nik`, `nama`, `rt` ...): they are the database
columns, the form widgets' objectNames and the sync payload's keys alike.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain.categories import Category
from jamsostek_desktop.domain.contributions import Rates
from jamsostek_desktop.domain.findings import Finding, error, warning
from jamsostek_desktop.domain.parsing import phone_problem
from jamsostek_desktop.errors import Message, Texts, translate


@dataclass(frozen=True)
class CommonField:
    key: str
    label: Message
    type: str            # text, int, date, sex, bool, money
    identity: bool = False   # needed even for a draft
    verify: bool = False     # needed to verify


# In the order of the paper form; the entry form's tab order follows it.
COMMON_FIELDS: tuple[CommonField, ...] = (
    CommonField("nik", translate("Field", "NIK"), "text", identity=True, verify=True),
    CommonField("nama", translate("Field", "Nama lengkap"), "text", identity=True, verify=True),
    CommonField("tempat_lahir", translate("Field", "Tempat lahir"), "text", verify=True),
    CommonField("tanggal_lahir", translate("Field", "Tanggal lahir"), "date", identity=True, verify=True),
    CommonField("jenis_kelamin", translate("Field", "Jenis kelamin"), "sex", identity=True, verify=True),
    CommonField("alamat", translate("Field", "Alamat"), "text", verify=True),
    CommonField("rt", translate("Field", "RT"), "int", identity=True, verify=True),
    CommonField("rw", translate("Field", "RW"), "int", identity=True, verify=True),
    CommonField("telepon", translate("Field", "Nomor HP"), "text"),
    CommonField("email", translate("Field", "Email"), "text"),
    CommonField("no_sk", translate("Field", "Nomor SK"), "text", verify=True),
    CommonField("tanggal_sk", translate("Field", "Tanggal SK"), "date", verify=True),
    CommonField("tmt", translate("Field", "Mulai bertugas (TMT)"), "date"),
    CommonField("program_jht", translate("Field", "Ikut JHT"), "bool"),
    CommonField("penghasilan", translate("Field", "Penghasilan dilaporkan"), "money"),
    CommonField("kpj", translate("Field", "Nomor KPJ"), "text"),
)
COMMON_KEYS = tuple(f.key for f in COMMON_FIELDS)
IDENTITY_KEYS = tuple(f.key for f in COMMON_FIELDS if f.identity)
LABELS = {f.key: f.label for f in COMMON_FIELDS}
SEX_LABELS = {"L": translate("participant", "Laki-laki"), "P": translate("participant", "Perempuan")}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")


def age_on(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def normalised(values: dict) -> dict:
    """`values` with the NIK compacted and the phone in its one stored form, before any check,
    lookup or write: a direct service call gets the same treatment as the form."""
    from jamsostek_desktop.domain.parsing import normalise_phone

    out = dict(values)
    if isinstance(out.get("nik"), str):
        out["nik"] = nik_rules.compact(out["nik"])
    if isinstance(out.get("telepon"), str):
        out["telepon"] = normalise_phone(out["telepon"])
    return out


def _category_age(category: Category, age: int) -> list[Finding]:
    """The category's own age window (catalogue data, issue 13): a warning, never a refusal."""
    rule = category.eligibility
    low, high = rule.min_age, rule.max_age
    if (low is not None and age < low) or (high is not None and age > high):
        window = f"{low if low is not None else 0}-{high}" if high is not None else f"{low}+"
        return [warning("tanggal_lahir", translate(
            "participant", "Usia {age} tahun di luar rentang usia kategori ini ({window} tahun); pastikan "
            "peserta memenuhi syarat.").format(age=age, window=window))]
    return []


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check(
    values: dict,
    category: Category,
    rates: Rates,
    *,
    for_verification: bool = False,
    today: dt.date | None = None,
) -> list[Finding]:
    """Every finding about a participant's typed values (errors and warnings).

    A draft needs the identity fields only; verification needs the documents and
    the category's required fields as well.
    """
    today = today or dt.date.today()
    findings: list[Finding] = []
    for f in COMMON_FIELDS:
        needed = f.identity or (for_verification and f.verify)
        if needed and _empty(values.get(f.key)):
            findings.append(error(f.key, translate("participant", "{label} wajib diisi.").format(label=f.label)))
    birth = values.get("tanggal_lahir")
    sex = values.get("jenis_kelamin")
    if not _empty(values.get("nik")):
        findings += nik_rules.check(values["nik"], birth, sex, today)
    name = values.get("nama")
    if isinstance(name, str) and name.strip() and not any(c.isalpha() for c in name):
        findings.append(error("nama", translate("participant", "Nama harus berisi huruf.")))
    if sex not in (None, "", "L", "P"):
        findings.append(error("jenis_kelamin", translate("participant", "Jenis kelamin harus L atau P.")))
    if birth:
        if birth > today:
            findings.append(error("tanggal_lahir", translate("participant", "Tanggal lahir tidak boleh di masa depan.")))
        else:
            age = age_on(birth, today)
            if age < rates.min_age or age > rates.max_age:
                findings.append(warning("tanggal_lahir", translate(
                    "participant", "Usia {age} tahun di luar rentang {low}-{high} tahun; "
                    "pastikan peserta memenuhi syarat.").format(age=age, low=rates.min_age, high=rates.max_age)))
    if birth and birth <= today:
        findings += _category_age(category, age_on(birth, today))
    for key, lowest in (("rt", 1), ("rw", 0)):   # RW 0: a village without RW (parsing.NO_RW)
        value = values.get(key)
        if value is not None and not (lowest <= int(value) <= 999):
            findings.append(error(key, translate("participant", "{label} harus antara 1 dan 999.").format(
                label=LABELS[key])))
    if problem := phone_problem(values.get("telepon") or ""):
        findings.append(error("telepon", problem))
    email = (values.get("email") or "").strip()
    if email and not _EMAIL.match(email):
        findings.append(error("email", translate("participant", "Alamat email tidak valid.")))
    kpj = (values.get("kpj") or "").strip()
    if kpj and not (kpj.isdigit() and len(kpj) == 11):
        findings.append(error("kpj", translate("participant", "Nomor KPJ harus 11 digit angka.")))
    for key in ("tanggal_sk", "tmt"):
        value = values.get(key)
        if value and value > today + dt.timedelta(days=366):
            findings.append(error(key, translate("participant", "{label} terlalu jauh di masa depan.").format(
                label=LABELS[key])))
    income = values.get("penghasilan")
    if income is not None and income < rates.income_base:
        findings.append(warning("penghasilan", translate(
            "participant", "Penghasilan di bawah batas terendah; iuran dihitung dari {amount}").format(
            amount=f"Rp{rates.income_base:,}".replace(",", "."))))
    findings += category.check_fields(values.get("fields") or {}, for_verification)
    return findings


def missing_for_verification(values: dict, category: Category) -> Texts:
    """Labels of what a draft still lacks before it can be verified (one text per label)."""
    missing = [f.label for f in COMMON_FIELDS if f.verify and _empty(values.get(f.key))]
    extra = values.get("fields") or {}
    missing += [s.label for s in category.fields if s.required and _empty(extra.get(s.key))]
    return Texts(missing)


def parse_raw(raw: dict, category: Category) -> tuple[dict, list[Finding]]:
    """Typed values from what was typed or read from a cell; unreadable values become findings.

    `raw` holds the common keys and, under "fields", the category's extra fields.
    Values that are already typed (dates, ints) pass through.
    """
    from jamsostek_desktop.domain.parsing import (
        ParseError,
        normalise_phone,
        parse_bool,
        parse_date,
        parse_int,
        parse_rt_rw,
        parse_rw,
        parse_sex,
    )

    values: dict = {}
    findings: list[Finding] = []
    for f in COMMON_FIELDS:
        value = raw.get(f.key)
        try:
            if f.type == "date":
                values[f.key] = parse_date(value)
            elif f.type == "sex":
                values[f.key] = parse_sex(value)
            elif f.key == "rw":
                values[f.key] = parse_rw(value, f.label)
            elif f.type == "int":
                values[f.key] = parse_rt_rw(value, f.label)
            elif f.type == "money":
                values[f.key] = parse_int(value, f.label)
            elif f.type == "bool":
                values[f.key] = value if isinstance(value, bool) else parse_bool(value)
            else:
                text = "" if value is None else str(value).strip()
                if f.key == "nik":
                    text = nik_rules.compact(text)
                elif f.key == "telepon":
                    text = normalise_phone(text)
                elif f.key == "nama":
                    text = " ".join(text.split())
                values[f.key] = text
        except ParseError as exc:
            values[f.key] = None
            findings.append(error(f.key, exc.message))
    extra_raw = raw.get("fields") or {}
    extra: dict = {}
    for spec in category.fields:
        try:
            extra[spec.key] = spec.parse(extra_raw.get(spec.key))
        except ParseError as exc:
            extra[spec.key] = None
            findings.append(error(spec.key, exc.message))
    values["fields"] = extra
    return values, findings
