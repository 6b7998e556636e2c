"""The resident register's pure rules: its fields, life status, the KK-block line, what a row says.

A kelurahan receives its residents from OpenSID or from Dukcapil's SIAK, or as the
printed-and-typed Buku Induk Penduduk (BIP) of an e-KTP export, where a "No. KK" line
stands above each family's members. These rules read such rows the way the
participant import reads its own (domain.parsing, domain.spreadsheet_cells), but a
register is the office's record, not a person's enrolment: a birth date or sex that
disagrees with the NIK is a warning carried along with the resident, never a refusal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain import participant as participant_rules
from jamsostek_desktop.domain.findings import Finding, error, warning
from jamsostek_desktop.domain.parsing import (
    ParseError,
    parse_date,
    parse_rt_rw,
    parse_rw,
    parse_sex,
)
from jamsostek_desktop.domain.spreadsheet_headers import BIRTH_PLACE_DATE, RT_RW, normalise
from jamsostek_desktop.errors import translate

# Life status (OpenSID's status_dasar; SIAK lists the living).
ALIVE, DEAD, MOVED = "hidup", "mati", "pindah"
STATUSES = (ALIVE, DEAD, MOVED)
STATUS_LABELS = {ALIVE: translate("residents", "Hidup"), DEAD: translate("residents", "Mati"),
                 MOVED: translate("residents", "Pindah")}
# OpenSID's codes 1 hidup, 2 mati, 3 pindah, 4 hilang, 6 pergi; its words; Dukcapil's.
_STATUS_WORDS = {
    "1": ALIVE, "hidup": ALIVE, "ada": ALIVE, "aktif": ALIVE, "tetap": ALIVE,
    "2": DEAD, "mati": DEAD, "meninggal": DEAD, "meninggal dunia": DEAD, "wafat": DEAD, "almarhum": DEAD,
    "3": MOVED, "pindah": MOVED, "pindah dalam negeri": MOVED, "pindah luar negeri": MOVED, "pindah keluar": MOVED,
    "4": MOVED, "hilang": MOVED, "6": MOVED, "pergi": MOVED,
}

# Register-only targets, besides the participant's common keys (nik, nama, tempat_lahir ...).
NO_KK, DUSUN, STATUS = "no_kk", "dusun", "status_hidup"
TARGET_KEYS = ("nik", NO_KK, "nama", "tempat_lahir", "tanggal_lahir", BIRTH_PLACE_DATE, "jenis_kelamin",
               "alamat", DUSUN, "rt", "rw", RT_RW, STATUS)
TARGET_LABELS = {
    NO_KK: translate("residents", "Nomor KK"),
    DUSUN: translate("residents", "Dusun / lingkungan"),
    STATUS: translate("residents", "Status (hidup, mati, pindah)"),
}
# Header words of the register's own columns; they win over the participant import's words.
WORDS: dict[str, str] = {
    **{w: NO_KK for w in ("no kk", "nomor kk", "no kartu keluarga", "nomor kartu keluarga", "kk", "nkk",
                          "no kk kepala keluarga", "nomor kk kepala keluarga")},
    **{w: DUSUN for w in ("dusun", "nama dusun", "lingkungan", "dusun lingkungan", "banjar", "jorong")},
    **{w: STATUS for w in ("status dasar", "status hidup", "status penduduk", "keadaan", "status")},
}
# Headers whose meaning the values decide: "Status" holds life status in some lists and
# marital status or the family relation in others.
SNIFFED = frozenset({"status"})


def parse_status(value: object) -> str:
    """`HIDUP`, `2`, `Pindah Dalam Negeri` -> hidup / mati / pindah; an empty cell is `hidup`."""
    if value is None:
        return ALIVE
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = normalise(value)
    if not text:
        return ALIVE
    if text in _STATUS_WORDS:
        return _STATUS_WORDS[text]
    raise ParseError(translate("residents", "Status '{value}' tidak dikenali; isi Hidup, Mati atau Pindah.").format(
        value=value))


def looks_like_status(samples: Sequence[object]) -> bool:
    """True when a column's sample values read as life status (not marital status or a relation)."""
    seen = [s for s in samples if normalise(s)]
    if not seen:
        return False
    try:
        for value in seen:
            parse_status(value)
    except ParseError:
        return False
    return True


# --- the KK-block layout ------------------------------------------------------------------

