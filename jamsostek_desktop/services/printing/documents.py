"""Printing: the roster, receipt list and summary PDFs, from the database to a finished file.

Each document lists what it says it lists (services/printing/listing.py: active
participants by default, the proposal or every status only when asked), gathers plain
rows and figures (roster_rows.py, summary_figures.py), hands them to the layout
sub-package and writes the PDF through fileio (a temporary file renamed only when
complete, never over the database: a failed or cancelled print leaves no half file).
The kop surat and the signers come from office.py, the title and area lines from
wording.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.domain.formatting import long_date
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import AppError, NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.printing import listing as listings
from jamsostek_desktop.services.printing import (
    memory,
    office,
    roster_rows,
    summary_figures,
    wording,
)
from jamsostek_desktop.services.printing.layout.base import (
    DocumentInfo,
    PageSetup,
    Signatures,
    Signer,
)
from jamsostek_desktop.services.printing.layout.roster import (
    HeadOutput,
    RosterDocument,
    RosterHeading,
    RowsChangedError,
)
from jamsostek_desktop.services.printing.layout.summary import SummaryDocument, SummaryHeading

log = logging.getLogger(__name__)

ROSTER_NOTE = ("Semua peserta terdaftar pada program JKK dan JKM; kolom JHT bertanda Ya "
               "bila peserta juga ikut program JHT.")


@dataclass(frozen=True)
class PrintOptions:
    """Choices of the print dialog or the command line."""

    paper: str = "f4"
    landscape: bool = False
    signer: Signer | None = None       # None: the remembered signer, else the profile's
    witness: Signer | None = None      # the "Mengetahui," signer; None: the remembered one
    no_witness: bool = False           # print without the "Mengetahui," column
    date: dt.date | None = None        # date above the signatures (today when None)
    period: str | None = None          # the title's period line ("Keadaan per <date>" when None)
    listing: str | None = None         # "aktif" (default), "usulan", "semua"; see listing.py

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


@dataclass(frozen=True)
class Head:
    """Write the first `pages` pages to `path` as soon as they are drawn, then call `ready(path)`."""

    path: Path
    pages: int
    ready: Callable[[Path], None]


Progress = Callable[[int, int], None]


def _signatures(options: PrintOptions, kind: str) -> Signatures:
    signer, witness = office.remembered_signers(kind)
    signer = options.signer or signer
    witness = None if options.no_witness else (options.witness or witness)
    office.check_signer(signer, office.SIGNER)
    if witness is not None:
        office.check_signer(witness, office.WITNESS)
    return Signatures(office.place_name(), options.date or dt.date.today(), signer, witness)


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
    """Refuse a filter naming a category or group that does not exist, or an RT without its RW."""
    if scope.category:
        catalogue.get(scope.category)          # NotFoundError in Indonesian
    if scope.group and scope.group not in [g for g, _ in catalogue.groups()]:
        raise NotFoundError(translate("documents", "Kelompok kategori '{group}' tidak ada di katalog.").format(
            group=scope.group))
    for name, value in (("RT", scope.rt), ("RW", scope.rw)):
        if value is not None and value < 0:
            raise ValidationError(translate("documents", "Nomor {name} tidak boleh negatif.").format(name=name))
    if scope.rt is not None and scope.rw is None:
        raise ValidationError(translate("documents", "RT {rt} tidak dapat dicetak tanpa RW-nya: nomor RT "
                                                     "berulang di setiap RW. Pilih juga RW.").format(rt=scope.rt))
    return scope


def document_scope(scope: Scope, listing: listings.Listing, receipt: bool = False) -> Scope:
    """The people a document holds: the scope narrowed to its listing (and, for a receipt
    list, to people who have a card)."""
    return dataclasses.replace(scope, status=None, statuses=listing.statuses, with_card=receipt or scope.with_card)


def _nobody(listing: listings.Listing, receipt: bool) -> ValidationError:
    names = listing.statement()
    if receipt:
        return ValidationError(translate(
            "documents", "Tidak ada peserta yang sesuai pilihan ini dan sudah memiliki kartu (nomor KPJ) "
                         "({names}); tidak ada yang dicetak.").format(names=names))
    return ValidationError(translate(
        "documents", "Tidak ada peserta yang sesuai pilihan ini ({names}); tidak ada yang dicetak. "
                     "Pilih isi daftar lain, misalnya usulan atau semua status.").format(names=names))


# --- writing ---------------------------------------------------------------------------------

PDF = ".pdf"
WHAT = translate("documents", "Dokumen PDF")     # how fileio's messages name the file


def _info(short_title: str, subject: str, options: PrintOptions, kind: str) -> DocumentInfo:
    name = office.office_name()
    return DocumentInfo(office.letterhead(), _signatures(options, kind), short_title, author=name, office=name,
                        subject=subject.title())


def _period(options: PrintOptions) -> str:
    return options.period or f"Keadaan per {long_date(options.date or dt.date.today())}"


def roster(out: str | os.PathLike, scope: Scope | None = None, *, receipt: bool = False,
           options: PrintOptions | None = None, progress: Progress | None = None,
           head: Head | None = None) -> PrintResult:
    """Write the daftar nominatif (or, with `receipt`, the tanda terima kartu) of `scope` to `out`.

    `progress(done, total)` is called as the work goes on (it may raise to cancel);
    `head` gets the first pages as their own file as soon as they are drawn.
    """
    require("report.print")
    out = fileio.output_path(out, PDF)
    scope, options = scope or Scope(), options or PrintOptions()
    setup = options.page_setup()
    listing = listings.resolve(options.listing, scope.status)
    check_scope(scope)
    kind = wording.RECEIPT if receipt else wording.ROSTER
    people = document_scope(scope, listing, receipt)
    subject = wording.subject(scope)
    info = _info(wording.short_title(kind, listing), subject, options, office.kind_of(kind))
    # One read transaction: both passes over the rows see the same snapshot (DEFERRED: a
    # long print does not hold the write lock, so the clerk can keep saving meanwhile).
    with memory.small_read_cache(), db.atomic(lock_type="DEFERRED"):
        source = roster_rows.source(people, listing.status_column)
        if source.total == 0:
            raise _nobody(listing, receipt)
        heading = RosterHeading(
            title=wording.title(kind, listing), subject=subject, area=wording.area(scope),
            period=_period(options), filters=wording.filters(scope),
            key_label=wording.key_label(scope, source.categories), statement=listing.statement(),
            status_column=listing.status_column, note="" if receipt else ROSTER_NOTE)
        document = RosterDocument(info, heading, setup, receipt=receipt, rows_hint=source.total)
        head_output = _head_output(head)
        try:
            stats = fileio.write_with(out, lambda stream: document.render(
                source.rows, stream, progress, source.total, head_output, source.measure_rows), what=WHAT)
        except RowsChangedError as exc:
            raise AppError(translate("documents", "Data berubah selama pencetakan; silakan cetak ulang.")) from exc
        finally:
            memory.release()
    log.info("roster written: %s rows, %s pages, receipt=%s", stats.rows, stats.pages, receipt)
    return PrintResult(out, stats.pages, stats.rows)


def _head_output(head: Head | None) -> HeadOutput | None:
    if head is None:
        return None
    buffer = io.BytesIO()

    def ready() -> None:
        fileio.write_with(head.path, lambda stream: stream.write(buffer.getvalue()), what=WHAT)
        head.ready(head.path)

    return HeadOutput(buffer, head.pages, ready)


def summary(out: str | os.PathLike, scope: Scope | None = None,
            options: PrintOptions | None = None) -> PrintResult:
    """Write the rekapitulasi of `scope` to `out`."""
    require("report.print")
    out = fileio.output_path(out, PDF)
    scope, options = scope or Scope(), options or PrintOptions()
    setup = options.page_setup()
    listing = listings.resolve(options.listing, scope.status)
    check_scope(scope)
    today = options.date or dt.date.today()
    people = document_scope(scope, listing)
    with db.atomic(lock_type="DEFERRED"):
        figures = summary_figures.gather(people, today, listing)
    if figures.total == 0:
        raise _nobody(listing, False)
    subject = wording.subject(scope)
    info = _info(wording.short_title(wording.SUMMARY, listing), subject, options, office.STANDARD)
    heading = SummaryHeading(subject, wording.area(scope), _period(options), wording.filters(scope),
                             title=wording.title(wording.SUMMARY, listing), statement=listing.statement())
    document = SummaryDocument(info, setup, figures, heading)
    pages = fileio.write_with(out, document.render, what=WHAT)
    log.info("summary written: %s pages", pages)
    return PrintResult(out, pages, figures.total)


# Documents by key, with their Indonesian names (the print dialog's choices).
DOCUMENTS = {
    "roster": translate("documents", "Daftar nama peserta (nominatif)"),
    "receipt": translate("documents", "Tanda terima kartu peserta"),
    "summary": translate("documents", "Rekapitulasi peserta dan iuran"),
}


def write(kind: str, out: str | os.PathLike, scope: Scope | None = None,
          options: PrintOptions | None = None, progress: Progress | None = None,
          head: Head | None = None) -> PrintResult:
    """Write the document `kind` (a DOCUMENTS key) to `out`."""
    if kind == "summary":
        return summary(out, scope, options)
    if kind in ("roster", "receipt"):
        return roster(out, scope, receipt=kind == "receipt", options=options, progress=progress, head=head)
    raise ValidationError(translate("documents", "Jenis dokumen '{kind}' tidak dikenal.").format(kind=kind))


def save_copy(source: str | os.PathLike, out: str | os.PathLike, *, private: bool = False) -> Path:
    """Save a finished (previewed) PDF under the name the clerk chose (`.pdf` added), atomically;
    `private`: readable by its owner only (a copy kept in the data folder)."""
    import shutil

    out = fileio.output_path(out, PDF)
    with open(source, "rb") as src:
        fileio.write_with(out, lambda stream: shutil.copyfileobj(src, stream), what=WHAT, private=private)
    return out


def open_copy(source: str | os.PathLike, name: str) -> Path:
    """A copy of a previewed PDF in the data folder's `cetak` folder, for the system viewer: personal
    data in the data folder, so the folder is 0700 and the file 0600 (paths.make_private)."""
    return save_copy(source, paths.prints_dir() / name, private=True)
