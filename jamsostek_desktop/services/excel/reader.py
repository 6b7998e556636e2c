"""Opening a spreadsheet for import and finding its rosters: sheets, header rows, column mapping.

python-calamine reads .xlsx, .xls and .ods quickly. Each sheet that carries a
roster header (NIK and name among the columns it names) becomes a RosterSheet;
other sheets are listed as skipped with the reason. The mapping of column labels
to fields is suggested from the header words, overridden by the mapping the clerk
confirmed for a file with the same headers.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from jamsostek_desktop import archives, paths
from jamsostek_desktop.db.models import Setting
from jamsostek_desktop.domain import spreadsheet_headers as headers
from jamsostek_desktop.errors import Texts, ValidationError, translate
from jamsostek_desktop.services.participants import catalogue

log = logging.getLogger(__name__)

SUPPORTED = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
MAPPING_SETTING = "excel.mapping."


class ImportRefusedError(ValidationError):
    """The file as a whole cannot be imported (not a spreadsheet, no roster in it ...)."""


@dataclass
class RosterSheet:
    name: str
    rows: list[list[object]]          # every row of the sheet, merged header cells filled in
    layout: headers.HeaderLayout
    labels: list[str]                 # unique column labels, as the mapping step shows them

    def samples(self, column: int, count: int = 3) -> list[str]:
        """A few non-empty values under a column, for the mapping step."""
        out = []
        start = self.layout.data_start
        if start < len(self.rows) and headers.is_column_index_row(self.rows[start]):
            start += 1
        for row in self.rows[start:]:
            if column < len(row) and row[column] not in (None, ""):
                out.append(_shown(row[column]))
                if len(out) == count:
                    break
        return out


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%d-%m-%Y")
    return str(value)


@dataclass
class Workbook:
    """What the importer found in a file."""

    path: Path
    rosters: list[RosterSheet] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (sheet, why)

    @property
    def labels(self) -> list[str]:
        """Every column label across the roster sheets, in first-seen order."""
        seen: dict[str, None] = {}
        for sheet in self.rosters:
            for label in sheet.labels:
                seen.setdefault(label, None)
        return list(seen)

    def samples(self, label: str) -> list[str]:
        for sheet in self.rosters:
            if label in sheet.labels:
                values = sheet.samples(sheet.labels.index(label))
                if values:
                    return values
        return []


def extra_labels(category_code: str | None) -> dict[str, str]:
    """Header words of the extra fields of one category, or of all when none is chosen."""
    categories = [catalogue.get(category_code)] if category_code else catalogue.all_categories()
    return headers.extra_labels(categories)


# Spreadsheets from outside are bounded like sync files (archives.py): a clerk's biggest
# roster (150,000 rows) is about 15 MB and inflates to about 150 MB; a bomb inflates 1000x.
MAX_FILE_BYTES = 256 * 1024 * 1024
INFLATE_RATIO = 100
INFLATE_FLOOR = 64 * 1024 * 1024
INFLATE_CAP = 1024 * 1024 * 1024


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, read by the path as given (a name that is not UTF-8 works too)."""
    if not path.exists():
        raise ImportRefusedError(translate("reader", "Berkas tidak ditemukan: {path}").format(path=paths.printable(path)))
    if path.is_dir():
        raise ImportRefusedError(translate("reader", "{name} adalah folder, bukan berkas Excel.").format(
            name=paths.printable(path.name)))
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportRefusedError(translate(
                "reader", "Berkas {name} terlalu besar untuk diimpor (lebih dari 256 MB); bagi menjadi "
                "beberapa berkas.").format(name=paths.printable(path.name)))
        return path.read_bytes()
    except OSError as exc:
        raise ImportRefusedError(translate("reader", "Berkas {name} tidak dapat dibuka: {reason}.").format(
            name=paths.printable(path.name), reason=exc.strerror or exc)) from exc


def _check_archive(data: bytes, name: str) -> None:
    """An .xlsx/.ods is a ZIP: every entry inflated once, counted, before the reader sees it."""
    if not archives.is_zip(data):
        return                       # .xls and .xlsb are not ZIP archives (or not spreadsheets at all)
    try:
        archives.scan(data, archives.budget(len(data), INFLATE_RATIO, INFLATE_FLOOR, INFLATE_CAP))
    except archives.ArchiveError as exc:
        log.warning("spreadsheet archive refused: %s", exc)
        if exc.too_large:
            raise ImportRefusedError(translate(
                "reader", "Berkas {name} berisi data mampat yang jauh lebih besar dari berkasnya (kemungkinan "
                "berkas jebakan); tidak dibaca. Simpan ulang dari Excel lalu coba lagi.").format(name=name)) from exc
        raise ImportRefusedError(translate(
            "reader", "Berkas {name} rusak atau bukan berkas Excel yang dapat dibaca. Buka di Excel lalu simpan "
            "sebagai 'Excel Workbook (.xlsx)'.").format(name=name)) from exc


