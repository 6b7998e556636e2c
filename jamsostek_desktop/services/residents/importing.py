"""Importing a resident list (OpenSID, SIAK, a BIP KK-block export) into the register.

The file is read like a participant spreadsheet (services/excel/reader: sheets,
header rows, the column mapping and its memory) with the register's own header
words. Every row is read by domain.residents (a NIK and a name are needed; a birth
date or sex disagreeing with the NIK is a warning carried along), then compared with
the kelurahan's register: new residents are added, changed ones updated, and, when the
file is the full list, those it no longer holds are marked as left. All of it in one
transaction with one audit entry; a refused import writes nothing. Nothing personal
is logged.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from jamsostek_desktop import paths
from jamsostek_desktop.db.bulk import insert_tuples, update_rows
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import utc_now
from jamsostek_desktop.db.resident_models import Resident, ResidentImport
from jamsostek_desktop.db.resident_search import bulk_load
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain import residents as rules
from jamsostek_desktop.domain import spreadsheet_headers as headers
from jamsostek_desktop.domain.spreadsheet_cells import (
    date_cell,
    nik_cell,
    split_birth,
    split_rt_rw,
    text_cell,
)
from jamsostek_desktop.errors import Texts, ValidationError, joined, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import current_username, require
from jamsostek_desktop.services.excel import reader as excel_reader
from jamsostek_desktop.services.excel.importing import ERROR, WARNING, ImportReport, RowProblem
from jamsostek_desktop.services.excel.reader import ImportRefusedError, RosterSheet
from jamsostek_desktop.services.participants import profile as profile_service

log = logging.getLogger(__name__)

_PROGRESS_EVERY = 2000
_BULK_FROM = 1000       # a load this large indexes names once at the end (db.resident_search)
ROUNDED_KK = translate("residents", "Nomor KK tersimpan sebagai angka sehingga Excel membulatkannya; "
                       "dikosongkan. Simpan kolom Nomor KK sebagai teks di sumbernya.")
LAYOUT_LABELS = {
    "opensid": translate("residents", "ekspor OpenSID"),
    "siak": translate("residents", "ekspor SIAK"),
    "kk_block": translate("residents", "blok per KK (BIP/e-KTP)"),
    "": translate("residents", "daftar penduduk"),
}


def targets() -> list[tuple[str, str]]:
    """(target, label) pairs the mapping step offers for a resident list."""
    labels = {**headers.TARGET_LABELS, **rules.TARGET_LABELS}
    return [(headers.IGNORE, labels[headers.IGNORE])] + [(key, labels[key]) for key in rules.TARGET_KEYS]


@dataclass
class ResidentImportReport(ImportReport):
    """What a register import found and did; the problems per row as in the participant import."""

    kelurahan_code: str = ""
    layout: str = ""
    full_list: bool = True
    families: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    left: int = 0
    returned: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [translate("residents", "Berkas {name} ({layout}): {rows} baris penduduk dibaca dari lembar {sheets}.")
                 .format(name=self.file_name, layout=LAYOUT_LABELS.get(self.layout, ""), rows=self.rows_read,
                         sheets=", ".join(self.sheets))]
        for name, why in self.skipped_sheets:
            lines.append(translate("importing", "Lembar '{name}' dilewati: {why}.").format(name=name, why=why))
        lines.append(translate("residents", "{valid} penduduk siap disimpan ({families} KK); {bad} baris bermasalah "
                               "({errors} galat, {warnings} peringatan).").format(
            valid=self.rows_valid, families=self.families, bad=self.rows_with_errors, errors=len(self.errors),
            warnings=len(self.warnings)))
        lines.append(translate("residents", "Dibanding data penduduk: {added} baru, {updated} berubah, {unchanged} "
                               "tetap, {returned} kembali, {left} tidak ada lagi di daftar ini.").format(
            added=self.added, updated=self.updated, unchanged=self.unchanged, returned=self.returned, left=self.left))
        if self.dry_run:
            lines.append(translate("importing", "Pemeriksaan saja; belum ada data yang disimpan."))
            if self.refused:
                lines.append(translate("importing", "Bila diimpor sekarang: {reason}").format(reason=self.refused))
        elif self.refused:
            lines.append(translate("importing", "Tidak ada yang disimpan: {reason}").format(reason=self.refused))
        elif self.committed:
            lines.append(translate("residents", "Data penduduk disimpan: {n} penduduk dalam daftar.").format(
                n=self.rows_valid))
        return joined(lines)


@dataclass
class Prepared:
    """A file read for the mapping step: its rosters, the suggested mapping, the columns to ask about."""

    workbook: excel_reader.Workbook
    mapping: dict[str, str]
    unsure: dict[str, str]


def prepare(path: str | Path) -> Prepared:
    """Read the file and suggest a mapping (remembered choices first); raises ImportRefusedError."""
    workbook = excel_reader.read(path, words=rules.WORDS)
    suggestion = excel_reader.suggested(workbook, rules.WORDS, {t for t, _ in targets()})
    mapping, unsure = dict(suggestion.mapping), dict(suggestion.unsure)
    for sheet in workbook.rosters:
        answered = excel_reader.remembered(sheet.labels)
        for index, label in enumerate(sheet.labels):
            if mapping.get(label) != rules.STATUS or label in answered \
                    or headers.normalise(label) not in rules.SNIFFED:
                continue
            # "Status" is life status in some lists and marital status or the relation in others.
            samples = sheet.samples(index, 20)
            if not rules.looks_like_status(samples):
                mapping[label] = headers.IGNORE
                if not samples:
                    unsure[label] = rules.STATUS
    return Prepared(workbook, mapping, unsure)


def _kelurahan(kelurahan_code: str | None) -> str:
    profile = profile_service.require_profile()
    if profile.mode != "city":
        if kelurahan_code and region.compact(kelurahan_code) != region.compact(profile.region_code):
            raise ValidationError(translate("residents", "Data penduduk kelurahan ini hanya untuk {code}.").format(
                code=profile.region_code))
        return profile.region_code
    code = kelurahan_code or ""
    problem = region.village_problem(code)
    if not problem and not region.compact(code).startswith(region.compact(profile.region_code)):
        problem = translate("importing", "Kode kelurahan {code} bukan wilayah kota ini ({city}).").format(
            code=region.format_code(code), city=profile.region_code)
    if problem:
        raise ValidationError(translate("residents", "Pilih kelurahan pemilik daftar penduduk ini: {problem}").format(
            problem=problem))
    return region.format_code(code)


def import_file(path: str | Path, dry_run: bool = False, mapping: dict[str, str] | None = None, *,
                strict: bool = True, full_list: bool = True, kelurahan_code: str | None = None,
                progress: Callable[[int, int], None] | None = None,
                today: dt.date | None = None) -> ResidentImportReport:
    """Check every row of a resident list and, unless `dry_run`, bring the register up to date.

    `mapping` (column label -> target) overrides the suggestion and must answer every
    doubtful column; `strict` refuses the whole file when a row has an error (the
    default), `strict=False` keeps the good rows. `full_list` marks residents the file
    no longer holds as left (clear it for a list of one dusun or RT only). In city mode
    `kelurahan_code` names whose list it is.
    """
    if not dry_run:
        require("residents.import")
    code = _kelurahan(kelurahan_code)
    prepared = prepare(path)
    names = dict(targets())
    excel_reader.require_answers(prepared.unsure, mapping, names)
    used = dict(prepared.mapping)
    used.update({k: v for k, v in (mapping or {}).items() if k in used})
    report = ResidentImportReport(paths.printable(Path(path).name), dry_run, strict, used, kelurahan_code=code, full_list=full_list)
    report.skipped_sheets = list(prepared.workbook.skipped)
    allowed = set(names)
    rows: list[tuple[tuple[str, int], str, rules.ResidentValues]] = []
    total = sum(len(s.rows) for s in prepared.workbook.rosters)
    families: set[str] = set()
    for sheet in prepared.workbook.rosters:
        why = excel_reader.check_mapping(used, sheet.labels, allowed, names)
        if why:
            report.skipped_sheets.append((sheet.name, why))
            continue
        report.sheets.append(sheet.name)
        report.sheet_labels[sheet.name] = sheet.labels
        _read_sheet(sheet, used, report, rows, families, progress, total, today or dt.date.today())
    if not report.sheets:
        reasons = Texts([translate("importing", "lembar '{name}': {why}").format(name=n, why=w)
                         for n, w in report.skipped_sheets], "; ")
        raise ImportRefusedError(translate("importing", "Tidak ada lembar yang dapat diimpor ({reasons}).").format(
            reasons=reasons))
    if not report.rows_read:
        raise ImportRefusedError(translate(
            "importing", "Berkas {name}: tidak ada baris data di bawah judul kolom.").format(name=report.file_name))
    report.layout = _layout(prepared.workbook, used, report.layout)
    _mark_repeats(rows, report)
    bad = {(p.sheet, p.row) for p in report.errors}
    keep = [(nik_column, values) for ref, nik_column, values in rows if ref not in bad]
    report.rows_valid = len(keep)
    report.families = len({v.no_kk for _, v in keep if v.no_kk})
    for _, values in keep:
        report.by_status[values.status] = report.by_status.get(values.status, 0) + 1
    _collect_bad_rows(prepared.workbook, bad, report)
    report.problems.sort(key=lambda p: (report.sheets.index(p.sheet), p.row, not p.is_error))
    if strict and bad:
        report.refused = translate("importing", "{n} baris bermasalah dan impor diminta utuh "
                                   "(semua atau tidak sama sekali).").format(n=report.rows_with_errors)
    elif not keep:
        report.refused = translate("importing", "tidak ada baris yang valid.")
    plan = _plan([v for _, v in keep], code, full_list, report)
    if dry_run or report.refused:
        return report
    _write(plan, code, report, prepared.workbook, used)
    report.committed = True
    log.info("resident import: %d rows, %d added, %d updated, %d left", report.rows_valid, report.added,
             report.updated, report.left)
    return report


def _handlers(columns: list[tuple[int, str]]):
    """(index, target, put) triples: put(raw, value) for cells needing care, None for plain ones.

    A plain cell is stored as it is when it is text (a number Excel typed becomes text,
    RT and RW stay numbers for their parser): most cells of a register are plain text.
    """
    out = []
    for index, target in columns:
        put = None
        if target in ("nik", rules.NO_KK):
            def put(raw, value, key=target):
                raw[key], problem = nik_cell(value)
                if problem:
                    raw.setdefault("_problems", []).append((key, problem if key == "nik" else ROUNDED_KK))
        elif target == headers.BIRTH_PLACE_DATE:
            def put(raw, value):
                raw["tempat_lahir"], raw["tanggal_lahir"] = split_birth(value)
        elif target == headers.RT_RW:
            def put(raw, value):
                raw["rt"], raw["rw"] = split_rt_rw(value)
        elif target == "tanggal_lahir":
            def put(raw, value):
                raw["tanggal_lahir"] = date_cell(value)
        elif target == rules.STATUS:
            target = "status"
        out.append((index, target, put))
    return out


def _read_sheet(sheet: RosterSheet, used: dict[str, str], report: ResidentImportReport, rows: list,
                families: set[str], progress, total: int, today: dt.date) -> None:
    columns = [(i, used[label]) for i, label in enumerate(sheet.labels) if used.get(label)]
    label_of = {}
    for index, target in columns:
        for key in {headers.BIRTH_PLACE_DATE: ("tempat_lahir", "tanggal_lahir"), headers.RT_RW: ("rt", "rw"),
                    rules.STATUS: ("status",)}.get(target, (target,)):
            label_of[key] = sheet.labels[index]
    member_columns = [i for i, t in columns if t in ("nik", "nama")]
    handlers = _handlers(columns)
    start = sheet.layout.data_start
    if start < len(sheet.rows) and headers.is_column_index_row(sheet.rows[start]):
        start += 1
    family: rules.FamilyLine | None = None

    def add(row_no: int, key: str, severity: str, message: str) -> None:
        report.problems.append(RowProblem(sheet.name, row_no, label_of.get(key, ""),
                                          rules.LABELS.get(key, key), severity, message))

    for index in range(start, len(sheet.rows)):
        if progress is not None and (index - start) % _PROGRESS_EVERY == 0:
            progress(report.rows_read, total)
        row = sheet.rows[index]
        line = rules.family_line(row, member_columns)
        if line is not None:
            family = line
            families.add(line.no_kk)
            report.layout = "kk_block"
            continue
        raw: dict = {}
        filled = 0
        width = len(row)
        for column, target, put in handlers:
            if column >= width:
                continue
            value = row[column]
            if value.__class__ is str:
                value = value.strip()
                if not value:
                    continue
            elif value is None:
                continue
            filled += 1
            if put is not None:
                put(raw, value)
            elif value.__class__ is str or target in ("rt", "rw", "status"):
                raw[target] = value
            else:
                raw[target] = text_cell(value)
        # Titles, totals and signature lines under the table fill one cell at most.
        if not raw.get("nik") and not raw.get("_problems") and filled < 2:
            continue
        if family is not None:
            for key, value in (("no_kk", family.no_kk), ("alamat", family.alamat), ("dusun", family.dusun),
                               ("rt", family.rt), ("rw", family.rw)):
                if value and not raw.get(key):
                    raw[key] = value
        row_no = index + 1
        report.rows_read += 1
        problems = raw.pop("_problems", [])
        for key, problem in problems:
            add(row_no, key, ERROR if key == "nik" else WARNING, problem)
        rounded_nik = any(key == "nik" for key, _ in problems)
        values, findings = rules.read_row(raw, today)
        for finding in findings:
            if finding.field == "nik" and rounded_nik:
                continue    # a rounded NIK is reported once, with how to fix it
            add(row_no, finding.field, ERROR if finding.is_error else WARNING, finding.message)
        if rounded_nik:
            continue
        if values is not None:
            rows.append(((sheet.name, row_no), label_of.get("nik", ""), values))


def _layout(workbook, used: dict[str, str], found: str) -> str:
    """Which kind of list this is, for the report and the import's record."""
    if found:
        return found
    words = {headers.normalise(label) for label in used}
    if words & {"tanggallahir", "tempatlahir", "status dasar", "no kk"}:
        return "opensid"
    if words & {"nama penduduk", "nama lgkp", "nomor kk", "kelamin", "jenis klmin"}:
        return "siak"
    return ""


