"""Reference lists from other offices (ASN/PPPK, another budget, deceased, wage earners elsewhere).

A list arrives as a spreadsheet (.xlsx, .xls, .ods) or CSV. Its header is found and its
columns mapped with the participant import's rules (domain.spreadsheet_headers, with the
reference columns' own words from domain.eligibility.WORDS); a list of NIKs alone (one
column) is read too. The import is all-or-nothing: a row without a usable NIK refuses the
file with a report per row, unless `partial` keeps the good rows. Each list keeps its
source, date and row count; a newer list of the same kind replaces the current one. The
flags are worked out again right after (flags.screen), in the same call.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from jamsostek_desktop.db.bulk import insert_tuples
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.screening_models import ReferenceEntry, ReferenceList
from jamsostek_desktop.domain import eligibility
from jamsostek_desktop.domain import spreadsheet_headers as headers
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.backup.integrity import storage_guard

SUPPORTED = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".txt")
_SHOWN_PROBLEMS = 200


@dataclass(frozen=True)
class RowProblem:
    row: int            # 1-based row number in the sheet
    field: str
    message: str


@dataclass
class ReferenceImport:
    kind: str
    file_name: str
    mapping: dict[str, str] = field(default_factory=dict)
    rows: int = 0
    valid: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    committed: bool = False
    replaced: int | None = None      # the row count of the list this one replaced
    flags_opened: int = 0
    flags_open: int = 0

    def summary(self) -> str:
        kind = eligibility.KIND_LABELS[self.kind]
        if not self.committed:
            return translate("references", "Daftar {kind} tidak disimpan: {bad} baris bermasalah dari {rows}.").format(
                kind=kind, bad=len({p.row for p in self.problems}), rows=self.rows)
        text = translate("references", "Daftar {kind} disimpan: {valid} NIK dari {rows} baris.").format(
            kind=kind, valid=self.valid, rows=self.rows)
        if self.replaced is not None:
            text += " " + translate("references", "Menggantikan daftar sebelumnya ({n} NIK).").format(n=self.replaced)
        return text + " " + translate("references", "Tanda baru: {opened}; semua tanda terbuka: {open}.").format(
            opened=self.flags_opened, open=self.flags_open)


def _csv_rows(path: Path) -> list[list[object]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def _sheet_rows(path: Path) -> list[list[object]]:
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise ValidationError(translate(
            "references", "Berkas {name} bukan berkas Excel atau CSV yang dapat dibaca.").format(name=path.name)) from exc
    try:
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            if _header(rows) is not None:
                return rows
    finally:
        book.close()
    return []


def read_rows(path: str | Path) -> list[list[object]]:
    """The rows of the first sheet with a reference header (or of the CSV file)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(translate("references", "Berkas tidak ditemukan: {path}").format(path=path))
    if path.suffix.lower() not in SUPPORTED:
        raise ValidationError(translate(
            "references", "Jenis berkas {suffix} tidak dikenal; gunakan .xlsx, .xls, .ods atau .csv.").format(
            suffix=path.suffix or "-"))
    if path.suffix.lower() in (".csv", ".txt"):
        return _csv_rows(path)
    return _sheet_rows(path)


def _header(rows: list[list[object]]) -> headers.HeaderLayout | None:
    layout = headers.find_header(rows, eligibility.WORDS)
    if layout is not None:
        return layout
    # A list of NIKs alone: the first row (of the first thirty) with a NIK column.
    for index, row in enumerate(rows[:headers.HEADER_SCAN_ROWS]):
        labels = tuple("" if c is None else str(c).strip() for c in row)
        if any(headers.target_of(label, eligibility.WORDS) == "nik" for label in labels if label):
            return headers.HeaderLayout(index, 1, labels)
    return None


def suggested_mapping(kind: str, labels: list[str]) -> dict[str, str]:
    allowed = {"nik", *eligibility.COLUMNS[kind]}
    mapping = headers.suggest(labels, eligibility.WORDS)
    return {label: (target if target in allowed else headers.IGNORE) for label, target in mapping.items()}


