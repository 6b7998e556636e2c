"""Printing: the roster, receipt roster and summary PDFs, from the database to a finished file.

This module gathers plain rows and figures (peewee, services.participants.stats), hands them
to the layout sub-package, and writes the PDF through fileio (a temporary file renamed only
when complete, never over the database: a failed print leaves no half file). The office's
letterhead and signers come from services/printing/office.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import Value, fn

from jamsostek_desktop import fileio
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import Kelurahan, Participant
from jamsostek_desktop.domain import region
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.formatting import long_date
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import AppError, NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import catalogue, scope_sql, stats
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.printing import office, summary_figures
from jamsostek_desktop.services.printing.layout.base import (
    DocumentInfo,
    PageSetup,
    Signatures,
    Signer,
)
from jamsostek_desktop.services.printing.layout.roster import (
    RosterDocument,
    RosterHeading,
    RosterRow,
    RowsChangedError,
)
from jamsostek_desktop.services.printing.layout.summary import SummaryDocument, SummaryHeading
from jamsostek_desktop.services.printing.office import (
    check_signer,
    letterhead,
    place_name,
    remembered_signers,
    village_word,
)

log = logging.getLogger(__name__)

ROSTER_TITLE = "DAFTAR NOMINATIF PESERTA BPJS KETENAGAKERJAAN"
RECEIPT_TITLE = "TANDA TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN"
FETCH_PAGE = 2_000          # rows read from SQLite per step while streaming a roster


@dataclass(frozen=True)
class PrintOptions:
    """Choices of the print dialog or the command line."""

    paper: str = "f4"
    landscape: bool = False
    signer: Signer | None = None       # None: the remembered signer, else the Lurah of the profile
    witness: Signer | None = None      # the "Mengetahui," signer; None: the remembered one
    no_witness: bool = False           # print without the "Mengetahui," column
    date: dt.date | None = None        # date above the signatures (today when None)
    period: str | None = None          # the title's period line ("Keadaan per <date>" when None)

    def page_setup(self) -> PageSetup:
        paper = self.paper.lower()
        if paper not in ("f4", "a4"):
            raise ValidationError(translate("documents", "Ukuran kertas '{paper}' tidak dikenal; pilih F4 atau A4.")
                                  .format(paper=self.paper))
        return PageSetup(paper, self.landscape)


@dataclass(frozen=True)
class PrintResult:
    path: Path
    pages: int
    rows: int


def _signatures(options: PrintOptions) -> Signatures:
    signer, witness = remembered_signers()
    signer = options.signer or signer
    witness = None if options.no_witness else (options.witness or witness)
    check_signer(signer, office.SIGNER)
    if witness is not None:
        check_signer(witness, office.WITNESS)
    return Signatures(place_name(), options.date or dt.date.today(), signer, witness)


# --- scope -----------------------------------------------------------------------------------

def parse_status(text: str | None) -> str | None:
    """`active`, `aktif` or `Aktif` -> `active`; an unknown status is a ValidationError."""
    if not text:
        return None
    key = text.strip().lower()
    for value, label in status_rules.LABELS.items():
        if key in (value.value, label.lower()):
            return value.value
    names = ", ".join(label.lower() for label in status_rules.LABELS.values())
    raise ValidationError(translate("documents", "Status '{text}' tidak dikenal; pilih salah satu: {names}.").format(
        text=text, names=names))


def check_scope(scope: Scope) -> Scope:
    """Refuse a filter naming a category or group that does not exist."""
    if scope.category:
        catalogue.get(scope.category)          # NotFoundError in Indonesian
    if scope.group and scope.group not in [g for g, _ in catalogue.groups()]:
        raise NotFoundError(translate("documents", "Kelompok kategori '{group}' tidak ada di katalog.").format(
            group=scope.group))
    for name, value in (("RT", scope.rt), ("RW", scope.rw)):
        if value is not None and value < 0:
            raise ValidationError(translate("documents", "Nomor {name} tidak boleh negatif.").format(name=name))
    return scope


def area_line(scope: Scope) -> str:
    """The title's area line: which kelurahan, kecamatan or the whole city."""
    profile = profile_service.require_profile()
    if profile.mode != "city":
        return (f"{village_word(profile.region_code)} {profile.kelurahan.upper()} "
                f"KECAMATAN {profile.kecamatan.upper()}").strip()
    prefix = scope.kelurahan_prefix
    if not prefix:
        return f"SELURUH KELURAHAN {profile.kota.upper()}"
    known = Kelurahan.select().where(Kelurahan.code.startswith(prefix))
    first = known.first()
    if region.is_village_code(prefix):
        name = first.kelurahan if first else prefix
        kecamatan = f" KECAMATAN {first.kecamatan.upper()}" if first and first.kecamatan else ""
        return f"{village_word(prefix)} {name.upper()}{kecamatan}"
    return f"KECAMATAN {(first.kecamatan if first and first.kecamatan else prefix).upper()}"