def _open(path: Path) -> python_calamine.CalamineWorkbook:
    data = _read_bytes(path)
    name = paths.printable(path.name)
    _check_archive(data, name)
    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as exc:
        raise ImportRefusedError(translate(
            "reader", "Berkas {name} dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan ulang.")
            .format(name=name)) from exc
    except (python_calamine.CalamineError, ValueError) as exc:
        raise ImportRefusedError(translate(
            "reader", "Berkas {name} bukan berkas Excel yang dapat dibaca (.xlsx, .xls atau .ods), "
            "atau berkasnya rusak. Buka di Excel lalu simpan sebagai 'Excel Workbook (.xlsx)'.")
            .format(name=name)) from exc
    except OSError as exc:
        raise ImportRefusedError(translate("reader", "Berkas {name} tidak dapat dibuka: {reason}.").format(
            name=name, reason=exc.strerror or exc)) from exc


def read(path: str | Path, category_code: str | None = None, *, words: dict[str, str] | None = None) -> Workbook:
    """Every roster sheet in the file; raises ImportRefusedError when there is none.

    `words` (header word -> target) replaces the category's field labels: the resident
    register reads its lists with its own words (domain.residents.WORDS).
    """
    path = Path(path)
    book = _open(path)
    extra = words if words is not None else extra_labels(category_code)
    found = Workbook(path)
    try:
        names = book.sheet_names
        hidden = {m.name for m in book.sheets_metadata
                  if m.visible != python_calamine.SheetVisibleEnum.Visible
                  or m.typ != python_calamine.SheetTypeEnum.WorkSheet}
        for name in names:
            if name in hidden:
                # Lookup lists and old copies live on hidden sheets; a clerk imports what she sees.
                found.skipped.append((name, translate("reader", "lembar tersembunyi atau bukan lembar kerja")))
                continue
            sheet = book.get_sheet_by_name(name)
            try:
                rows = sheet.to_python(skip_empty_area=False)   # a fresh list of lists, ours to fill in
                merged = sheet.merged_cell_ranges or []
            except (python_calamine.CalamineError, ValueError) as exc:
                log.warning("sheet %d unreadable: %s", names.index(name), type(exc).__name__)
                found.skipped.append((name, translate("reader", "lembar tidak dapat dibaca")))
                continue
            if not any(any(c not in (None, "") for c in row) for row in rows):
                found.skipped.append((name, EMPTY_SHEET))
                continue
            headers.fill_merged(rows, merged)
            layout = headers.find_header(rows, extra)
            if layout is None:
                found.skipped.append((name, translate("reader", "tidak ada baris judul kolom dengan NIK dan Nama")))
                continue
            found.rosters.append(RosterSheet(name, rows, layout, headers.unique_labels(layout.labels)))
    finally:
        book.close()
    if not found.rosters:
        raise ImportRefusedError(_no_roster_message(path, found.skipped))
    return found


EMPTY_SHEET = translate("reader", "lembar kosong")


def _no_roster_message(path: Path, skipped: list[tuple[str, str]]) -> str:
    if skipped and all(why == EMPTY_SHEET for _, why in skipped):
        return translate("reader", "Berkas {name} kosong: tidak ada data untuk diimpor.").format(name=path.name)
    if not skipped:
        return translate("reader", "Berkas {name} tidak berisi lembar kerja.").format(name=path.name)
    return translate(
        "reader", "Berkas {name} bukan daftar peserta: tidak ditemukan baris judul kolom yang memuat "
        "NIK dan Nama (contoh judul: NIK, Nama Lengkap, Tgl Lahir, L/P, RT, RW).").format(name=path.name)


# --- the column mapping -------------------------------------------------------------------

