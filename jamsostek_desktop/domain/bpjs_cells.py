"""Reading the cells of the files BPJS sends back: KPJ numbers, Rupiah amounts, header words.

A KPJ is 11 digits. Excel turns a KPJ typed as a number into 12345678901.0 or, worse,
1.23457E+10: the first form is cleaned (the digits are all there), the second refused,
since digits were lost. A number of 10 digits most likely lost a leading zero and is
refused too: a KPJ opens a member's JHT balance, so it is never guessed.
"""

from __future__ import annotations

import re

from jamsostek_desktop.domain.spreadsheet_cells import nik_cell
from jamsostek_desktop.errors import Message, translate

KPJ_DIGITS = 11
_SCIENTIFIC = re.compile(r"^\s*\d(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$")
_FLOAT_TEXT = re.compile(r"^(\d+)\.0+$")
_NON_WORD = re.compile(r"[^0-9A-Z]+")


def kpj_cell(value: object) -> tuple[str, Message | None]:
    """(KPJ, problem) from a cell; an empty cell is ("", None)."""
    if value is None or value == "":
        return "", None
    if type(value) is str and len(value) == KPJ_DIGITS and value.isdigit():
        return value, None              # nearly every cell of a CSV: nothing to clean
    if isinstance(value, bool):
        return "", translate("bpjs_cells", "KPJ tidak terbaca")
    if isinstance(value, float):
        if not value.is_integer() or value >= 2 ** 53:
            return "", translate("bpjs_cells", "KPJ tertulis sebagai pecahan; ketik ulang sebagai teks")
        text = str(int(value))
    elif isinstance(value, int):
        text = str(value)
    else:
        text = str(value).strip().lstrip("'").replace(" ", "").replace("-", "")
        if _SCIENTIFIC.match(text):
            return "", translate("bpjs_cells", "KPJ tertulis dalam notasi ilmiah (misalnya 1,23E+10): "
                                 "digitnya hilang; ketik ulang sebagai teks")
        m = _FLOAT_TEXT.match(text)
        if m:
            text = m[1]
    if not text.isdigit():
        return "", translate("bpjs_cells", "KPJ '{value}' bukan angka").format(value=text[:20])
    if len(text) == KPJ_DIGITS - 1 and not isinstance(value, str):
        return "", translate("bpjs_cells", "KPJ hanya 10 digit: angka 0 di depan kemungkinan hilang; "
                             "ketik ulang sebagai teks")
    if len(text) != KPJ_DIGITS:
        return "", translate("bpjs_cells", "KPJ harus 11 digit, bukan {n}").format(n=len(text))
    return text, None


def nik_of(value: object) -> tuple[str, Message | None]:
    """(NIK, problem): 16 digits, a rounded Excel number refused."""
    if type(value) is str and len(value) == 16 and value.isdigit():
        return value, None
    text, problem = nik_cell(value)
    if problem:
        return "", translate("bpjs_cells", "NIK terbaca sebagai angka yang dibulatkan Excel")
    text = text.replace(" ", "").replace(".", "")
    if not text:
        return "", translate("bpjs_cells", "NIK kosong")
    if not text.isdigit() or len(text) != 16:
        return "", translate("bpjs_cells", "NIK harus 16 digit")
    return text, None


def rupiah_cell(value: object) -> int | None:
    """Whole Rupiah from 16800, 16800.0, "16.800", "Rp 16.800,00", "16,800"; None when unreadable."""
    if value is None or value == "":
        return 0
    if type(value) is str and value.isdigit():
        return int(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip().upper().replace("RP", "").replace(" ", "")
    negative = text.startswith("-")
    text = text.lstrip("-")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,0+)?", text) or re.fullmatch(r"\d+,0+", text):
        text = text.split(",")[0].replace(".", "")
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.0+)?", text) or re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0].replace(",", "")
    if not text.isdigit():
        return None
    return -int(text) if negative else int(text)


def header_key(label: object) -> str:
    """A header reduced to its words: "No. KPJ" -> "NO KPJ"."""
    return _NON_WORD.sub(" ", str(label or "").upper()).strip()


def find_columns(header: list[object], aliases: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """field -> column index, by each field's aliases (exact words first, then a word inside)."""
    keys = [header_key(h) for h in header]
    found: dict[str, int] = {}
    for target, words in aliases.items():
        for i, key in enumerate(keys):
            if key in words and i not in found.values():
                found[target] = i
                break
    return found


ANSWER_ALIASES: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "NO NIK", "NOMOR NIK", "NO KTP", "NOMOR KTP", "NOMOR INDUK KEPENDUDUKAN"),
    "kpj": ("KPJ", "NO KPJ", "NOMOR KPJ", "NOMOR PESERTA", "NO PESERTA", "NO KARTU", "NOMOR KARTU"),
    "tanggal": ("TANGGAL DAFTAR", "TGL DAFTAR", "TANGGAL REGISTRASI", "TGL REGISTRASI", "TANGGAL KEPESERTAAN",
                "TGL KEPESERTAAN", "TANGGAL", "TMT KEPESERTAAN"),
    "status": ("STATUS", "STATUS PENDAFTARAN", "STATUS KEPESERTAAN", "HASIL", "KETERANGAN STATUS"),
    "alasan": ("ALASAN", "ALASAN PENOLAKAN", "ALASAN DITOLAK", "KETERANGAN", "CATATAN", "PESAN"),
    "nama": ("NAMA", "NAMA PESERTA", "NAMA LENGKAP", "NAMA TK", "NAMA TENAGA KERJA"),
}

INVOICE_ALIASES: dict[str, tuple[str, ...]] = {
    "periode": ("PERIODE", "BULAN", "PERIODE IURAN", "BLTH", "BULAN IURAN", "MASA IURAN"),
    "nik": ANSWER_ALIASES["nik"],
    "kpj": ANSWER_ALIASES["kpj"],
    "nama": ANSWER_ALIASES["nama"],
    "jkk": ("JKK", "IURAN JKK", "NILAI JKK"),
    "jkm": ("JKM", "IURAN JKM", "NILAI JKM"),
    "jht": ("JHT", "IURAN JHT", "NILAI JHT"),
    "total": ("TOTAL", "JUMLAH", "TOTAL IURAN", "JUMLAH IURAN", "TOTAL TAGIHAN", "JUMLAH TAGIHAN"),
}

# What BPJS writes in its status column.
REGISTERED_WORDS = frozenset({"AKTIF", "BERHASIL", "DITERIMA", "TERDAFTAR", "SUKSES", "OK", "VALID"})
REJECTED_WORDS = frozenset({"DITOLAK", "GAGAL", "TOLAK", "TIDAK VALID", "INVALID", "REJECT", "REJECTED"})
REGISTERED = "registered"
REJECTED = "rejected"


def answer_status(value: object) -> str | None:
    key = header_key(value)
    if key in REGISTERED_WORDS:
        return REGISTERED
    if key in REJECTED_WORDS:
        return REJECTED
    return None


def mask_kpj(kpj: str) -> str:
    """A KPJ opens the member's JHT balance: where a document does not need it, only its last
    four digits are printed (`*******8901`)."""
    digits = "".join(ch for ch in kpj or "" if ch.isdigit())
    return "*" * (len(digits) - 4) + digits[-4:] if len(digits) > 4 else (digits or "–")