def _mark_repeats(rows: list, report: ResidentImportReport) -> None:
    seen: set[str] = set()
    repeated: set[str] = set()
    for _, _, values in rows:
        (repeated if values.nik in seen else seen).add(values.nik)
    places: dict[str, list] = defaultdict(list)
    for ref, column, values in rows:
        if values.nik in repeated:
            places[values.nik].append((ref, column))
    for nik, where in places.items():
        text = Texts(translate("importing", "{sheet} baris {row}").format(sheet=s, row=r) for (s, r), _ in where)
        for (sheet, row_no), column in where:
            report.problems.append(RowProblem(sheet, row_no, column, rules.LABELS["nik"], ERROR, translate(
                "residents", "NIK {nik} tercantum lebih dari sekali di berkas ({where}); perbaiki di sumbernya "
                "lalu impor lagi.").format(nik=nik, where=text)))


@dataclass
class _Plan:
    new: list[rules.ResidentValues] = field(default_factory=list)
    changed: list[tuple[int, rules.ResidentValues]] = field(default_factory=list)
    left_ids: list[int] = field(default_factory=list)


def _plan(keep: list[rules.ResidentValues], code: str, full_list: bool, report: ResidentImportReport) -> _Plan:
    """Compare the file with the kelurahan's register: who is new, changed, back, gone."""
    existing = {}
    for row in Resident.select(Resident.id, Resident.nik, Resident.left_at,
                               *[getattr(Resident, f) for f in rules.RECORD_FIELDS]) \
            .where(Resident.kelurahan_code == code).tuples():
        existing[row[1]] = row
    plan = _Plan()
    seen = set()
    for values in keep:
        seen.add(values.nik)
        held = existing.get(values.nik)
        if held is None:
            plan.new.append(values)
        elif held[2] is not None:
            plan.changed.append((held[0], values))
            report.returned += 1
        elif tuple(held[3:]) != values.record():
            plan.changed.append((held[0], values))
            report.updated += 1
        else:
            report.unchanged += 1
    report.added = len(plan.new)
    if full_list:
        plan.left_ids = [row[0] for nik, row in existing.items() if nik not in seen and row[2] is None]
        report.left = len(plan.left_ids)
    return plan