_KK_LABEL = re.compile(r"\b(?:no|nomor|nmr)\.?\s*(?:kk|kartu\s+keluarga)\b[\s:.|']*(\d{16})\b", re.IGNORECASE)
_LONE_KK = re.compile(r"^'?(\d{16})$")
_RT_RW_TEXT = re.compile(r"\brt\s*/\s*rw\s*[:.]?\s*(\d{1,3})\s*/\s*(\d{1,3}|-)", re.IGNORECASE)
_DUSUN_TEXT = re.compile(r"\b(?:dusun|lingkungan)\s*:\s*([^|:]*?)\s*(?:\||$|\b(?:rt|rw|alamat|kepala)\b)",
                         re.IGNORECASE)
_ADDRESS_TEXT = re.compile(r"\balamat\s*:\s*(.*?)\s*(?:\||$|\brt\s*/\s*rw\b|\b(?:dusun|lingkungan)\s*:)",
                           re.IGNORECASE)


@dataclass(frozen=True)
class FamilyLine:
    """What a KK-block line says about the family under it."""

    no_kk: str
    alamat: str = ""
    dusun: str = ""
    rt: str = ""
    rw: str = ""


def family_line(row: Sequence[object], member_columns: Sequence[int]) -> FamilyLine | None:
    """A "No. KK" line above a family's members, or None for any other row.

    Either a cell names the KK ("No. KK : 1872...", or "No. KK" then the number in a
    later cell), or the row starts with a 16-digit number outside the member columns
    (name, NIK) while those are empty, as OpenSID's BIP reader expects. Address, RT/RW and dusun
    written on the same line ("RT/RW : 003/002 DUSUN : -") go to the members below.
    """
    width = len(row)
    if member_columns and all(i < width and row[i] not in (None, "") for i in member_columns):
        return None     # a member row (most rows): name and NIK are filled
    texts = [_cell_text(c) for c in row]
    filled = [t for t in texts if t]
    if not filled:
        return None
    line = " | ".join(filled)
    m = _KK_LABEL.search(line)
    if m is None:
        first = next(i for i, t in enumerate(texts) if t)
        lone = _LONE_KK.match(texts[first])
        if lone is None or first in member_columns or any(i < len(texts) and texts[i] for i in member_columns):
            return None
        number = lone[1]
    else:
        number = m[1]
    rt = rw = dusun = alamat = ""
    if found := _RT_RW_TEXT.search(line):
        rt, rw = found[1], found[2]
    if found := _DUSUN_TEXT.search(line):
        dusun = found[1].strip(" -")
    if found := _ADDRESS_TEXT.search(line):
        alamat = found[1].strip(" ,")
    return FamilyLine(number, alamat, dusun, rt, rw)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return ""
    return str(value).strip()


# --- one row of a register --------------------------------------------------------------------

@dataclass
class ResidentValues:
    """A resident as read from one row: typed values, and the warnings carried with it."""

    nik: str
    nama: str
    no_kk: str = ""
    tempat_lahir: str = ""
    tanggal_lahir: dt.date | None = None
    jenis_kelamin: str = ""
    alamat: str = ""
    dusun: str = ""
    rt: int | None = None
    rw: int | None = None
    status: str = ALIVE
    notes: str = ""          # fields that disagree with the NIK: "tanggal_lahir,jenis_kelamin"

    def record(self) -> tuple:
        """The stored columns in a fixed order, to see whether a re-import changed anything."""
        return (self.no_kk, self.nama, self.tempat_lahir, self.tanggal_lahir, self.jenis_kelamin, self.alamat,
                self.dusun, self.rt, self.rw, self.status, self.notes)


RECORD_FIELDS = ("no_kk", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat", "dusun", "rt", "rw",
                 "status", "notes")
LABELS = {**participant_rules.LABELS, **TARGET_LABELS, "status": TARGET_LABELS[STATUS]}


