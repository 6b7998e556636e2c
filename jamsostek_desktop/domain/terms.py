"""Terms of office, coverage months, deaths, accidents and claims: the pure rules.

A participant holds a post (jabatan plus unit: "Ketua RT", "RT 003/RW 002") for a term
(TMT start to TMT end) on a legal basis (an SK). How long a term lasts, how many terms a
person may serve and how the post is named are data per category (the catalogue's
`tenure` entry); the dates the warnings and the claim rules use (60/30 days, the 15th,
36 months, 2x24 hours) are data too (resources/tenure.json). Nothing here reads a clock:
every rule takes `today` or the moment it judges.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import string
from dataclasses import dataclass, field
from functools import lru_cache

# Why a holder leaves a post (the codes stored and sent; services/tenure/labels.py names them).
DEATH = "meninggal"
RESIGNED = "mengundurkan-diri"
TERM_OVER = "masa-jabatan-habis"
MOVED = "pindah-domisili"
BECAME_ASN = "menjadi-asn"
OTHER_EMPLOYER = "pemberi-kerja-lain"
NOT_ELIGIBLE = "tidak-memenuhi-syarat"
REASONS = (DEATH, RESIGNED, TERM_OVER, MOVED, BECAME_ASN, OTHER_EMPLOYER, NOT_ELIGIBLE)
EXTENDED = "diperpanjang"          # a term closed because a new SK took over (not a leaving)
CLOSE_REASONS = REASONS + (EXTENDED,)

# Events a family reports at the kelurahan.
EVENT_DEATH = "meninggal"
EVENT_ACCIDENT = "kecelakaan"
EVENT_KINDS = (EVENT_DEATH, EVENT_ACCIDENT)

# A claim's way through BPJS.
CLAIM_STATUSES = ("disiapkan", "diajukan", "diproses", "dibayar", "ditolak")

# How soon a term's end is worth a warning; the list shows the nearest band.
ENDED = "ended"


@dataclass(frozen=True)
class TermRule:
    """A category's terms: length, most terms, how its post is named, its seats, the usual SK."""

    term_years: int | None = None
    max_terms: int | None = None
    jabatan: str = ""                 # template: "Ketua RT", "{jabatan_lpm} LPM"
    unit: str = ""                    # template: "RT {nomor_rt:03}/RW {nomor_rw:03}"
    seats: int | None = None          # holders at once; None: as many as the office appoints
    sk_kind: str = ""

    def as_dict(self) -> dict:
        return {"term_years": self.term_years, "max_terms": self.max_terms, "jabatan": self.jabatan,
                "unit": self.unit, "seats": self.seats, "sk_kind": self.sk_kind}


def _positive(data: dict, key: str, limit: int) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= limit:
        raise ValueError(f"tenure.{key} must be a whole number 1-{limit} or null")
    return value


def rule_from_dict(data: dict | None) -> TermRule:
    """A TermRule from the catalogue's `tenure` object; ValueError names what is wrong."""
    data = data or {}
    if not isinstance(data, dict):
        raise ValueError("tenure must be an object")
    texts = {}
    for key in ("jabatan", "unit", "sk_kind"):
        value = data.get(key) or ""
        if not isinstance(value, str) or len(value) > 200:
            raise ValueError(f"tenure.{key} must be text")
        texts[key] = value
    seats = data.get("seats")
    if seats is not None:
        seats = _positive({"seats": seats}, "seats", 10_000)
    return TermRule(_positive(data, "term_years", 50), _positive(data, "max_terms", 50),
                    texts["jabatan"], texts["unit"], seats, texts["sk_kind"])


# --- posts ---------------------------------------------------------------------------------

class _Values(dict):
    def __missing__(self, key):
        return ""