def _write(plan: _Plan, code: str, report: ResidentImportReport, workbook, used: dict[str, str]) -> None:
    now = utc_now()
    with db.atomic():
        entry = ResidentImport.create(
            kelurahan_code=code, file_name=report.file_name, layout=report.layout, imported_at=now,
            actor=current_username(), full_list=report.full_list, rows=report.rows_valid, added=report.added,
            updated=report.updated, unchanged=report.unchanged, left=report.left, returned=report.returned)
        with bulk_load(db, len(plan.new)) if len(plan.new) >= _BULK_FROM else nullcontext():
            insert_tuples(Resident, ["kelurahan_code", "nik", "source", "updated_at", *rules.RECORD_FIELDS],
                          [(code, v.nik, entry.id, now, *v.record()) for v in plan.new])
        update_rows(Resident, [*rules.RECORD_FIELDS, "source", "left_at", "updated_at"],
                    ((rid, *v.record(), entry.id, None, now) for rid, v in plan.changed))
        update_rows(Resident, ["source", "left_at", "updated_at"], ((rid, entry.id, now, now) for rid in plan.left_ids))
        audit.record("import", "resident", str(entry.id), new=audit.RESIDENTS_IMPORTED.format(
            added=report.added, updated=report.updated, unchanged=report.unchanged, left=report.left,
            returned=report.returned), reason=audit.EXCEL_IMPORT.format(file=report.file_name))
        for sheet in workbook.rosters:
            excel_reader.remember(sheet.labels, used, rules.WORDS)


def _collect_bad_rows(workbook, bad: set[tuple[str, int]], report: ResidentImportReport) -> None:
    for sheet in workbook.rosters:
        numbers = sorted(r for s, r in bad if s == sheet.name)
        if numbers:
            report.bad_rows[sheet.name] = [(r, list(sheet.rows[r - 1])) for r in numbers]