def read_row(raw: dict, today: dt.date) -> tuple[ResidentValues | None, list[Finding]]:
    """Typed values and findings from one row's raw cells; None when an error keeps the row out.

    Errors: no usable NIK (the register is looked up by it), no name. Warnings: a birth
    date or sex that disagrees with the NIK, an unknown region, a KK number that is not
    16 digits, a value that cannot be read (left empty). Written for speed: a register
    has 150,000 rows, and the same few status, sex and RT words repeat in all of them.
    """
    findings: list[Finding] = []
    nik = nik_rules.compact(str(raw.get("nik") or ""))
    nama = " ".join(str(raw.get("nama") or "").split())
    if not nama:
        findings.append(error("nama", translate("residents", "Nama wajib diisi.")))
    values = ResidentValues(nik, nama)
    for key in ("tempat_lahir", "alamat", "dusun"):
        text = raw.get(key)
        if text:
            setattr(values, key, " ".join(str(text).split()))
    no_kk = raw.get("no_kk") or ""
    if no_kk and not (len(no_kk) == 16 and no_kk.isdigit()):
        no_kk = re.sub(r"\D", "", str(no_kk))
        if len(no_kk) != 16:
            findings.append(warning("no_kk", translate("residents", "Nomor KK harus 16 digit (sekarang {n} digit); "
                                                       "dikosongkan.").format(n=len(no_kk))))
            no_kk = ""
    values.no_kk = no_kk
    for key in ("tanggal_lahir", "jenis_kelamin", "status", "rt", "rw"):
        value = raw.get(key)
        if value is None:
            continue
        try:
            value = _PARSERS[key](value)
        except ParseError as exc:
            findings.append(warning(key, translate("residents", "{problem} Dikosongkan.").format(problem=exc.message)))
            continue
        if value is not None:
            setattr(values, key, value)
    findings += _nik_findings(values, today)
    if any(f.is_error for f in findings):
        return None, findings
    return values, findings


def _cached(parse):
    """parse() remembering its answers for the few texts a column repeats (strings only)."""
    seen: dict[str, object] = {}

    def cached(value):
        if isinstance(value, str):
            if value not in seen:
                if len(seen) > 10_000:
                    seen.clear()
                seen[value] = parse(value)
            return seen[value]
        return parse(value)
    return cached


_PARSERS = {"tanggal_lahir": parse_date, "jenis_kelamin": _cached(parse_sex), "status": _cached(parse_status),
            "rt": _cached(lambda v: parse_rt_rw(v, "RT")), "rw": _cached(parse_rw)}


def _nik_findings(values: ResidentValues, today: dt.date) -> list[Finding]:
    found = [] if nik_rules.is_clean(values.nik, today) else nik_rules.check(values.nik, None, None, today)
    if any(f.is_error for f in found):
        return found
    nik, notes = values.nik, []
    birth = values.tanggal_lahir
    # NIK digits 7-12 are DDMMYY with 40 added to the day for women (domain.nik).
    if birth and (int(nik[6:8]) % 40, int(nik[8:10]), int(nik[10:12])) != (birth.day, birth.month, birth.year % 100):
        notes.append("tanggal_lahir")
        info = nik_rules.parse(nik, today)
        found.append(warning("tanggal_lahir", translate(
            "residents", "Tanggal lahir {date} tidak cocok dengan NIK (NIK menunjukkan {nik_date}); disimpan "
            "apa adanya dan diberi tanda.").format(date=f"{birth:%d-%m-%Y}", nik_date=f"{info.birth_date:%d-%m-%Y}")))
    if values.jenis_kelamin and values.jenis_kelamin != ("P" if int(nik[6:8]) > 40 else "L"):
        notes.append("jenis_kelamin")
        found.append(warning("jenis_kelamin", translate(
            "residents", "Jenis kelamin tidak cocok dengan NIK; disimpan apa adanya dan diberi tanda.")))
    values.notes = ",".join(notes)
    return found


def full_address(alamat: str, dusun: str) -> str:
    """The participant form's one address line: the street, then the dusun when the street lacks it."""
    alamat, dusun = alamat.strip(), dusun.strip()
    if not dusun or normalise(dusun) in normalise(alamat):
        return alamat
    place = dusun if normalise(dusun).startswith(("dusun", "lingkungan")) else f"Dusun {dusun}"
    return f"{alamat}, {place}" if alamat else place


# --- what the register says about a participant ------------------------------------------

def register_findings(found: bool, status: str, left: bool, covered: bool) -> list[Finding]:
    """Warnings about one participant's NIK from the register (Excel import; screening)."""
    if not found:
        return [warning("nik", translate("residents", "NIK tidak ada di data penduduk; periksa KTP dan KK."))] \
            if covered else []
    if status == DEAD:
        return [warning("nik", translate("residents", "Menurut data penduduk orang ini sudah meninggal (status Mati)."))]
    if status == MOVED:
        return [warning("nik", translate("residents", "Menurut data penduduk orang ini sudah pindah (status Pindah)."))]
    if left:
        return [warning("nik", translate("residents", "NIK ini tidak ada lagi di daftar penduduk terbaru."))]
    return []
