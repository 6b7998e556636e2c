"""Kemendagri region codes: `18.72.01.1001` for a village, `18.72` for a city."""

from __future__ import annotations

import datetime as dt
import re

from jamsostek_desktop.errors import Message, translate

_PARTS = (2, 2, 2, 4)


def compact(code: str) -> str:
    return re.sub(r"[^0-9]", "", code or "")


def format_code(code: str) -> str:
    """`1872011001` -> `18.72.01.1001`; shorter codes keep the dots they need."""
    digits = compact(code)
    out, pos = [], 0
    for size in _PARTS:
        if pos >= len(digits):
            break
        out.append(digits[pos:pos + size])
        pos += size
    return ".".join(out)


def is_village_code(code: str) -> bool:
    return len(compact(code)) == 10


def is_city_code(code: str) -> bool:
    return len(compact(code)) == 4


def is_kelurahan(code: str) -> bool:
    """A leading 1 in the last four digits means kelurahan, 2 means desa."""
    digits = compact(code)
    return len(digits) == 10 and digits[6] == "1"


def city_of(code: str) -> str:
    return format_code(compact(code)[:4])


def kecamatan_of(code: str) -> str:
    return format_code(compact(code)[:6])


def village_problem(code: str) -> Message | None:
    """The Indonesian message for a malformed village code, or None."""
    digits = compact(code)
    if len(digits) != 10:
        return translate("region", "Kode wilayah kelurahan harus 10 digit, contoh 18.72.01.1001.")
    if digits[6] not in "12":
        return translate("region", "Empat digit terakhir kode kelurahan/desa diawali 1 (kelurahan) atau 2 (desa).")
    return None


# Indonesia's three time zones by province code (Kemendagri): WIB UTC+7, WITA UTC+8, WIT UTC+9.
# The six Papua provinces (91-96) and Maluku (81, 82) are WIT; Bali, Nusa Tenggara, the
# eastern and northern Kalimantan provinces and Sulawesi are WITA; the rest is WIB.
WITA_PROVINCES = frozenset({"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"})
WIT_PROVINCES = frozenset({"81", "82", "91", "92", "93", "94", "95", "96", "97"})


def time_zone(code: str | None) -> tuple[str, int]:
    """(name, hours east of UTC) of the office whose region code is `code`: ("WIB", 7) when unknown."""
    province = compact(code or "")[:2]
    if province in WIT_PROVINCES:
        return "WIT", 9
    if province in WITA_PROVINCES:
        return "WITA", 8
    return "WIB", 7


def local_time_text(utc, code: str | None) -> str:
    """A stored naive-UTC time as the office's `23-11-2026 14:05 WIB`; "-" for none."""
    if utc is None:
        return "-"
    name, hours = time_zone(code)
    return f"{(utc + dt.timedelta(hours=hours)):%d-%m-%Y %H:%M} {name}"