def filter_line(scope: Scope) -> str:
    parts = []
    if scope.rw is not None:
        parts.append(f"RW {scope.rw:03d}")
    if scope.rt is not None:
        parts.append(f"RT {scope.rt:03d}")
    if scope.status:
        parts.append(f"Status: {status_rules.label(scope.status)}")
    if scope.archived:
        parts.append("Arsip (peserta yang diarsipkan)")
    if scope.text.strip():
        parts.append(f"Pencarian: \u201c{scope.text.strip()}\u201d")
    return " · ".join(parts)


def subject_line(scope: Scope) -> str:
    if scope.category:
        return catalogue.get(scope.category).name.upper()
    if scope.group:
        return f"KELOMPOK {scope.group.upper()}"
    return "SEMUA KATEGORI"


# --- roster rows -----------------------------------------------------------------------------

def _key_text(spec, value) -> str:
    """The key field's stored value as printed (a date field in Indonesian words)."""
    if value in (None, ""):
        return ""
    if spec.type == "date":
        try:
            return long_date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value)


def roster_rows(scope: Scope) -> Callable[[], Iterator[RosterRow]]:
    """A callable giving a fresh stream of the roster's rows: per category, by name.

    Rows are read FETCH_PAGE at a time (keyset on name and id), so a 50,000-row roster
    never sits in memory whole. The cursor's raw values are converted here rather than
    by peewee's field converters (a third of the time at 10,000 rows); SQLite's
    json_extract picks the one extra field the roster prints.
    """
    categories = [category for _row_id, category in stats.categories_in(scope)]
    mixed = len(categories) != 1 or not scope.category
    city = profile_service.is_city()
    names = {k.code: k.kelurahan for k in Kelurahan.select()} if city else {}
    P = Participant

    def stream() -> Iterator[RosterRow]:
        for category in categories:
            spec = category.field(category.key_field) if category.key_field else None
            key_column = fn.json_extract(P.fields, f"$.{spec.key}") if spec else Value("")
            columns = (P.id, P.nik, P.nama, P.jenis_kelamin, P.tempat_lahir, P.tanggal_lahir, P.alamat,
                       P.rt, P.rw, P.program_jht, key_column, P.kelurahan_code)
            narrowed = dataclasses.replace(scope, category=category.code, group=None)
            last = None
            while True:
                query = scope_sql.where(P.select(*columns).from_(P), narrowed)
                if last is not None:
                    query = query.where((P.nama > last[0]) | ((P.nama == last[0]) & (P.id > last[1])))
                batch = db.execute_sql(*query.order_by(P.nama, P.id).limit(FETCH_PAGE).sql()).fetchall()
                for _id, nik, nama, sex, place, born, alamat, rt, rw, jht, value, code in batch:
                    key = _key_text(spec, value) if spec else ""
                    if mixed:
                        key = f"{category.name} ({key})" if key else category.name
                    if city:
                        alamat = f"{alamat}, Kel. {names.get(code, code)}"
                    yield RosterRow(nik, nama, sex, place or "", _date(born), alamat or "", rt, rw, key,
                                    "JKK, JKM, JHT" if jht else "JKK, JKM")
                if len(batch) < FETCH_PAGE:
                    break
                last = (batch[-1][2], batch[-1][0])

    return stream


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _key_label(scope: Scope) -> str:
    if not scope.category:
        return "Jabatan / Kategori"
    category = catalogue.get(scope.category)
    spec = category.field(category.key_field) if category.key_field else None
    return spec.label if spec else "Jabatan"


