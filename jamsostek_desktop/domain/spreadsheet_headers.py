"""Reading a roster spreadsheet's header the way clerks make them.

Pure rules, no file access: where the header row is (below a title block, over
one or two rows when cells are merged) and which field a column holds ("No. KTP"
is the NIK, "L/P" the sex, "TTL" place and date of birth together).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jamsostek_desktop.domain.categories import Category
from jamsostek_desktop.domain.participant import COMMON_FIELDS
from jamsostek_desktop.errors import translate

# Targets a column can hold besides the common field keys.
IGNORE = ""
CATEGORY = "kategori"
BIRTH_PLACE_DATE = "tempat_tanggal_lahir"
RT_RW = "rt_rw"
KELURAHAN_CODE = "kelurahan_code"   # city databases: whose participant the row is
EXTRA_PREFIX = "x:"   # "x:nomor_rt" -> the category's extra field nomor_rt

# Header words that mean a common field; compared after normalise().
SYNONYMS: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "no ktp", "nomor ktp", "no nik", "nomor nik", "nik ktp", "no induk kependudukan",
            "nomor induk kependudukan", "ktp", "nik peserta", "no identitas", "nomor identitas"),
    "nama": ("nama", "nama lengkap", "nama peserta", "nama tenaga kerja", "nama pekerja",
             "nama sesuai ktp", "nama lengkap sesuai ktp", "nama penduduk", "nama lgkp", "nama lengkap penduduk"),
    "tempat_lahir": ("tempat lahir", "tmp lahir", "tmpt lahir", "tempat", "tmpt lhr", "tmp lhr", "tempat lhr"),
    "tanggal_lahir": ("tanggal lahir", "tgl lahir", "tanggal", "tgl", "tgl lhr", "tanggal lhr"),
    BIRTH_PLACE_DATE: ("tempat tanggal lahir", "tempat tgl lahir", "ttl", "tmp tgl lahir",
                       "tempat dan tanggal lahir", "tempat tanggal lahir tempat tanggal"),
    "jenis_kelamin": ("jenis kelamin", "jk", "l p", "lp", "kelamin", "sex", "gender", "jns kelamin",
                      "jenis kelamin l p", "jenis klmin", "jns klmin"),
    "alamat": ("alamat", "alamat lengkap", "alamat rumah", "jalan", "alamat domisili",
               "alamat sesuai ktp", "alamat tempat tinggal"),
    "rt": ("rt", "no rt", "nomor rt"),
    "rw": ("rw", "no rw", "nomor rw"),
    RT_RW: ("rt rw", "rt rw domisili"),
    "telepon": ("no hp", "nomor hp", "hp", "telepon", "no telp", "no telepon", "telp", "nomor telepon",
                "no hp wa", "whatsapp", "wa", "no wa", "nomor hp wa", "handphone", "no handphone"),
    "email": ("email", "e mail", "surel", "alamat email"),
    "no_sk": ("no sk", "nomor sk", "sk", "nomor surat keputusan", "no surat keputusan"),
    "tanggal_sk": ("tanggal sk", "tgl sk"),
    "tmt": ("tmt", "mulai bertugas", "tmt tugas", "mulai bertugas tmt", "tanggal mulai tugas",
            "terhitung mulai tanggal"),
    "program_jht": ("jht", "ikut jht", "program jht", "peserta jht"),
    "penghasilan": ("penghasilan", "penghasilan dilaporkan", "upah", "gaji", "honor", "honorarium",
                    "penghasilan per bulan", "upah dilaporkan"),
    "kpj": ("kpj", "no kpj", "nomor kpj", "no kartu", "nomor kartu", "no kartu bpjs"),
    KELURAHAN_CODE: ("kode kelurahan", "kode wilayah", "kode desa kelurahan"),
    CATEGORY: ("kategori", "jenis pekerjaan", "kelompok", "kode kategori", "kategori pekerja",
               "jenis pekerja"),
    IGNORE: ("no", "no urut", "nomor urut", "nomor", "keterangan", "ket", "ttd", "tanda tangan",
             "status", "kelurahan", "kecamatan", "kota", "kota kab", "usia", "umur",
             "jkk", "jkm", "paraf", "masalah impor"),
}

# Labels of the targets for the mapping step and the report.
TARGET_LABELS: dict[str, str] = {
    IGNORE: translate("Field", "(abaikan)"),
    **{f.key: f.label for f in COMMON_FIELDS},
    BIRTH_PLACE_DATE: translate("Field", "Tempat, tanggal lahir"),
    RT_RW: translate("Field", "RT/RW (contoh 003/002)"),
    CATEGORY: translate("Field", "Kategori"),
    KELURAHAN_CODE: translate("Field", "Kode kelurahan"),
}

# Every column of a roster needs at least these to count as one.
ROSTER_NEEDS = ("nik", "nama")
HEADER_SCAN_ROWS = 30


def normalise(text: object) -> str:
    """`No. KTP` -> `no ktp`; `L/P` -> `l p`; `E-mail` -> `e mail`."""
    if text is None:
        return ""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text).lower()).split())


def _lookup(extra: dict[str, str]) -> dict[str, str]:
    # A category's own field label ("Nomor RT" of a Ketua RT) wins over a common synonym;
    # suggest() gives the common field back when no other column holds it.
    table = dict(extra)
    for target, words in SYNONYMS.items():
        for word in words:
            table.setdefault(word, target)
    for key in (f.key for f in COMMON_FIELDS):
        table.setdefault(normalise(key), key)
    return table


def extra_labels(categories: Iterable[Category]) -> dict[str, str]:
    """Normalised label and key of each category extra field -> `x:<key>`."""
    out: dict[str, str] = {}
    for category in categories:
        for spec in category.fields:
            out.setdefault(normalise(spec.label), EXTRA_PREFIX + spec.key)
            out.setdefault(normalise(spec.key), EXTRA_PREFIX + spec.key)
    return out


def target_of(label: str, extra: dict[str, str] | None = None) -> str | None:
    """The field a header names, sure or not (finding the header row); None when no rule knows it."""
    return _graded(label, extra)[0]


# Words after a known header word that say how to write it, not what it is: "NIK (16 digit)",
# "Tgl Lahir (dd-mm-yyyy)", "Nama Lengkap Peserta". Any other word makes the header doubtful.
QUALIFIERS = frozenset({
    "digit", "angka", "sesuai", "ktp", "kk", "peserta", "lengkap", "wajib", "diisi", "isi", "format",
    "contoh", "teks", "text", "dd", "mm", "yy", "yyyy", "hh", "bb", "tt", "tttt", "thn", "bln", "tgl",
})


def match(label: str, extra: dict[str, str] | None = None) -> tuple[str | None, bool]:
    """(target, sure) for a header; (None, False) when no rule knows it (see _graded)."""
    target, grade = _graded(label, extra)
    return target, grade > DOUBTFUL


DOUBTFUL, QUALIFIED, EXACT = 0, 1, 2


def _graded(label: str, extra: dict[str, str] | None) -> tuple[str | None, int]:
    """(target, grade) for a header; (None, DOUBTFUL) when no rule knows it.

    Sure: the header is a known word ("Tgl. Lahir"), also written without spaces
    ("tanggallahir", "TEMPAT_LAHIR"), or a known word followed by qualifiers only.
    Doubtful: a known word followed by other words ("Tanggal Akhir Paspor",
    "Nama Posyandu"), which the mapping step asks about instead of taking.
    """
    key = normalise(label)
    if not key:
        return None, DOUBTFUL
    table = _lookup(extra or {})
    if key in table:
        return table[key], EXACT
    squeezed = key.replace(" ", "")
    for word, target in table.items():
        if word.replace(" ", "") == squeezed:
            return target, EXACT
    # "NIK (16 digit)", "Nama Lengkap Peserta": the longest known words at the start.
    best = None
    for word, target in table.items():
        if len(word) >= 2 and key.startswith(word + " ") and (best is None or len(word) > len(best[0])):
            best = (word, target)
    if best is None:
        return None, DOUBTFUL
    rest = key[len(best[0]) + 1:].split()
    return best[1], QUALIFIED if all(w.isdigit() or w in QUALIFIERS for w in rest) else DOUBTFUL


@dataclass(frozen=True)
class HeaderLayout:
    """Where the header is: its first row, how many rows it spans, and each column's label."""

    row: int            # 0-based index of the first header row
    depth: int          # 1, or 2 for a merged two-row header
    labels: tuple[str, ...]

    @property
    def data_start(self) -> int:
        return self.row + self.depth


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _score(row: Sequence[object], extra: dict[str, str]) -> tuple[int, set[str]]:
    found = set()
    for cell in row:
        if isinstance(cell, str) and cell.strip():
            target = target_of(cell, extra)
            if target:
                found.add(target)
    return len(found - {IGNORE}), found


