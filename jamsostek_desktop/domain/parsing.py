"""Turning what people type (or what spreadsheets hold) into typed values.

Shared by the entry form and the Excel importer so that both accept the same
real-world forms: "12-08-1975", "12/08/1975", "1975-08-12", "12 Agustus 1975";
"L", "Laki-laki", "P", "Perempuan"; "1", "001", "RT 01".
"""

from __future__ import annotations

import datetime as dt
import re

from jamsostek_desktop.domain.formatting import month_number
from jamsostek_desktop.errors import Message, translate


class ParseError(ValueError):
    """The value cannot be read; `message` is fit for the clerk (translatable Indonesian)."""

    @property
    def message(self) -> str:
        return self.args[0] if self.args else ""


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2,4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_WORD_DATE = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z.]+)\s+(\d{4})\s*$")


class _TwoDigitYear(Exception):
    pass


def parse_date(value: object) -> dt.date | None:
    """A date from text or a date/datetime; None for an empty value."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        if m := _ISO_DATE.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_DATE.match(text):
            if len(m[3]) < 4:
                raise _TwoDigitYear
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := _WORD_DATE.match(text):
            month = month_number(m[2])
            if month:
                return dt.date(int(m[3]), month, int(m[1]))
    except _TwoDigitYear:
        # "12-08-75": 1975 or 2075? A person's dates are written with the whole year.
        raise ParseError(translate("parsing", "Tanggal '{text}': tulis tahun dengan empat digit, contoh "
                                   "12-08-1975.").format(text=text)) from None
    except ValueError as exc:
        raise ParseError(translate("parsing", "Tanggal '{text}' tidak ada di kalender.").format(text=text)) from exc
    raise ParseError(translate("parsing", "Tanggal '{text}' tidak dikenali; tulis seperti 12-08-1975.").format(
        text=text))


_SEX = {
    "l": "L", "lk": "L", "laki": "L", "laki-laki": "L", "laki laki": "L", "pria": "L", "m": "L",
    "male": "L", "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "f": "P", "female": "P",
    # SIAK and OpenSID write the sex as a code: 1 laki-laki, 2 perempuan.
    "1": "L", "2": "P",
}


def parse_sex(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().lower()
    if not text:
        return None
    if text in _SEX:
        return _SEX[text]
    raise ParseError(translate("parsing", "Jenis kelamin '{value}' tidak dikenali; isi L atau P.").format(
        value=value))


_RT_RW = re.compile(r"^\s*(rt|rw)?\.?\s*0*(\d{1,3})\s*$", re.IGNORECASE)


def parse_rt_rw(value: object, label: str = "RT") -> int | None:
    """`1`, `001`, `RT 01`, `1.0` -> 1."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text:
        return None
    m = _RT_RW.match(text)
    if m and m[1] and m[1].lower() != label.lower() and label.upper() in ("RT", "RW"):
        # "RW 05" under RT: the columns are shifted or swapped; a guess would file people wrongly.
        raise ParseError(translate("parsing", "{label} '{text}' berisi nomor {other}, bukan {label}; periksa "
                                   "urutan kolom.").format(label=label, text=text, other=m[1].upper()))
    if not m or int(m[2]) == 0:
        raise ParseError(translate("parsing", "{label} '{text}' tidak valid; isi angka, contoh 003.").format(
            label=label, text=text))
    return int(m[2])


# A village organised by dusun has no RW: its lists write "-" (OpenSID) or 000 (Dukcapil's 002/000).
NO_RW = 0
_NO_RW = re.compile(r"^\s*(?:rw\.?\s*)?(?:-+|—|0+)\s*$", re.IGNORECASE)


def parse_rw(value: object, label: str = "RW") -> int | None:
    """An RW like parse_rt_rw; `-`, `0` or `000` is a village without RW (NO_RW)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value == 0:
        return NO_RW
    if isinstance(value, str) and _NO_RW.match(value):
        return NO_RW
    return parse_rt_rw(value, label)


def parse_int(value: object, label: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, float):
        if not value.is_integer():
            raise ParseError(translate("parsing", "{label} harus bilangan bulat (tanpa angka di belakang koma).")
                             .format(label=label))
        return int(value)
    text = re.sub(r"\s|^Rp", "", str(value).strip(), flags=re.IGNORECASE)
    if not text:
        return None
    if _THOUSANDS.match(text):          # 1.500.000: dots group thousands, as Indonesians write
        text = text.replace(".", "")
    if not text.isdigit():
        raise ParseError(translate("parsing", "{label} harus bilangan bulat, contoh 1.500.000.").format(
            label=label))
    return int(text)


_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_bool(value: object) -> bool:
    text = str(value or "").strip().lower()
    return text in {"1", "y", "ya", "true", "yes", "v", "x", "✓"}


_PHONE = re.compile(r"^(?:\+62|62|0)8\d{7,11}$")


def normalise_phone(value: str) -> str:
    """One stored form, 08...: "+62 812-3456-789" and "62812..." become "0812..."."""
    phone = re.sub(r"[\s\-().]", "", value or "")
    if phone.startswith("+628"):
        return "0" + phone[3:]
    if phone.startswith("628"):
        return "0" + phone[2:]
    return phone


def phone_problem(value: str) -> Message | None:
    phone = normalise_phone(value)
    if not phone:
        return None
    if not _PHONE.match(phone):
        return translate("parsing", "Nomor HP tidak valid; contoh 081234567890.")
    return None
