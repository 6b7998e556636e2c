"""Indonesian ways of writing money and dates, whatever the interface language."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def thousands(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def rupiah(amount: int) -> str:
    """`148260000` -> `Rp148.260.000` (no space, dot for thousands)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{thousands(abs(int(amount)))}"


def long_date(value: dt.date) -> str:
    """`23 November 2026`."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: dt.date | None) -> str:
    """`23-11-2026`, the form clerks type and read."""
    return value.strftime("%d-%m-%Y") if value else ""


def month_year(value: dt.date) -> str:
    return f"{MONTHS[value.month - 1]} {value.year}"


def month_number(name: str) -> int | None:
    """`agustus`, `Agt`, `Aug` -> 8; None when it is not a month name."""
    key = name.strip().lower().rstrip(".")
    if not key:
        return None
    english = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    aliases = {"agt": 8, "agu": 8, "okt": 10, "des": 12, "mei": 5, "sept": 9, "nop": 11, "pebruari": 2}
    if key in aliases:
        return aliases[key]
    for i, month in enumerate(MONTHS):
        if month.lower().startswith(key) and len(key) >= 3:
            return i + 1
    for i, month in enumerate(english):
        if key.startswith(month):
            return i + 1
    return None
