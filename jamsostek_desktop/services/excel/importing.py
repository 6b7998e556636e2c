"""Importing participants from the kelurahan's existing spreadsheets.

`import_file` reads every roster sheet, checks every row with the entry form's
rules (domain.participant.parse_raw + check), finds NIKs listed twice in the file
and NIKs already enrolled (one set-based query), and returns a per-row report.
Unless it is a dry run, the valid rows are then written in ONE transaction as
drafts, with their audit entries; a refused import writes nothing.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jamsostek_desktop import paths
from jamsostek_desktop.db.bulk import insert_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Participant, utc_now
from jamsostek_desktop.domain import participant as rules
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain import spreadsheet_headers as headers
from jamsostek_desktop.domain.findings import error
from jamsostek_desktop.domain.residents import register_findings
from jamsostek_desktop.domain.spreadsheet_cells import compile_columns, filled_count, row_cells
from jamsostek_desktop.errors import Texts, ValidationError, joined, translate
from jamsostek_desktop.services.accounts import audit, seal
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.excel import reader as excel_reader
from jamsostek_desktop.services.excel.reader import ImportRefusedError, RosterSheet
from jamsostek_desktop.services.participants import catalogue, rates
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.participants.enrolment import already_enrolled, stored_values
from jamsostek_desktop.services.residents import lookup as residents_lookup
from jamsostek_desktop.services.tenure import backfill as tenure_backfill

__all__ = ["ImportRefusedError", "ImportReport", "RowProblem", "import_file"]

log = logging.getLogger(__name__)

ERROR, WARNING = "galat", "peringatan"
_DB_CHUNK = 500   # NIKs per duplicate query (SQLite allows 999 parameters)
_PROGRESS_EVERY = 500   # rows between two progress reports


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int          # the row number Excel shows
    column: str       # the column label in the file; "" when the problem is the whole row
    field: str        # the field's label
    severity: str     # ERROR or WARNING
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        return f"{self.sheet} baris {self.row}, {self.field}: {self.message}"


@dataclass
class ImportReport:
    """What an import found and did, row by row."""

    file_name: str
    dry_run: bool
    strict: bool = False
    mapping: dict[str, str] = field(default_factory=dict)
    sheets: list[str] = field(default_factory=list)
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)
    rows_read: int = 0
    rows_valid: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    by_category: dict[str, int] = field(default_factory=dict)
    imported: int = 0
    committed: bool = False
    refused: str = ""
    # For the saved report: each sheet's column labels and the cells of its rows with errors.
    sheet_labels: dict[str, list[str]] = field(default_factory=dict)
    bad_rows: dict[str, list[tuple[int, list]]] = field(default_factory=dict)

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def rows_with_errors(self) -> int:
        return len({(p.sheet, p.row) for p in self.errors})

    def summary(self) -> str:
        """Summary lines for the wizard and the CLI (translatable Indonesian, one text per line)."""
        lines = [translate("importing", "Berkas {name}: {rows} baris data dibaca dari lembar {sheets}.").format(
            name=self.file_name, rows=self.rows_read, sheets=", ".join(self.sheets))]
        for name, why in self.skipped_sheets:
            lines.append(translate("importing", "Lembar '{name}' dilewati: {why}.").format(name=name, why=why))
        lines.append(translate("importing", "{valid} baris siap diimpor; {bad} baris bermasalah "
                               "({errors} galat, {warnings} peringatan).").format(
            valid=self.rows_valid, bad=self.rows_with_errors, errors=len(self.errors), warnings=len(self.warnings)))
        if self.dry_run:
            lines.append(translate("importing", "Pemeriksaan saja; belum ada data yang disimpan."))
            if self.refused:
                lines.append(translate("importing", "Bila diimpor sekarang: {reason}").format(reason=self.refused))
        elif self.refused:
            lines.append(translate("importing", "Tidak ada yang disimpan: {reason}").format(reason=self.refused))
        elif self.committed:
            lines.append(translate("importing", "{n} peserta diimpor sebagai draf.").format(n=self.imported))
        return joined(lines)


@dataclass
class _Valid:
    values: dict
    category_code: str
    kelurahan_code: str
    ref: tuple[str, int]    # (sheet, row number)


class _CategoryFinder:
    """The category a row belongs to: the chosen one, its category column, or its sheet's name."""

    def __init__(self, chosen: str | None) -> None:
        self.chosen = chosen
        self.by_word: dict[str, str] = {}
        for category in catalogue.all_categories():
            self.by_word[headers.normalise(category.name)] = category.code
            self.by_word[headers.normalise(category.code)] = category.code
            for alias in category.eligibility.aliases:      # "Linmas", "Ketua RT dan RW" (catalogue data)
                self.by_word.setdefault(headers.normalise(alias), category.code)

    def find(self, cell: str, sheet: str) -> str | None:
        if self.chosen:
            return self.chosen
        if cell:
            return self.by_word.get(headers.normalise(cell))
        word = headers.normalise(sheet)
        if word in self.by_word:
            return self.by_word[word]
        # Excel cuts sheet names at 31 characters.
        matches = {code for name, code in self.by_word.items() if len(word) >= 10 and name.startswith(word)}
        return matches.pop() if len(matches) == 1 else None