# --- writing ---------------------------------------------------------------------------------

PDF = ".pdf"
WHAT = translate("documents", "Dokumen PDF")     # how fileio's messages name the file


def _info(title: str, options: PrintOptions) -> DocumentInfo:
    return DocumentInfo(letterhead(), _signatures(options), title)


def roster(out: str | os.PathLike, scope: Scope | None = None, *, receipt: bool = False,
           options: PrintOptions | None = None) -> PrintResult:
    """Write the daftar nominatif (or, with `receipt`, the tanda terima kartu) of `scope` to `out`."""
    require("report.print")
    out = fileio.output_path(out, PDF)
    scope, options = scope or Scope(), options or PrintOptions()
    setup = options.page_setup()
    check_scope(scope)
    total = summary_figures.count(scope)
    if total == 0:
        raise ValidationError(translate("documents", "Tidak ada peserta yang sesuai pilihan ini; tidak ada yang dicetak."))
    info = _info("Tanda Terima Kartu" if receipt else "Daftar Nominatif", options)
    today = options.date or dt.date.today()
    heading = RosterHeading(
        title=RECEIPT_TITLE if receipt else ROSTER_TITLE, subject=subject_line(scope),
        area=area_line(scope), period=options.period or f"Keadaan per {long_date(today)}",
        filters=filter_line(scope), key_label=_key_label(scope))
    document = RosterDocument(info, heading, setup, receipt=receipt)
    rows = roster_rows(scope)
    # One read transaction: both passes over the rows see the same snapshot (DEFERRED: a
    # long print does not hold the write lock, so the clerk can keep saving meanwhile).
    with db.atomic(lock_type="DEFERRED"):
        try:
            stats = fileio.write_with(out, lambda stream: document.render(rows, stream), what=WHAT)
        except RowsChangedError as exc:
            raise AppError(translate("documents", "Data berubah selama pencetakan; silakan cetak ulang.")) from exc
    log.info("roster written: %s rows, %s pages, receipt=%s", stats.rows, stats.pages, receipt)
    return PrintResult(out, stats.pages, stats.rows)


def summary(out: str | os.PathLike, scope: Scope | None = None,
            options: PrintOptions | None = None) -> PrintResult:
    """Write the rekapitulasi of `scope` to `out`."""
    require("report.print")
    out = fileio.output_path(out, PDF)
    scope, options = scope or Scope(), options or PrintOptions()
    setup = options.page_setup()
    check_scope(scope)
    today = options.date or dt.date.today()
    with db.atomic(lock_type="DEFERRED"):
        figures = summary_figures.gather(scope, today)
    info = _info("Rekapitulasi Peserta", options)
    heading = SummaryHeading(subject_line(scope), area_line(scope),
                             options.period or f"Keadaan per {long_date(today)}", filter_line(scope))
    document = SummaryDocument(info, setup, figures, heading)
    pages = fileio.write_with(out, document.render, what=WHAT)
    log.info("summary written: %s pages", pages)
    return PrintResult(out, pages, figures.total)


# Documents by key, with their Indonesian names (the print dialog's choices).
DOCUMENTS = {
    "roster": translate("documents", "Daftar nominatif peserta"),
    "receipt": translate("documents", "Tanda terima kartu peserta"),
    "summary": translate("documents", "Rekapitulasi peserta dan iuran"),
}


def write(kind: str, out: str | os.PathLike, scope: Scope | None = None,
          options: PrintOptions | None = None) -> PrintResult:
    """Write the document `kind` (a DOCUMENTS key) to `out`."""
    if kind == "summary":
        return summary(out, scope, options)
    if kind in ("roster", "receipt"):
        return roster(out, scope, receipt=kind == "receipt", options=options)
    raise ValidationError(translate("documents", "Jenis dokumen '{kind}' tidak dikenal.").format(kind=kind))


def save_copy(source: str | os.PathLike, out: str | os.PathLike) -> Path:
    """Save a finished (previewed) PDF under the name the clerk chose (`.pdf` added), atomically."""
    import shutil

    out = fileio.output_path(out, PDF)
    with open(source, "rb") as src:
        fileio.write_with(out, lambda stream: shutil.copyfileobj(src, stream), what=WHAT)
    return out