@dataclass
class Prepared:
    rows: list[list[object]]
    layout: headers.HeaderLayout
    labels: list[str]
    mapping: dict[str, str]


def prepare(kind: str, path: str | Path) -> Prepared:
    """Read the file and suggest a column mapping (the GUI's mapping step shows it)."""
    if kind not in eligibility.KINDS:
        raise ValidationError(translate("references", "Jenis daftar tidak dikenal: {kind}. Pilih salah satu: {kinds}.")
                              .format(kind=kind, kinds=", ".join(eligibility.KINDS)))
    rows = read_rows(path)
    layout = _header(rows)
    if layout is None:
        raise ValidationError(translate(
            "references", "Tidak ada baris judul kolom dengan NIK di berkas {name}.").format(name=Path(path).name))
    labels = headers.unique_labels(layout.labels)
    return Prepared(rows, layout, labels, suggested_mapping(kind, labels))


def current_lists() -> list[ReferenceList]:
    return list(ReferenceList.select().where(ReferenceList.current == True).order_by(ReferenceList.kind))  # noqa: E712


@storage_guard(translate("references", "menyimpan daftar pembanding"))
def import_file(kind: str, path: str | Path, *, source: str = "", list_date: dt.date | None = None,
                mapping: dict[str, str] | None = None, partial: bool = False,
                dry_run: bool = False) -> ReferenceImport:
    """Import a reference list of `kind`, replacing the current one of that kind."""
    require("participant.verify")
    prepared = prepare(kind, path)
    used = dict(prepared.mapping)
    for label, target in (mapping or {}).items():
        if label not in used:
            raise ValidationError(translate("references", "Kolom '{label}' tidak ada di berkas.").format(label=label))
        if target not in ("", "nik", *eligibility.COLUMNS[kind]):
            raise ValidationError(translate("references", "Kolom '{label}': tujuan '{target}' tidak dikenal.").format(
                label=label, target=target))
        used[label] = target
    columns = [(i, t) for i, t in enumerate(used[label] for label in prepared.labels) if t]
    if "nik" not in {t for _, t in columns}:
        raise ValidationError(translate("references", "Tidak ada kolom NIK; tentukan dengan --map 'JUDUL=nik'."))
    report = ReferenceImport(kind, Path(path).name, used)
    entries: dict[str, eligibility.ReferenceRow] = {}
    for offset, row in enumerate(prepared.rows[prepared.layout.data_start:]):
        number = prepared.layout.data_start + offset + 1
        if not any(c not in (None, "") for c in row) or headers.is_column_index_row(row):
            continue
        raw = {t: row[i] for i, t in columns if i < len(row)}
        report.rows += 1
        entry, findings = eligibility.read_row(kind, raw)
        for finding in findings:
            report.problems.append(RowProblem(number, finding.field, str(finding.message)))
        if entry is not None:
            entries.setdefault(entry.nik, entry)
    report.valid = len(entries)
    if (report.problems and not partial) or dry_run or not entries:
        return report
    with db.atomic():
        previous = (ReferenceList.select().where(ReferenceList.kind == kind, ReferenceList.current == True)  # noqa: E712
                    .first())
        if previous is not None:
            report.replaced = previous.rows
            ReferenceEntry.delete().where(ReferenceEntry.list == previous.id).execute()
            ReferenceList.update(current=False).where(ReferenceList.id == previous.id).execute()
        listed = ReferenceList.create(kind=kind, source=(source or "").strip() or Path(path).name,
                                      list_date=list_date or dt.date.today(), file_name=Path(path).name,
                                      rows=len(entries), actor=current_username(), current=True)
        insert_tuples(ReferenceEntry, ["list", "nik", "nama", "detail"],
                      ((listed.id, e.nik, e.nama, e.detail) for e in entries.values()))
        audit.record("import", "reference_list", str(listed.id), field=kind, new=len(entries),
                     reason=listed.source)
        report.committed = True
    from jamsostek_desktop.services.screening import flags

    run = flags.screen()
    report.flags_opened, report.flags_open = run.opened, run.open
    return report
