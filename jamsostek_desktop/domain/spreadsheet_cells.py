"""Spreadsheet cells as the person form would have them typed.

Pure rules, no file access. A spreadsheet hands over floats for numbers, dates or
serial numbers for dates, and a few forms that need care: a NIK Excel rounded to
1.87201E+15 (refused with a fix, never guessed), a phone number whose leading 0
Excel dropped, "Metro, 12-08-1975" in one column, "003/002" for RT/RW. The result
is the `raw` dict domain.participant.parse_raw takes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jamsostek_desktop.domain import spreadsheet_headers as headers
from jamsostek_desktop.domain.participant import COMMON_FIELDS
from jamsostek_desktop.errors import translate

ROUNDED_NIK_HELP = translate(
    "spreadsheet",
    "NIK ini tersimpan sebagai angka sehingga Excel membulatkannya (tampil seperti 1.87201E+15) "
    "dan digit terakhirnya hilang. Perbaiki di Excel: pilih kolom NIK, Format Cells > Text, "
    "lalu ketik ulang NIK dari KTP (atau awali dengan tanda petik: '1872011208750003).")
_SCIENTIFIC = re.compile(r"^\s*\d(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$")
_EXACT_FLOAT_LIMIT = 2 ** 53
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_KEYS = frozenset(f.key for f in COMMON_FIELDS if f.type == "date")


def nik_cell(value: object) -> tuple[str, str | None]:
    """(NIK text, problem) from a NIK cell; a rounded number is a problem, never a guess.

    Excel keeps 15 significant digits, so a 16-digit NIK typed as a number ends in
    0 and is wrong; a number ending otherwise was written whole by a program.
    Above 2^53 a float cannot hold every integer, so no digit can be trusted.
    """
    if value is None or value == "":
        return "", None
    if isinstance(value, bool):
        return str(value), None
    if isinstance(value, float):
        if not value.is_integer():
            return "", ROUNDED_NIK_HELP
        number = int(value)
        if len(str(number)) == 16 and (number % 10 == 0 or number >= _EXACT_FLOAT_LIMIT):
            return "", ROUNDED_NIK_HELP
        return str(number), None
    if isinstance(value, int):
        return str(value), None
    text = str(value).strip().lstrip("'")
    if _SCIENTIFIC.match(text):
        return "", ROUNDED_NIK_HELP
    return text, None


def date_cell(value: object) -> object:
    """A date serial number in a cell formatted as a number becomes a date; the rest passes."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value < 2_958_466:
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    return value


def phone_cell(value: object) -> object:
    """81234567890.0 -> '081234567890': Excel drops the leading zero of a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        return "0" + digits if digits.startswith("8") else digits
    return value


def text_cell(value: object) -> object:
    """Whole floats lose their `.0` (a number typed in a text column); other values pass."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def split_birth(value: object) -> tuple[object, object]:
    """`Metro, 12-08-1975` / `Metro / 12 Agustus 1975` -> (place, date text)."""
    if value is None:
        return None, None
    if isinstance(value, (dt.date, dt.datetime)):
        return None, value
    text = str(value).strip()
    m = re.match(r"^(.*?)\s*[,/]\s*(\d{1,2}[-/. ].*)$", text)
    if m:
        return m[1].strip() or None, m[2].strip()
    return text or None, None


def split_rt_rw(value: object) -> tuple[object, object]:
    """`003/002`, `RT 3 RW 2`, `3-2` -> (rt, rw) as text for parse_rt_rw."""
    if value is None:
        return None, None
    text = str(value).strip()
    m = re.match(r"^\s*(?:rt\.?\s*)?(\d{1,3})\s*(?:[/\-.,]|\s+rw\.?)\s*(\d{1,3})\s*$", text, re.IGNORECASE)
    if m:
        return m[1], m[2]
    return text or None, None


@dataclass
class RowCells:
    """One spreadsheet row made ready for parse_raw."""

    raw: dict
    nik_problem: str | None = None
    category: str = ""          # what the row's category column says
    kelurahan_code: str = ""


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def filled_count(row: Sequence[object], columns: Sequence[tuple[int, str]]) -> int:
    return sum(1 for index, _ in columns if index < len(row) and not _empty(row[index]))


def _handler(target: str, extra_types: dict[str, str]):
    """How one column's (non-empty) value goes into a RowCells."""
    if target == "nik":
        def put(out, value):
            out.raw["nik"], out.nik_problem = nik_cell(value)
    elif target == headers.CATEGORY:
        def put(out, value):
            out.category = str(text_cell(value))
    elif target == headers.KELURAHAN_CODE:
        def put(out, value):
            out.kelurahan_code = str(text_cell(value))
    elif target == headers.BIRTH_PLACE_DATE:
        def put(out, value):
            place, date = split_birth(value)
            out.raw.setdefault("tempat_lahir", place)
            out.raw.setdefault("tanggal_lahir", date)
    elif target == headers.RT_RW:
        def put(out, value):
            rt, rw = split_rt_rw(value)
            out.raw.setdefault("rt", rt)
            out.raw.setdefault("rw", rw)
    elif target.startswith(headers.EXTRA_PREFIX):
        key = target[len(headers.EXTRA_PREFIX):]
        convert = {"date": date_cell, "int": lambda v: v}.get(extra_types.get(key, "text"), text_cell)

        def put(out, value):
            out.raw["fields"][key] = convert(value)
    else:
        convert = (date_cell if target in _DATE_KEYS else phone_cell if target == "telepon"
                   else (lambda v: v) if target in ("rt", "rw", "penghasilan") else text_cell)

        def put(out, value):
            out.raw[target] = convert(value)
    return put


def compile_columns(columns: Sequence[tuple[int, str]], extra_types: dict[str, str]) -> list[tuple[int, object]]:
    """(index, target) pairs -> (index, handler) pairs for row_cells, worked out once per sheet."""
    return [(index, _handler(target, extra_types)) for index, target in columns]


def row_cells(row: Sequence[object], compiled: Sequence[tuple[int, object]]) -> RowCells:
    """Gather a row's mapped cells into a raw participant (see compile_columns)."""
    out = RowCells({"fields": {}})
    width = len(row)
    for index, put in compiled:
        if index >= width:
            continue
        value = row[index]
        if value is None:
            continue
        if isinstance(value, str):
            value = value.strip()
            if not value:
                continue
        put(out, value)
    return out
