"""The money documents, from figures to finished files: the budget plan PDF, the signed
reconciliation minutes (PDF) and the workbook of differences for the branch (xlsx, with the
overpaid amount per person for a restitution request).

The kop, the place and the signers come from the printing office like every document; the
files are written through fileio (the xlsx through the streaming writer).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import fileio
from jamsostek_desktop.domain import budget as budget_rules
from jamsostek_desktop.domain import reconciliation as rules
from jamsostek_desktop.domain.formatting import month_year, rupiah
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import translate
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.excel.xlsx_writer import Column, XlsxWriter
from jamsostek_desktop.services.money import layout, wage_rates
from jamsostek_desktop.services.participants import profile as profile_service
from jamsostek_desktop.services.participants import rates
from jamsostek_desktop.services.printing import office, wording
from jamsostek_desktop.services.printing.documents import PrintOptions
from jamsostek_desktop.services.printing.layout.base import DocumentInfo, Signatures, Signer

log = logging.getLogger(__name__)
WHAT = translate("money_documents", "Dokumen PDF")


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int


def _signatures(options: PrintOptions, witness: Signer | None = None, heading: str = "Mengetahui,") -> Signatures:
    signer, remembered = office.remembered_signers(office.STANDARD)
    signer = options.signer or signer
    office.check_signer(signer, office.SIGNER)
    if witness is None and not options.no_witness:
        witness = options.witness or remembered
    return Signatures(office.place_name(), options.date or dt.date.today(), signer, witness, heading)


def _info(title: str, subject: str, signatures: Signatures) -> DocumentInfo:
    name = office.office_name()
    return DocumentInfo(office.letterhead(), signatures, title, author=name, office=name, subject=subject)


def basis_text(on: dt.date | None = None) -> str:
    """The rates a plan was reckoned with, in one line for the page."""
    r, w = rates.current(on), wage_rates.current(on)
    risk = ", ".join(f"{bp / 100:g}%".replace(".", ",") for _, bp in w.jkk_risk_bp)
    umk = f"; UMK {rupiah(w.umk)}" if w.umk else ""
    return (f"Dasar perhitungan — BPU: JKK {r.jkk_bp / 100:g}%".replace(".", ",")
            + f" dari penghasilan (paling rendah {rupiah(r.income_base)}), JKM {rupiah(r.jkm_flat)} per bulan, "
            + f"JHT {r.jht_bp / 100:g}%".replace(".", ",")
            + f"; Penerima Upah: JKK {risk} menurut kelompok risiko, JKM {w.jkm_bp / 100:g}%".replace(".", ",")
            + f", JHT {w.jht_bp / 100:g}%".replace(".", ",") + f" dari upah{umk}.")


def plan_pdf(plan: budget_rules.Plan, out: str | os.PathLike, options: PrintOptions | None = None, *,
             scope: Scope | None = None, year: str = "", comparisons: tuple[tuple[str, int], ...] = ()) -> Written:
    """The "Rencana Kebutuhan Anggaran": per category people x rate x months = amount, the total, signed."""
    require("report.print")
    out = fileio.output_path(out, ".pdf")
    options = options or PrintOptions()
    year = year or f"Tahun Anggaran {(options.date or dt.date.today()).year + 1}"
    heading = layout.PlanHeading(wording.area(scope or Scope()), year, basis_text(), comparisons)
    info = _info("Rencana Kebutuhan Anggaran", plan.scenario.name, _signatures(options))
    document = layout.PlanDocument(info, options.page_setup(), heading, plan)
    pages = fileio.write_with(out, document.render, what=WHAT)
    log.info("budget plan written: %d categories, %d pages", len(plan.lines), pages)
    return Written(out, pages)


def minutes_pdf(result: rules.Result, file_name: str, out: str | os.PathLike, options: PrintOptions | None = None,
                *, branch: str = "", scope: Scope | None = None) -> Written:
    """The signed "Berita Acara Rekonsiliasi Iuran": the office signs, the branch beside it."""
    require("report.print")
    out = fileio.output_path(out, ".pdf")
    options = options or PrintOptions()
    bpjs = Signer(f"BPJS KETENAGAKERJAAN{' ' + branch.upper() if branch else ''}", has_nip=False)
    signatures = _signatures(options, bpjs, "Pihak BPJS Ketenagakerjaan,")
    kota = profile_service.require_profile().kota
    heading = layout.MinutesHeading(wording.area(scope or Scope()), f"APBD Pemerintah {kota}".strip(), file_name, branch)
    info = _info("Berita Acara Rekonsiliasi Iuran", month_year(result.month), signatures)
    document = layout.MinutesDocument(info, options.page_setup(), heading, result)
    pages = fileio.write_with(out, document.render, what=WHAT)
    log.info("reconciliation minutes written: %d pages", pages)
    return Written(out, pages)


DIFFERENCE_COLUMNS = [Column("BARIS", "int"), Column("NIK", "text"), Column("KPJ", "text"), Column("NAMA", "text"),
                      Column("KETERANGAN", "text"), Column("DITAGIH JKK", "money"), Column("DITAGIH JKM", "money"),
                      Column("DITAGIH JHT", "money"), Column("DITAGIH", "money"), Column("SEHARUSNYA", "money"),
                      Column("SELISIH", "money")]
RESTITUTION_COLUMNS = [Column("NO", "int"), Column("NIK", "text"), Column("KPJ", "text"), Column("NAMA", "text"),
                       Column("ALASAN", "text"), Column("DITAGIH", "money"), Column("SEHARUSNYA", "money"),
                       Column("KELEBIHAN BAYAR", "money")]


def differences_xlsx(result: rules.Result, out: str | os.PathLike) -> Path:
    """The differences for the branch, every one of them, and the restitution list (full KPJ: the
    branch needs it to find the member)."""
    require("report.print")
    out = fileio.output_path(out, ".xlsx")
    month = f"{result.month:%Y-%m}"

    def differences():
        for f in result.not_covered:
            yield [f.line.row, f.line.nik, f.line.kpj, f.line.nama, rules.REASONS.get(f.reason, f.reason),
                   f.line.jkk, f.line.jkm, f.line.jht, f.billed, f.due, f.overpaid]
        for f in result.different:
            yield [f.line.row, f.line.nik, f.line.kpj, f.line.nama, "jumlah berbeda dari tarif",
                   f.line.jkk, f.line.jkm, f.line.jht, f.billed, f.due, f.overpaid]
        for e in result.not_billed:
            yield [None, e.nik, e.kpj, e.nama, "tercakup, tidak ditagih", 0, 0, 0, 0, e.total, -e.total]
        for r in result.refused:
            yield [r.row, r.nik, "", r.nama, f"tidak terbaca: {r.reason}", None, None, None, None, None, None]

    def restitution():
        for n, f in enumerate(result.overpaid(), start=1):
            why = rules.REASONS.get(f.reason, f.reason) if f.reason else "jumlah berbeda dari tarif"
            yield [n, f.line.nik, f.line.kpj, f.line.nama, why, f.billed, f.due, f.overpaid]
        yield [None, "", "", "JUMLAH", "", None, None, result.overpaid_total]

    with XlsxWriter(out) as writer:
        writer.add_sheet("Selisih", DIFFERENCE_COLUMNS, differences(),
                         title=f"Selisih tagihan iuran bulan {month}: ditagih {result.billed_total}, seharusnya "
                               f"{result.expected_total}")
        writer.add_sheet("Restitusi", RESTITUTION_COLUMNS, restitution(),
                         title=f"Kelebihan bayar per orang, bulan {month} (permohonan restitusi)")
    log.info("reconciliation differences written")
    return out
