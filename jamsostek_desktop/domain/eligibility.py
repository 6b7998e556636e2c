"""Who should not be on the list: reference lists from other offices and the flags they raise.

A participant paid from this budget should not also be an ASN or PPPK (insured through the
agency), paid from another budget, deceased, or already a wage-earner participant elsewhere.
The city (sometimes the kelurahan) receives such lists as spreadsheets or CSV; each row
names a NIK and a few details. Screening matches them by NIK and raises a flag with a
code; a person resolves it with a decision and a reason. The resident register (issue 20)
adds two more: a participant the register lists as dead (Mati) or moved away (Pindah).

Pure: the kinds, their columns and header words, how a row is read, the flag codes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain.findings import Finding, error
from jamsostek_desktop.domain.parsing import ParseError, parse_date
from jamsostek_desktop.domain.spreadsheet_cells import nik_cell
from jamsostek_desktop.errors import translate

# Kinds of reference list (the CLI's KIND).
ASN, FUNDED, DECEASED, WAGE_EARNER = "asn", "dana-lain", "meninggal", "penerima-upah"
KINDS = (ASN, FUNDED, DECEASED, WAGE_EARNER)
KIND_LABELS = {
    ASN: translate("eligibility", "ASN dan PPPK"),
    FUNDED: translate("eligibility", "Dibiayai anggaran lain"),
    DECEASED: translate("eligibility", "Meninggal dunia"),
    WAGE_EARNER: translate("eligibility", "Terdaftar sebagai penerima upah"),
}

# Flag codes: one per reference kind, two from the resident register, one from the NIK.
FLAG_ASN, FLAG_FUNDED, FLAG_DECEASED, FLAG_WAGE = "ASN", "DANA", "MATI", "PU"
FLAG_RESIDENT_DEAD, FLAG_RESIDENT_MOVED = "PDDK_MATI", "PDDK_PINDAH"
FLAG_BIRTH_DATE = "TGL_NIK"
FLAG_OF_KIND = {ASN: FLAG_ASN, FUNDED: FLAG_FUNDED, DECEASED: FLAG_DECEASED, WAGE_EARNER: FLAG_WAGE}
FLAG_LABELS = {
    FLAG_ASN: translate("eligibility", "Tercatat sebagai ASN/PPPK"),
    FLAG_FUNDED: translate("eligibility", "Sudah dibiayai anggaran lain"),
    FLAG_DECEASED: translate("eligibility", "Tercatat meninggal dunia"),
    FLAG_WAGE: translate("eligibility", "Sudah terdaftar sebagai penerima upah"),
    FLAG_RESIDENT_DEAD: translate("eligibility", "Data penduduk: meninggal (Mati)"),
    FLAG_RESIDENT_MOVED: translate("eligibility", "Data penduduk: pindah"),
    FLAG_BIRTH_DATE: translate("eligibility", "Tanggal lahir tidak cocok dengan NIK"),
}

# Columns each kind's rows may carry besides the NIK (the detail shown with the flag).
NAMA, NIP, INSTANSI, SUMBER_DANA, PERIODE, TANGGAL_MENINGGAL, PERUSAHAAN = (
    "nama", "nip", "instansi", "sumber_dana", "periode", "tanggal_meninggal", "perusahaan")
COLUMNS = {
    ASN: (NAMA, NIP, INSTANSI),
    FUNDED: (NAMA, SUMBER_DANA, PERIODE),
    DECEASED: (NAMA, TANGGAL_MENINGGAL),
    WAGE_EARNER: (NAMA, PERUSAHAAN),
}
COLUMN_LABELS = {
    "nik": translate("eligibility", "NIK"),
    NAMA: translate("eligibility", "Nama"),
    NIP: translate("eligibility", "NIP"),
    INSTANSI: translate("eligibility", "Instansi"),
    SUMBER_DANA: translate("eligibility", "Sumber dana"),
    PERIODE: translate("eligibility", "Periode"),
    TANGGAL_MENINGGAL: translate("eligibility", "Tanggal meninggal"),
    PERUSAHAAN: translate("eligibility", "Perusahaan / pemberi kerja"),
}
# Header words (after spreadsheet_headers.normalise) of the reference columns.
WORDS: dict[str, str] = {
    **dict.fromkeys(("nip", "no nip", "nomor nip", "nip baru", "ni pppk", "nomor induk pegawai"), NIP),
    **dict.fromkeys(("instansi", "unit kerja", "opd", "perangkat daerah", "satuan kerja", "satker",
                     "instansi induk", "unor"), INSTANSI),
    **dict.fromkeys(("sumber dana", "sumber anggaran", "anggaran", "dibiayai oleh", "pembiayaan",
                     "sumber pembiayaan"), SUMBER_DANA),
    **dict.fromkeys(("periode", "tahun anggaran", "masa", "bulan", "periode kepesertaan"), PERIODE),
    **dict.fromkeys(("tanggal meninggal", "tgl meninggal", "tanggal kematian", "tgl kematian",
                     "meninggal", "tanggal wafat"), TANGGAL_MENINGGAL),
    **dict.fromkeys(("perusahaan", "pemberi kerja", "nama perusahaan", "tempat kerja",
                     "nama pemberi kerja"), PERUSAHAAN),
}


@dataclass(frozen=True)
class ReferenceRow:
    nik: str
    nama: str
    detail: str          # the kind's other columns, "NIP 1987...; Dinas Pendidikan"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value:%d-%m-%Y}"
    return " ".join(str(value).split())


def read_row(kind: str, raw: dict[str, object]) -> tuple[ReferenceRow | None, list[Finding]]:
    """A reference row from its mapped cells; a row without a usable NIK is refused with why."""
    nik, problem = nik_cell(raw.get("nik"))
    if problem:
        return None, [error("nik", problem)]
    nik = nik_rules.compact(nik or "")
    if not nik:
        return None, [error("nik", translate("eligibility", "NIK kosong."))]
    if len(nik) != 16 or not nik.isdigit():
        return None, [error("nik", translate("eligibility", "NIK harus 16 digit angka."))]
    parts = []
    for column in COLUMNS[kind][1:]:
        value = raw.get(column)
        if column == TANGGAL_MENINGGAL and value not in (None, ""):
            try:
                value = parse_date(value)
            except ParseError as exc:
                return None, [error(column, str(exc))]
        text = _text(value)
        if text:
            parts.append(text)
    return ReferenceRow(nik, _text(raw.get(NAMA)), "; ".join(parts)), []


def nik_agrees_with_text(nik: str, born: object) -> bool:
    """The quick test for 150,000 rows: a stored ISO date ("1975-08-12") against the NIK's date part."""
    if not isinstance(born, str) or len(born) < 10 or len(nik) != 16:
        return False
    day = nik[6:8]
    if day[0] in "4567":
        day = str(int(day[0]) - 4) + day[1]
    return born[8:10] == day and born[5:7] == nik[8:10] and born[2:4] == nik[10:12]


def birth_date_mismatch(nik: str, born: object) -> str:
    """The NIK's date as text when the typed birth date disagrees with it, else "".

    A corrected birth date keeps the old NIK, so this is a question for the verifier, never
    a refusal. The two-digit year is compared as two digits.
    """
    if len(nik or "") != 16 or not nik.isdigit() or born is None:
        return ""
    if not isinstance(born, dt.date):
        try:
            born = dt.date.fromisoformat(str(born)[:10])
        except ValueError:
            return ""
    day, month, year = int(nik[6:8]) % 40, int(nik[8:10]), int(nik[10:12])
    if (born.day, born.month, born.year % 100) == (day, month, year):
        return ""
    return translate("eligibility", "NIK menunjukkan {nik_date}, tanggal lahir {born}").format(
        nik_date=f"{day:02d}-{month:02d}-..{year:02d}", born=f"{born:%d-%m-%Y}")