def fill(template: str, values: dict) -> str:
    """`RT {nomor_rt:03}/RW {nomor_rw:03}` with the person's values; a missing value leaves a blank.

    Numbers typed as text ("3") are formatted as numbers, so `:03` gives 003; a template
    that does not fit its values (an administrator's typo) gives its values plainly.
    """
    prepared = _Values()
    for key, value in values.items():
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        prepared[key] = "" if value is None else value
    try:
        text = string.Formatter().vformat(template, (), prepared)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):
        text = re.sub(r"\{(\w+)[^}]*\}", lambda m: str(prepared[m[1]]), template)
    return " ".join(text.split()).strip(" /-")


@lru_cache(maxsize=256)
def template_keys(rule: TermRule) -> tuple[str, ...]:
    """The values a category's post name is made of (`nomor_rt`, `nomor_rw` ...), in a stable order."""
    names = set()
    for template in (rule.jabatan, rule.unit):
        try:
            names |= {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
        except ValueError:
            names |= set(re.findall(r"\{(\w+)", template))
    return tuple(sorted(names))


def post_of(rule: TermRule, category_name: str, fields: dict, rt: int | None, rw: int | None) -> tuple[str, str]:
    """(jabatan, unit) of a participant: the category's templates over its fields and its RT/RW."""
    values = {"rt": rt, "rw": rw, **(fields or {})}
    jabatan = fill(rule.jabatan, values) if rule.jabatan else ""
    unit = fill(rule.unit, values) if rule.unit else ""
    return (jabatan or str(category_name)), unit


# --- terms ---------------------------------------------------------------------------------

def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:                      # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def default_end(start: dt.date | None, years: int | None) -> dt.date | None:
    """The last day of a term that starts on `start`: five years from 1 March 2023 end 28 February 2028."""
    if start is None or not years:
        return None
    return add_years(start, years) - dt.timedelta(days=1)


def days_left(end: dt.date | None, today: dt.date) -> int | None:
    return None if end is None else (end - today).days


def warning_band(end: dt.date | None, today: dt.date, bands: tuple[int, ...] = (60, 30)) -> str | None:
    """ENDED after the end date; else the smallest band (as text, "30") the end falls within; else None."""
    left = days_left(end, today)
    if left is None:
        return None
    if left < 0:
        return ENDED
    inside = [b for b in bands if left <= b]
    return str(min(inside)) if inside else None


def overlaps(a_start: dt.date | None, a_end: dt.date | None, b_start: dt.date | None, b_end: dt.date | None) -> bool:
    """Two periods share a day; an open start or end reaches as far as it can."""
    low = dt.date.min
    high = dt.date.max
    return (a_start or low) <= (b_end or high) and (b_start or low) <= (a_end or high)


def too_many_terms(number: int, rule: TermRule) -> bool:
    """The `number`th term breaks the category's limit (Permendagri 18/2018: two terms)."""
    return rule.max_terms is not None and number > rule.max_terms


# --- months --------------------------------------------------------------------------------

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$|^\s*(\d{1,2})[-/](\d{4})\s*$")


def month_of(day: dt.date) -> dt.date:
    """A month is kept as its first day."""
    return day.replace(day=1)


def parse_month(text: str) -> dt.date:
    """`2026-11` or `11-2026` -> 1 November 2026; ValueError otherwise."""
    m = _MONTH.match(text or "")
    if not m:
        raise ValueError(text)
    year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        raise ValueError(text)
    return dt.date(year, month, 1)


def add_months(month: dt.date, n: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def months_in(first: dt.date, last: dt.date) -> int:
    """How many months from `first` to `last`, both counted (0 when last is before first)."""
    return max(0, (last.year - first.year) * 12 + last.month - first.month + 1)


@dataclass(frozen=True)
class Coverage:
    """The months the budget pays for a participant: first and last (None: still paid)."""

    first: dt.date | None
    last: dt.date | None = None
    term_end: dt.date | None = None     # the open term's end, which stops the payment too

    @property
    def effective_last(self) -> dt.date | None:
        ends = [m for m in (self.last, month_of(self.term_end) if self.term_end else None) if m is not None]
        return min(ends) if ends else None

    def covers(self, month: dt.date) -> bool:
        month = month_of(month)
        if self.first is None or month < self.first:
            return False
        last = self.effective_last
        return last is None or month <= last


def first_month_after(previous_last: dt.date | None, start: dt.date | None, fallback: dt.date) -> dt.date:
    """A new holder's first paid month: the month the term starts, but never a month the budget
    still pays for the one who left (no month is paid twice for one post)."""
    first = month_of(start or fallback)
    if previous_last is not None and first <= previous_last:
        first = add_months(previous_last, 1)
    return first


# --- events and claims -----------------------------------------------------------------------

def contribution_months_before(coverage: Coverage, moment: dt.date, due_day: int = 15) -> int:
    """Months whose contribution fell due (the `due_day` of the covered month) on or before `moment`."""
    if coverage.first is None:
        return 0
    last = month_of(moment) if moment.day >= due_day else add_months(month_of(moment), -1)
    end = coverage.effective_last
    if end is not None and end < last:
        last = end
    return months_in(coverage.first, last)


def report_is_late(occurred: dt.datetime, reported: dt.datetime | None, now: dt.datetime,
                   hours: int = 48) -> bool:
    """A work accident must reach BPJS within 2x24 hours: late when reported after that, or not
    reported and the time has passed."""
    limit = occurred + dt.timedelta(hours=hours)
    return (reported if reported is not None else now) > limit


def school_grant_met(months: int, minimum: int) -> bool:
    return months >= minimum


@dataclass(frozen=True)
class Document:
    code: str
    label: str


@dataclass(frozen=True)
class ClaimKind:
    code: str
    name: str
    event: str                      # the event kind it follows
    documents: tuple[Document, ...] = field(default_factory=tuple)

    def missing(self, ticked: dict) -> list[Document]:
        return [d for d in self.documents if not ticked.get(d.code)]


@dataclass(frozen=True)
class TenureSettings:
    """resources/tenure.json: the numbers the rules use and the lists the forms offer."""

    warning_days: tuple[int, ...] = (60, 30)
    contribution_due_day: int = 15
    school_grant_min_months: int = 36
    accident_report_hours: int = 48
    sk_kinds: tuple[str, ...] = ()
    claim_kinds: tuple[ClaimKind, ...] = ()

    @property
    def warn_within(self) -> int:
        return max(self.warning_days)

    def claim_kind(self, code: str) -> ClaimKind | None:
        return next((k for k in self.claim_kinds if k.code == code), None)


def _number(data: dict, key: str, default: int, low: int, high: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{key} must be a whole number {low}-{high}")
    return value


def settings_from_dict(data: dict) -> TenureSettings:
    """TenureSettings from the parsed file; ValueError names what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("the file must hold an object")
    days = data.get("warning_days", [60, 30])
    if not isinstance(days, list) or not days or not all(isinstance(d, int) and 0 < d <= 365 for d in days):
        raise ValueError("warning_days must list days 1-365")
    kinds = []
    for item in data.get("claim_kinds", []):
        code = str(item.get("code", ""))
        if not re.match(r"^[a-z][a-z0-9-]{0,39}$", code):
            raise ValueError(f"claim kind code {code!r}")
        event = item.get("event", EVENT_DEATH)
        if event not in EVENT_KINDS:
            raise ValueError(f"claim kind {code}: event {event!r}")
        documents = tuple(Document(str(d["code"]), str(d["label"])) for d in item.get("documents", []))
        kinds.append(ClaimKind(code, str(item.get("name") or code), event, documents))
    return TenureSettings(
        warning_days=tuple(sorted(set(days), reverse=True)),
        contribution_due_day=_number(data, "contribution_due_day", 15, 1, 28),
        school_grant_min_months=_number(data, "school_grant_min_months", 36, 0, 600),
        accident_report_hours=_number(data, "accident_report_hours", 48, 1, 24 * 60),
        sk_kinds=tuple(str(s) for s in data.get("sk_kinds", [])),
        claim_kinds=tuple(kinds),
    )