def remembered(labels: list[str]) -> dict[str, str]:
    raw = Setting.read(MAPPING_SETTING + headers.headers_key(labels))
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def remember(labels: list[str], mapping: dict[str, str], extra: dict[str, str] | None = None) -> None:
    """Keep the confirmed mapping for the next file with the same headers; call in a transaction.

    The memory is shared by the participant and the register imports. A column left
    ignored is kept only where the header words (`extra`: this import's own words) had
    it otherwise (a guess turned off, a doubtful column answered), so a column one
    import has no field for stays open to the other.
    """
    guess = headers.suggestion(labels, extra)
    kept = {}
    for label in labels:
        target = mapping.get(label, headers.IGNORE)
        if target != headers.IGNORE or guess.mapping.get(label) != headers.IGNORE or label in guess.unsure:
            kept[label] = target
    key = MAPPING_SETTING + headers.headers_key(labels)
    kept = {**remembered(labels), **kept}
    Setting.write(key, json.dumps(kept, ensure_ascii=False))


def suggested_mapping(workbook: Workbook, category_code: str | None = None) -> dict[str, str]:
    """label -> target: remembered choices first, then what the header words say."""
    return suggested(workbook, extra_labels(category_code), {t for t, _ in targets(category_code)}).mapping


def suggested(workbook: Workbook, extra: dict[str, str], allowed: set[str]) -> headers.Suggestion:
    """The mapping (remembered choices first, then the header words) and the columns to ask about.

    A column the clerk already answered for a file with the same headers is not asked
    again; a remembered choice this import cannot use (another import's field) is not taken.
    """
    mapping: dict[str, str] = {}
    unsure: dict[str, str] = {}
    for sheet in workbook.rosters:
        guess = headers.suggestion(sheet.labels, extra)
        chosen = {k: v for k, v in remembered(sheet.labels).items() if k in guess.mapping and v in allowed}
        for label in sheet.labels:
            mapping.setdefault(label, chosen.get(label, guess.mapping[label]))
            if label in guess.unsure and label not in chosen:
                unsure.setdefault(label, guess.unsure[label])
    return headers.Suggestion(mapping, unsure)


class UnsureColumnsError(ImportRefusedError):
    """Columns whose meaning the header does not make sure were not answered."""

    def __init__(self, message: str, unsure: dict[str, str]) -> None:
        super().__init__(message)
        self.unsure = dict(unsure)


def require_answers(unsure: dict[str, str], given: dict[str, str] | None, names: dict[str, str]) -> None:
    """Refuse an import while a doubtful column has no answer: it is asked, never guessed."""
    open_ = {label: target for label, target in unsure.items() if label not in (given or {})}
    if not open_:
        return
    columns = Texts([translate("reader", "'{label}' (mungkin {field})").format(label=label, field=names.get(t, t))
                     for label, t in open_.items()])
    raise UnsureColumnsError(translate(
        "reader", "Isi kolom {columns} belum pasti. Tentukan di langkah Cocokkan kolom, atau di baris perintah "
        "dengan --map 'JUDUL=field' (kosongkan field untuk mengabaikan kolom).").format(columns=columns), open_)


def targets(category_code: str | None = None) -> list[tuple[str, str]]:
    """(target, label) pairs the mapping step offers, in the paper form's order."""
    out = [(key, label) for key, label in headers.TARGET_LABELS.items()]
    categories = [catalogue.get(category_code)] if category_code else catalogue.all_categories()
    seen = set()
    for category in categories:
        for spec in category.fields:
            if spec.key not in seen:
                seen.add(spec.key)
                label = spec.label if category_code else translate("reader", "{label} ({category})").format(
                    label=spec.label, category=category.name)
                out.append((headers.EXTRA_PREFIX + spec.key, label))
    return out


def check_mapping(mapping: dict[str, str], labels: list[str], allowed: set[str],
                  names: dict[str, str] | None = None) -> str | None:
    """Refuse a mapping that fills one field from two columns; say why a sheet lacks NIK or name."""
    used: dict[str, str] = {}
    names = names or dict(targets())
    for label in labels:
        target = mapping.get(label, headers.IGNORE)
        if target == headers.IGNORE:
            continue
        if target not in allowed:
            raise ValidationError(translate("reader", "Kolom '{label}': tujuan '{target}' tidak dikenal.").format(
                label=label, target=target))
        if target in used:
            raise ValidationError(translate(
                "reader", "Kolom '{first}' dan '{second}' sama-sama diisi ke {field}; pilih satu saja.").format(
                first=used[target], second=label, field=names.get(target, target)))
        used[target] = label
    for needed in headers.ROSTER_NEEDS:
        if needed not in used:
            return translate("reader", "tidak ada kolom yang diisi ke {field}").format(field=names[needed])
    return None