def import_file(path: str | Path, category_code: str | None = None, dry_run: bool = False,
                mapping: dict[str, str] | None = None, *, strict: bool = True,
                progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Check every row of a spreadsheet and, unless `dry_run`, write the valid ones as drafts.

    `mapping` (column label -> field target) overrides the suggested mapping;
    `strict` (the default, as a file import is all-or-nothing) refuses the whole file when any
    row has an error; `strict=False` writes the valid rows only, when the clerk chose that.
    `progress(rows checked, rows in the file)` is called now and then while rows are checked;
    an exception it raises (the GUI's cancel) ends the import before anything is written.
    """
    if not dry_run:
        require("excel.import")
    if category_code:
        catalogue.get(category_code)   # NotFoundError for an unknown code
    profile = profile_service.require_profile()
    city = profile.mode == "city"
    workbook = excel_reader.read(path, category_code)
    allowed = {t for t, _ in excel_reader.targets(category_code)}
    suggestion = excel_reader.suggested(workbook, excel_reader.extra_labels(category_code), allowed)
    excel_reader.require_answers(suggestion.unsure, mapping, dict(excel_reader.targets(category_code)))
    used = dict(suggestion.mapping)
    used.update({k: v for k, v in (mapping or {}).items() if k in used})
    report = ImportReport(paths.printable(Path(path).name), dry_run, strict, used)
    report.skipped_sheets = list(workbook.skipped)

    valid: list[_Valid] = []
    rows_of_nik: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    finder = _CategoryFinder(category_code)
    current_rates = rates.current()
    total_rows = sum(len(sheet.rows) for sheet in workbook.rosters)
    for sheet in workbook.rosters:
        why = excel_reader.check_mapping(used, sheet.labels, allowed)
        if why:
            report.skipped_sheets.append((sheet.name, why))
            continue
        if city and headers.KELURAHAN_CODE not in {used.get(label) for label in sheet.labels}:
            report.skipped_sheets.append((sheet.name, translate(
                "importing", "di mode kota berkas harus punya kolom Kode kelurahan")))
            continue
        report.sheets.append(sheet.name)
        report.sheet_labels[sheet.name] = sheet.labels
        _check_sheet(sheet, used, finder, current_rates, profile.region_code, city, report, valid, rows_of_nik,
                     progress, total_rows)
    if not report.sheets:
        reasons = Texts([translate("importing", "lembar '{name}': {why}").format(name=n, why=w)
                         for n, w in report.skipped_sheets], "; ")
        raise ImportRefusedError(translate("importing", "Tidak ada lembar yang dapat diimpor ({reasons}).").format(
            reasons=reasons))

    if not report.rows_read:
        raise ImportRefusedError(translate(
            "importing", "Berkas {name}: tidak ada baris data di bawah judul kolom.").format(name=report.file_name))
    _mark_duplicates_in_file(rows_of_nik, report)
    _mark_enrolled(rows_of_nik, report)
    _mark_register(valid, rows_of_nik, report)
    _mark_near_duplicates(valid, rows_of_nik, report)
    bad = {(p.sheet, p.row) for p in report.errors}
    keep = [v for v in valid if v.ref not in bad]
    report.rows_valid = len(keep)
    for item in keep:
        report.by_category[item.category_code] = report.by_category.get(item.category_code, 0) + 1
    _collect_bad_rows(workbook, bad, report)
    report.problems.sort(key=lambda p: (report.sheets.index(p.sheet), p.row, not p.is_error))

    if strict and bad:
        report.refused = translate("importing", "{n} baris bermasalah dan impor diminta utuh "
                                   "(semua atau tidak sama sekali).").format(n=report.rows_with_errors)
    elif not keep:
        report.refused = translate("importing", "tidak ada baris yang valid.")
    if dry_run or report.refused:
        return report
    report.imported = _write(keep, workbook, used, report.file_name, excel_reader.extra_labels(category_code))
    report.committed = True
    log.info("excel import: %d rows written, %d rows refused", report.imported, report.rows_with_errors)
    return report


def _check_sheet(sheet: RosterSheet, used: dict[str, str], finder: _CategoryFinder, current_rates,
                 own_code: str, city: bool, report: ImportReport, valid: list[_Valid],
                 rows_of_nik: dict, progress: Callable[[int, int], None] | None = None,
                 total_rows: int = 0) -> None:
    columns = [(i, used[label]) for i, label in enumerate(sheet.labels) if used.get(label)]
    label_of: dict[str, str] = {}
    for index, target in columns:
        label = sheet.labels[index]
        if target == headers.BIRTH_PLACE_DATE:
            label_of.update(tempat_lahir=label, tanggal_lahir=label)
        elif target == headers.RT_RW:
            label_of.update(rt=label, rw=label)
        elif target.startswith(headers.EXTRA_PREFIX):
            label_of[target[len(headers.EXTRA_PREFIX):]] = label
        else:
            label_of[target] = label
    extra_types = {spec.key: spec.type for c in catalogue.all_categories() for spec in c.fields}
    compiled = compile_columns(columns, extra_types)
    start = sheet.layout.data_start
    if start < len(sheet.rows) and headers.is_column_index_row(sheet.rows[start]):
        start += 1

    def add(row_no: int, key: str, severity: str, message: str, field_label: str = "") -> None:
        report.problems.append(RowProblem(sheet.name, row_no, label_of.get(key, ""),
                                          field_label or rules.LABELS.get(key, key), severity, message))

    for index in range(start, len(sheet.rows)):
        if progress is not None and (index - start) % _PROGRESS_EVERY == 0:
            progress(report.rows_read, total_rows)
        row = sheet.rows[index]
        cells = row_cells(row, compiled)
        # Titles, totals and signature lines under the table fill one cell at most.
        if not cells.raw.get("nik") and not cells.nik_problem and filled_count(row, columns) < 2:
            continue
        row_no = index + 1
        report.rows_read += 1
        code = finder.find(cells.category, sheet.name)
        if code is None:
            if cells.category:
                message = translate("importing", "Kategori '{category}' tidak dikenal; isi kolom Kategori dengan nama "
                                    "kategori dari katalog, atau pilih kategori saat impor.").format(
                    category=cells.category)
            else:
                message = translate("importing", "Kategori baris ini tidak diketahui; pilih kategori saat impor, "
                                    "tambahkan kolom Kategori, atau beri nama lembar sesuai kategori "
                                    "(contoh: Ketua RT).")
            add(row_no, headers.CATEGORY, ERROR, message, headers.TARGET_LABELS[headers.CATEGORY])
            continue
        category = catalogue.get(code)
        kelurahan_code = own_code
        if city:
            problem = region.village_problem(cells.kelurahan_code)
            if not problem and not region.compact(cells.kelurahan_code).startswith(region.compact(own_code)):
                problem = translate("importing", "Kode kelurahan {code} bukan wilayah kota ini ({city}).").format(
                    code=region.format_code(cells.kelurahan_code), city=own_code)
            if problem:
                add(row_no, headers.KELURAHAN_CODE, ERROR, problem, headers.TARGET_LABELS[headers.KELURAHAN_CODE])
                continue
            kelurahan_code = region.format_code(cells.kelurahan_code)
        values, findings = rules.parse_raw(cells.raw, category)
        unreadable = {f.field for f in findings}
        if cells.nik_problem:
            unreadable.add("nik")
            findings.append(error("nik", cells.nik_problem))
        for f in rules.check(values, category, current_rates):
            # A value that could not be read is reported once, not again as missing.
            if f.field not in unreadable:
                findings.append(f)
        specs = {s.key: s.label for s in category.fields}
        for f in findings:
            add(row_no, f.field, ERROR if f.is_error else WARNING, f.message, specs.get(f.field, ""))
        if any(f.is_error for f in findings):
            continue
        valid.append(_Valid(values, code, kelurahan_code, (sheet.name, row_no)))
        rows_of_nik[values["nik"]].append((sheet.name, row_no, label_of.get("nik", "")))


def _mark_duplicates_in_file(rows_of_nik: dict, report: ImportReport) -> None:
    for nik, places in rows_of_nik.items():
        if len(places) < 2:
            continue
        where = Texts(translate("importing", "{sheet} baris {row}").format(sheet=s, row=r) if len(report.sheets) > 1
                      else translate("importing", "baris {row}").format(row=r) for s, r, _ in places)
        for sheet, row_no, column in places:
            report.problems.append(RowProblem(
                sheet, row_no, column, rules.LABELS["nik"], ERROR,
                translate("importing", "NIK {nik} tercantum lebih dari sekali di berkas ({where}); satu NIK hanya "
                          "boleh satu kepesertaan. Hapus baris yang salah lalu impor lagi.").format(nik=nik, where=where),
            ))


def _enrolled(niks: list[str]) -> dict[str, str]:
    """NIK -> message for each NIK that already holds a live enrolment; one query per 500 NIKs.

    Plain SQL: peewee spends longer composing a 500-value IN list than SQLite answering it.
    """
    found = {}
    for start in range(0, len(niks), _DB_CHUNK):
        chunk = niks[start:start + _DB_CHUNK]
        cursor = db.execute_sql(
            'SELECT p."nik", p."nama", c."name", p."rt", p."rw", p."kelurahan_code" FROM "participant" p '
            'JOIN "category" c ON c."id" = p."category_id" '
            f'WHERE p."archived" = 0 AND p."nik" IN ({", ".join("?" * len(chunk))})', chunk)
        for nik, nama, category_name, rt, rw, code in cursor.fetchall():
            found[nik] = already_enrolled(nama, category_name, rt, rw, code)
    return found


def _mark_enrolled(rows_of_nik: dict, report: ImportReport) -> None:
    for nik, message in _enrolled(list(rows_of_nik)).items():
        for sheet, row_no, column in rows_of_nik[nik]:
            report.problems.append(RowProblem(sheet, row_no, column, rules.LABELS["nik"], ERROR, message))


def _mark_register(valid: list[_Valid], rows_of_nik: dict, report: ImportReport) -> None:
    """Warnings from the resident register: a NIK it lacks (where one exists), Mati or Pindah."""
    areas = residents_lookup.covered_areas()
    if not areas:
        return
    entries = residents_lookup.status_of(rows_of_nik)
    for item in valid:
        nik = item.values["nik"]
        entry = entries.get(nik)
        found = register_findings(entry is not None, entry.status if entry else "", bool(entry and entry.left),
                                  item.kelurahan_code in areas)
        sheet, row_no = item.ref
        column = next((c for s, r, c in rows_of_nik[nik] if (s, r) == item.ref), "")
        for finding in found:
            report.problems.append(RowProblem(sheet, row_no, column, rules.LABELS["nik"], WARNING, finding.message))


def _mark_near_duplicates(valid: list[_Valid], rows_of_nik: dict, report: ImportReport) -> None:
    """Warnings from screening (issue 13): a row that may be someone on the list or in the file."""
    from jamsostek_desktop.services.screening.rows_check import row_warnings

    found = row_warnings(((v.ref, v.values, v.kelurahan_code) for v in valid), row_label=lambda ref: ref[1])
    for item in valid:
        sheet, row_no = item.ref
        column = next((c for s, r, c in rows_of_nik[item.values["nik"]] if (s, r) == item.ref), "")
        for message in found.get(item.ref, []):
            report.problems.append(RowProblem(sheet, row_no, column, rules.LABELS["nik"], WARNING, message))


def _collect_bad_rows(workbook, bad: set[tuple[str, int]], report: ImportReport) -> None:
    for sheet in workbook.rosters:
        rows = sorted(r for s, r in bad if s == sheet.name)
        if rows:
            report.bad_rows[sheet.name] = [(r, list(sheet.rows[r - 1])) for r in rows]


def _write(keep: list[_Valid], workbook, used: dict[str, str], file_name: str, extra: dict[str, str]) -> int:
    """All valid rows and their audit entries in one transaction; the mapping is remembered."""
    now = utc_now()
    actor = current_username()
    reason = audit.EXCEL_IMPORT.format(file=file_name)
    with db.atomic():
        # Another clerk may have enrolled one of these since the rows were checked.
        taken = _enrolled([item.values["nik"] for item in keep])
        if taken:
            raise ValidationError(translate("importing", "Sebagian NIK baru saja terdaftar; periksa ulang berkas."),
                                  list(taken.values())[:10])
        next_seq = Participant.next_change_seq()
        people, entries = [], []
        for i, item in enumerate(keep):
            stored = stored_values(item.values)
            stored.setdefault("penghasilan", 1_000_000)
            stored["program_jht"] = bool(stored.get("program_jht"))
            record_uuid = str(uuid.uuid4())
            people.append(dict(
                uuid=record_uuid, kelurahan_code=item.kelurahan_code,
                category=catalogue.row_id(item.category_code), **stored,
                status="draft", status_reason="", archived=False, archive_reason="", archived_at=None,
                created_at=now, updated_at=now, revision=1, change_seq=next_seq + i,
            ))
            entries.append(dict(at=now, actor=actor, action="create", table="participant",
                                record=record_uuid, field="", old_value=None, new_value=stored.get("nama"),
                                reason=reason))
        written = insert_rows(Participant, people)
        audit.append_entries(entries)
        tenure_backfill.run()        # their posts and first terms, from the SK and TMT columns
        seal.participants_from(next_seq)
        for sheet in workbook.rosters:
            excel_reader.remember(sheet.labels, used, extra)
    return written
