"""NIK rules: structure by python-stdnum, plus agreement with the typed birth date and sex.

A NIK is `PPKKCC DDMMYY SSSS`. stdnum checks length, digits, the date and the region
table; an unknown region is only a warning here, because new regions (and Papua's
pre-2022 91/92 prefixes) reach the clerk before they reach the table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from stdnum import numdb
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength
from stdnum.id import nik as stdnum_nik

from jamsostek_desktop.domain.findings import Finding, error, warning
from jamsostek_desktop.errors import translate

FIELD = "nik"


@dataclass(frozen=True)
class NikInfo:
    nik: str
    region_code: str  # PPKKCC
    birth_date: dt.date
    sex: str  # "L" or "P"
    serial: str
    province_name: str | None
    regency_name: str | None

    @property
    def region_known(self) -> bool:
        return self.province_name is not None and self.regency_name is not None


def compact(value: str) -> str:
    if len(value or "") == 16 and value.isascii() and value.isdigit():
        return value    # already compact; stdnum's clean() costs more than the rest of a check
    return stdnum_nik.compact(value or "")


@lru_cache(maxsize=8192)
def _century(yy: int, month: int, day: int, today: dt.date) -> dt.date | None:
    """The two-digit year is ambiguous: take the most recent date not in the future."""
    for century in (2000, 1900):
        try:
            candidate = dt.date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _region_names(nik: str) -> tuple[str | None, str | None]:
    return _region_names_of(nik[:4])


@lru_cache(maxsize=1024)
def _region_names_of(prefix: str) -> tuple[str | None, str | None]:
    """The region table lookup is stdnum's slowest step; a kelurahan meets few prefixes."""
    parts = numdb.get("id/loc").info(prefix)
    province = parts[0][1].get("name_id") if len(parts) > 0 else None
    regency = parts[1][1].get("name_id") if len(parts) > 1 else None
    return province, regency


def parse(value: str, today: dt.date | None = None) -> NikInfo:
    """Decode a NIK; raises stdnum's ValidationError subclasses on a malformed one."""
    nik = compact(value)
    if not nik.isdigit():
        raise InvalidFormat()
    if len(nik) != 16:
        raise InvalidLength()
    day_field = int(nik[6:8])
    if not (1 <= day_field <= 31 or 41 <= day_field <= 71):
        raise InvalidComponent()     # days 01-31, or 41-71 for women: 99 is not day 19
    sex = "P" if day_field > 40 else "L"
    birth = _century(int(nik[10:12]), int(nik[8:10]), day_field % 40, today or dt.date.today())
    if birth is None:
        raise InvalidComponent()
    province, regency = _region_names(nik)
    return NikInfo(nik, nik[:6], birth, sex, nik[12:], province, regency)


def check(
    value: str,
    birth_date: dt.date | None = None,
    sex: str | None = None,
    today: dt.date | None = None,
) -> list[Finding]:
    """Every finding about a NIK, in the order a clerk should fix them."""
    nik = compact(value)
    if not nik:
        return [error(FIELD, translate("nik", "NIK wajib diisi."))]
    if not nik.isdigit():
        return [error(FIELD, translate("nik", "NIK hanya boleh berisi angka."))]
    if len(nik) != 16:
        return [error(FIELD, translate("nik", "NIK harus 16 digit (sekarang {n} digit).").format(n=len(nik)))]
    try:
        info = parse(nik, today)
    except InvalidComponent:
        return [error(FIELD, translate("nik", "Tanggal lahir di dalam NIK (digit 7-12) tidak valid."))]
    findings: list[Finding] = []
    for part, (start, end) in ((translate("nik", "provinsi"), (0, 2)), (translate("nik", "kabupaten/kota"), (2, 4)),
                               (translate("nik", "kecamatan"), (4, 6))):
        if nik[start:end] == "00":
            findings.append(error(FIELD, translate("nik", "Kode {part} di dalam NIK (digit {first}-{last}) tidak boleh "
                                                   "00.").format(part=part, first=start + 1, last=end)))
    if info.serial == "0000":
        findings.append(error(FIELD, translate("nik", "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.")))
    if not info.region_known:
        findings.append(warning(FIELD, translate(
            "nik", "Kode wilayah {code} tidak dikenal di tabel wilayah; periksa kembali KTP.").format(
            code=f"{nik[:2]}.{nik[2:4]}")))
    if sex and sex != info.sex:
        text = (translate("nik", "NIK ini milik seorang perempuan, tidak cocok dengan jenis kelamin.")
                if info.sex == "P" else
                translate("nik", "NIK ini milik seorang laki-laki, tidak cocok dengan jenis kelamin."))
        findings.append(error(FIELD, text))
    if birth_date and (birth_date.day, birth_date.month, birth_date.year % 100) != (
        info.birth_date.day, info.birth_date.month, info.birth_date.year % 100
    ):
        # A corrected birth date keeps the old NIK: a warning carried along, never a refusal.
        findings.append(warning(FIELD, translate(
            "nik", "Tanggal lahir tidak cocok dengan NIK (NIK menunjukkan {date}); tanggal lahir yang "
            "dikoreksi tetap memakai NIK lama, periksa KTP atau KK.").format(
            date=f"{info.birth_date:%d-%m-%Y}")))
    return findings


def is_clean(nik: str, today: dt.date) -> bool:
    """True when check(nik) has nothing to say: the fast path for 150,000-row lists.

    A compact 16-digit NIK with a real date, a serial above 0000 and a region the table
    knows; anything else goes through check() for its findings.
    """
    if len(nik) != 16 or not nik.isdigit() or nik.endswith("0000") or "00" in (nik[:2], nik[2:4], nik[4:6]):
        return False
    day = int(nik[6:8])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    if _century(int(nik[10:12]), int(nik[8:10]), day % 40, today) is None:
        return False
    province, regency = _region_names_of(nik[:4])
    return province is not None and regency is not None


def is_valid_structure(value: str) -> bool:
    """True when stdnum accepts the NIK or rejects it only for an unknown region."""
    return not [f for f in check(value) if f.is_error]


def mask(value: str) -> str:
    """A NIK fit for a screen corner or a log line: region and serial hidden."""
    nik = compact(value)
    return nik[:4] + "********" + nik[-4:] if len(nik) == 16 else "****"