def _is_header(row: Sequence[object], extra: dict[str, str]) -> bool:
    score, found = _score(row, extra)
    return score >= 2 and ("nik" in found or "nama" in found)


def find_header(rows: Sequence[Sequence[object]], extra: dict[str, str] | None = None) -> HeaderLayout | None:
    """The header among the first rows: the first naming two fields, NIK or name among them.

    A two-row header (a merged "Tempat/Tanggal Lahir" over "Tempat" and "Tanggal")
    is read as one: the lower row's label where it has one, the upper one elsewhere.
    Merged cells must already be filled in (see fill_merged).
    """
    extra = extra or {}
    # The first such row: a vertically merged header fills the row below it too.
    index = next((i for i, row in enumerate(rows[:HEADER_SCAN_ROWS]) if _is_header(row, extra)), None)
    if index is None:
        return None
    upper = [_text(c) for c in rows[index]]
    if index + 1 < len(rows):
        lower = [_text(c) for c in rows[index + 1]]
        lower_score, _ = _score(rows[index + 1], extra)
        width = max(len(upper), len(lower))
        upper += [""] * (width - len(upper))
        lower += [""] * (width - len(lower))
        # The lower row is a sub-header when it names fields and holds no data (no NIK-like number).
        if lower_score >= 1 and not any(re.fullmatch(r"\d{15,16}", t) for t in lower):
            labels = []
            for top, sub in zip(upper, lower, strict=True):
                if sub and top and sub != top:
                    labels.append(f"{top} / {sub}" if target_of(sub, extra) is None else sub)
                else:
                    labels.append(sub or top)
            return HeaderLayout(index, 2, tuple(labels))
    return HeaderLayout(index, 1, tuple(upper))


