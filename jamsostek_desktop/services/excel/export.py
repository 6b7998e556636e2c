"""Exporting participants to Excel: the full workbook and the BPJS collective list.

`full`: a summary sheet, then one sheet per category with every field (the common
fields, the category's own fields, category, status, kelurahan code); it imports
back with every field equal. `bpjs`: one sheet whose columns come from the
administrator's mapping file (services.excel_bpjs). Both stream the rows from
SQLite into the fast writer (services.excel_xlsx_writer): NIK, KPJ and phone
numbers are text cells, dates real dates formatted dd-mm-yyyy, the header row is
frozen and filtered, widths fitted.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from jamsostek_desktop import fileio
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.domain import categories as category_rules
from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.formatting import long_date
from jamsostek_desktop.domain.participant import COMMON_FIELDS
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.excel import bpjs_list as excel_bpjs
from jamsostek_desktop.services.excel.xlsx_writer import EXCEL_FILE, Column, XlsxWriter, fit_widths
from jamsostek_desktop.services.participants import catalogue, rates, regions, scope_sql, stats
from jamsostek_desktop.services.participants import profile as profile_service

log = logging.getLogger(__name__)

TEMPLATES = ("full", "bpjs")
SUMMARY_SHEET = "Ringkasan"
_KIND = {"text": "text", "int": "int", "date": "date", "sex": "text", "bool": "text", "money": "money"}
_SAMPLE = 300     # rows looked at to fit column widths

# The participant columns every query reads, in this order.
_COLUMNS = [f.key for f in COMMON_FIELDS] + ["fields", "status", "kelurahan_code"]


@dataclass
class ExportResult:
    path: Path
    template: str
    rows: int = 0
    sheets: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return translate("export", "{rows} peserta diekspor ke {name} ({sheets} lembar).").format(
            rows=self.rows, name=self.path.name, sheets=len(self.sheets))


def export(out_path: str | Path, template: str = "full", scope: Scope | None = None,
           profile: str | None = None) -> ExportResult:
    """Write the workbook to `out_path` (replaced only once complete); `profile` names the BPJS
    export profile (services/money/profiles.py) of a `bpjs` workbook."""
    require("excel.export")
    if template not in TEMPLATES:
        raise ValidationError(translate("export", "Templat '{template}' tidak dikenal; pilih full atau bpjs.").format(
            template=template))
    out_path = fileio.output_path(out_path, ".xlsx")
    scope = scope or Scope()
    result = ExportResult(out_path, template)
    try:
        with XlsxWriter(out_path) as writer:
            if template == "full":
                _full(writer, scope, result)
            else:
                _bpjs(writer, scope, result, profile)
    except OSError as exc:
        raise fileio.storage_error(exc, out_path, EXCEL_FILE) from exc
    log.info("excel export %s: %d rows, %d sheets", template, result.rows, len(result.sheets))
    return result


def _query(scope: Scope, category_id: int | None = None):
    P = Participant
    query = scope_sql.where(P.select(*[getattr(P, c) for c in _COLUMNS], P.category), scope)
    if category_id is not None:
        query = query.where(P.category == category_id)
    return query.order_by(P.kelurahan_code, P.rw, P.rt, P.nama, P.id)


_DATES = frozenset(f.key for f in COMMON_FIELDS if f.type == "date")


def _rows(query) -> Iterator[dict]:
    """Rows as dicts, read with the plain cursor: peewee's per-value conversion costs more than
    the whole XML writing at 150,000 rows, and only dates, booleans and JSON need converting."""
    names = _COLUMNS + ["category"]
    dates = [i for i, n in enumerate(names) if n in _DATES]
    fields_at, jht_at = names.index("fields"), names.index("program_jht")
    sql, params = query.sql()
    cursor = db.execute_sql(sql, params)
    fromiso = dt.date.fromisoformat
    while batch := cursor.fetchmany(2000):
        for values in batch:
            values = list(values)
            for i in dates:
                if values[i]:
                    values[i] = fromiso(values[i][:10])
            values[fields_at] = json.loads(values[fields_at]) if values[fields_at] else {}
            values[jht_at] = bool(values[jht_at])
            yield dict(zip(names, values, strict=True))


def place_text() -> str:
    profile = profile_service.get()
    if profile is None:
        return ""
    if profile.mode == "city":
        return profile.kota
    return f"Kelurahan {profile.kelurahan}, Kecamatan {profile.kecamatan}, {profile.kota}"


# --- full ------------------------------------------------------------------------------------

def full_columns(category: category_rules.Category) -> list[Column]:
    cols = [Column("No", "int")]
    cols += [Column(f.label, _KIND[f.type]) for f in COMMON_FIELDS]
    cols += [Column(s.label, {"int": "int", "date": "date"}.get(s.type, "text")) for s in category.fields]
    cols += [Column("Kategori"), Column("Status"), Column("Kode kelurahan")]
    return cols


def _full_row(number: int, r: dict, category: category_rules.Category) -> list:
    out: list = [number]
    for f in COMMON_FIELDS:
        value = r[f.key]
        if f.type == "bool":
            value = "Ya" if value else "Tidak"
        out.append(value)
    extra = r["fields"] or {}
    for spec in category.fields:
        value = extra.get(spec.key)
        if spec.type == "date" and isinstance(value, str) and value:
            value = dt.date.fromisoformat(value)
        out.append(value)
    out += [category.name, status_rules.label(r["status"]), r["kelurahan_code"]]
    return out


def _full(writer: XlsxWriter, scope: Scope, result: ExportResult) -> None:
    counts = _counts(scope)
    _summary_sheet(writer, counts, result)
    for row_id, category in stats.categories_in(scope):
        columns = full_columns(category)
        rows = (_full_row(n, r, category) for n, r in enumerate(_rows(_query(scope, row_id)), start=1))
        sample = list(itertools.islice(rows, _SAMPLE))
        written = writer.add_sheet(category.name, columns, itertools.chain(sample, rows),
                                   widths=fit_widths(columns, sample))
        result.rows += written
        result.sheets.append(writer.sheet_names[-1])


def _counts(scope: Scope) -> dict[int, dict[str, int]]:
    P = Participant
    query = scope_sql.where(P.select(P.category, P.status, fn.COUNT(P.id)), scope).group_by(P.category, P.status)
    out: dict[int, dict[str, int]] = {}
    for category_id, status, n in query.tuples():
        out.setdefault(category_id, {})[status] = n
    return out


def _summary_sheet(writer: XlsxWriter, counts: dict[int, dict[str, int]], result: ExportResult) -> None:
    statuses = list(status_rules.Status)
    columns = ([Column("Kelompok"), Column("Kategori")]
               + [Column(status_rules.LABELS[s], "int") for s in statuses] + [Column("Jumlah", "int")])
    names = {c.id: (c.group_name, c.name) for c in Category.select()}
    order = {catalogue.row_id(c.code): i for i, c in enumerate(catalogue.all_categories())}
    rows, totals = [], [0] * (len(statuses) + 1)
    for category_id in sorted(counts, key=lambda cid: order.get(cid, 10_000)):
        per = [counts[category_id].get(s.value, 0) for s in statuses]
        line = per + [sum(per)]
        totals = [a + b for a, b in zip(totals, line, strict=True)]
        rows.append([*names[category_id], *line])
    rows.append(["", "JUMLAH", *totals])
    title = f"Rekapitulasi peserta — {place_text()} — per {long_date(dt.date.today())}"
    writer.add_sheet(SUMMARY_SHEET, columns, rows, widths=fit_widths(columns, rows), title=title)
    result.sheets.append(SUMMARY_SHEET)


# --- bpjs ------------------------------------------------------------------------------------

def _bpjs(writer: XlsxWriter, scope: Scope, result: ExportResult, profile: str | None = None) -> None:
    from jamsostek_desktop.services.money import profiles

    template = profiles.template(profile) if profile else excel_bpjs.load()
    columns = [c.column for c in template.columns]
    category_names = dict(Category.select(Category.id, Category.name).tuples())
    places = {k.code: k for k in regions.all_kelurahan()}
    profile = profile_service.get()
    provinsi = profile.provinsi if profile else ""
    current = rates.current()
    make = excel_bpjs.row_maker(template)
    where: dict[str, _Place] = {}
    dues: dict[tuple[int, bool], contributions.Contribution] = {}

    def lines():
        for n, r in enumerate(_rows(_query(scope)), start=1):
            code = r["kelurahan_code"]
            if code not in where:
                place = places.get(code)
                where[code] = _Place(place.kelurahan if place else "", place.kecamatan if place else "",
                                     place.kota if place else "", provinsi)
            key = (r["penghasilan"], r["program_jht"])
            if key not in dues:
                dues[key] = contributions.monthly(current, *key)
            yield make(excel_bpjs.Person(r, category_names.get(r["category"], ""), where[code], dues[key]), n)

    rows = lines()
    sample = list(itertools.islice(rows, _SAMPLE))
    title = excel_bpjs.title(template, place_text())
    result.rows = writer.add_sheet(template.sheet_name, columns, itertools.chain(sample, rows),
                                   widths=fit_widths(columns, sample), title=title or None)
    result.sheets.append(writer.sheet_names[-1])


@dataclass(frozen=True)
class _Place:
    kelurahan: str
    kecamatan: str
    kota: str
    provinsi: str