def fill_merged(rows: list[list[object]], ranges: Iterable[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """Copy each merged range's top-left value into the whole range (header rows only matter)."""
    for (r0, c0), (r1, c1) in ranges:
        if r0 >= len(rows) or r0 >= HEADER_SCAN_ROWS + 2:
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0) and row[c] in (None, ""):
                    row[c] = value


def unique_labels(labels: Sequence[str]) -> list[str]:
    """Column labels as the mapping step shows them: empty ones named by letter, repeats numbered."""
    out, seen = [], {}
    for i, label in enumerate(labels):
        label = label or translate("headers", "Kolom {letter}").format(letter=column_letter(i))
        if label in seen:
            seen[label] += 1
            label = f"{label} ({seen[label]})"
        else:
            seen[label] = 1
        out.append(label)
    return out


@dataclass(frozen=True)
class Suggestion:
    """The mapping the header words give, and the columns to ask about (label -> likely field)."""

    mapping: dict[str, str]
    unsure: dict[str, str]


def suggestion(labels: Sequence[str], extra: dict[str, str] | None = None) -> Suggestion:
    """label -> target for every column, a target given to one column only; doubtful ones asked.

    Sure matches first, so a header that merely starts with a known word ("Nama Posyandu",
    "Tanggal Akhir Paspor") never takes a field another header names outright. A doubtful
    header whose field no other column holds is not guessed: it stays ignored and is listed
    in `unsure` with the field it might hold, for the mapping step to ask.
    """
    matches = {label: _graded(label, extra) for label in labels}
    mapping: dict[str, str] = {}
    unsure: dict[str, str] = {}
    taken: set[str] = set()
    for grade in (EXACT, QUALIFIED):
        for label in labels:
            target, graded = matches[label]
            if label in mapping or graded != grade or target is None:
                continue
            if target != IGNORE and target in taken:
                target = IGNORE
            taken.add(target)
            mapping[label] = target
    for label in labels:
        if label in mapping:
            continue
        target, _ = matches[label]
        mapping[label] = IGNORE
        if target and target != IGNORE and target not in taken:
            unsure[label] = target
    mapping = {label: mapping[label] for label in labels}
    for label, target in mapping.items():
        if target.startswith(EXTRA_PREFIX):
            common, sure = match(label)
            if sure and common and common != IGNORE and common not in taken:
                mapping[label] = common
                taken.add(common)
    return Suggestion(mapping, unsure)


def suggest(labels: Sequence[str], extra: dict[str, str] | None = None) -> dict[str, str]:
    """label -> target for every column (see suggestion); doubtful columns are ignored."""
    return suggestion(labels, extra).mapping


def headers_key(labels: Iterable[str]) -> str:
    """A stable key for a set of headers, to remember the clerk's mapping for the next file."""
    text = "\x1f".join(normalise(label) for label in labels)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def is_column_index_row(row: Sequence[object]) -> bool:
    """The numbered row under a roster header (1, 2, 3 ...)."""
    numbers = [c for c in row if c not in (None, "")]
    if len(numbers) < 3:
        return False
    try:
        values = [int(float(c)) for c in numbers]
    except (TypeError, ValueError):
        return False
    return values == list(range(values[0], values[0] + len(values))) and values[0] in (0, 1)


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
