"""The money documents on paper: the "Rencana Kebutuhan Anggaran" and the "Berita Acara
Rekonsiliasi Iuran". Built on the tenure feature's short document (kop on the first page,
continuation line after, footer, two builds for "Halaman X dari Y"); they receive plain
objects and read no database.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from jamsostek_desktop.domain import budget as budget_rules
from jamsostek_desktop.domain import reconciliation as rules
from jamsostek_desktop.domain.bpjs_cells import mask_kpj
from jamsostek_desktop.domain.formatting import month_year, rupiah, thousands
from jamsostek_desktop.services.printing.layout.base import (
    GRID,
    HEADER_FILL,
    LIGHT_FILL,
    DocumentInfo,
    PageSetup,
    signature_table,
    style,
    title_block,
)
from jamsostek_desktop.services.printing.layout.fonts import BOLD, REGULAR, markup
from jamsostek_desktop.services.tenure.layout.documents import ShortDocument

PLAN_TITLE = "RENCANA KEBUTUHAN ANGGARAN"
MINUTES_TITLE = "BERITA ACARA REKONSILIASI IURAN"
SCHEME_NAMES = {budget_rules.BPU: "BPU", budget_rules.PU: "PU"}
CELL = 8.5


def _grid(extra: list) -> TableStyle:
    return TableStyle([
        # every cell: small font, thin grid, top aligned
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        # the header row
        ("FONT", (0, 0), (-1, 0), BOLD, CELL),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        *extra,
    ])


# --- the budget plan -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanHeading:
    area: str                   # "Kelurahan Yosodadi, Kecamatan Metro Timur, Kota Metro"
    year: str                   # "Tahun Anggaran 2027"
    basis: str                  # "Dasar: JKK 1%, JKM Rp6.800 ... penghasilan Rp1.000.000"
    comparisons: tuple[tuple[str, int], ...] = ()   # ("Tambah JHT untuk semua", +2.118.000.000)


class PlanDocument(ShortDocument):
    def __init__(self, info: DocumentInfo, setup: PageSetup, heading: PlanHeading, plan: budget_rules.Plan) -> None:
        super().__init__(info, setup, plan.scenario.name)
        self.heading, self.plan = heading, plan
        self.cell = style("cell", CELL, leading=10)

    def story(self) -> list:
        h, p = self.heading, self.plan
        s = p.scenario
        story = [*title_block(PLAN_TITLE, "Iuran BPJS Ketenagakerjaan Pekerja Rentan Non-ASN", h.area, h.year,
                              f"Skenario: {s.name} ({budget_rules.describe(s)})"), Spacer(1, 3 * mm)]
        head_style = style("head", CELL, bold=True, leading=10, align=1)
        data = [[Paragraph(text, head_style) for text in ("No", "Kategori", "Skema",
                                                          "Orang × iuran per bulan × bulan", "Jumlah")]]
        for i, line in enumerate(p.lines, start=1):
            parts = [f"JKK {rupiah(line.contribution.jkk)}", f"JKM {rupiah(line.contribution.jkm)}"]
            if line.contribution.jht:
                parts.append(f"JHT {rupiah(line.contribution.jht)}")
            sum_text = (f"{thousands(line.covered)} orang × {rupiah(line.rate)} × {line.months} bulan"
                        f"<br/><font size=7>({' + '.join(parts)})</font>")
            if line.left_out:
                sum_text += f"<br/><font size=7>{thousands(line.left_out)} orang tidak tercakup plafon</font>"
            data.append([str(i), Paragraph(markup(line.name), self.cell), SCHEME_NAMES.get(line.scheme, line.scheme)
                         + (" + JHT" if line.contribution.jht else ""), Paragraph(sum_text, self.cell),
                         rupiah(line.amount)])
        data.append(["", "Jumlah", "", f"{thousands(p.covered)} orang", rupiah(p.total)])
        w = self.width
        widths = [8 * mm, 0.30 * w, 22 * mm, 0, 32 * mm]
        widths[3] = w - sum(widths)
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(_grid([("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (2, -1), "CENTER"),
                              ("ALIGN", (4, 1), (4, -1), "RIGHT"), ("FONT", (0, -1), (-1, -1), BOLD, CELL),
                              ("BACKGROUND", (0, -1), (-1, -1), LIGHT_FILL)]))
        story.append(table)
        notes = [h.basis]
        if s.ceiling is not None:
            notes.append(f"Plafon anggaran {rupiah(s.ceiling)}: {thousands(p.covered)} dari {thousands(p.people)} "
                         f"orang tercakup; {thousands(p.left_out)} orang belum tercakup (kebutuhan penuh "
                         f"{rupiah(p.needed)}). Urutan prioritas: kategori di atas lebih dahulu.")
        for label, change in h.comparisons:
            notes.append(f"Perbandingan skenario — {label}: {budget_rules.signed_rupiah(change)}.")
        small = style("note", 8.5, leading=11)
        story += [Spacer(1, 2 * mm), *[Paragraph(markup(n), small) for n in notes if n]]
        story += [Spacer(1, 10 * mm), KeepTogether([signature_table(self.info.signatures, self.width)])]
        return story


# --- the reconciliation minutes ------------------------------------------------------------------

@dataclass(frozen=True)
class MinutesHeading:
    area: str
    payer: str                  # "Pemerintah Kota Metro"
    file_name: str
    branch: str = ""            # the BPJS branch, when known
    shown_rows: int = 300       # the differences listed by name (all are in the xlsx)


class MinutesDocument(ShortDocument):
    def __init__(self, info: DocumentInfo, setup: PageSetup, heading: MinutesHeading, result: rules.Result) -> None:
        super().__init__(info, setup, month_year(result.month))
        self.heading, self.result = heading, result
        self.cell = style("cell", CELL, leading=10)
        self.body = style("body", 10, leading=14)

    def _summary(self) -> Table:
        r = self.result
        rows = [("Sesuai tarif", len(r.matched), sum(f.billed for f in r.matched), sum(f.due for f in r.matched)),
                ("Jumlah berbeda dari tarif", len(r.different), sum(f.billed for f in r.different),
                 sum(f.due for f in r.different)),
                ("Ditagih, tidak tercakup bulan ini", len(r.not_covered), sum(f.billed for f in r.not_covered), 0),
                ("Tercakup, tidak ditagih", len(r.not_billed), 0, sum(e.total for e in r.not_billed))]
        data = [["Kelompok", "Orang", "Ditagih BPJS", "Seharusnya"]]
        data += [[label, thousands(n), rupiah(billed), rupiah(due)] for label, n, billed, due in rows]
        data.append(["Jumlah", "", rupiah(r.billed_total), rupiah(r.expected_total)])
        data.append(["Selisih (ditagih − seharusnya)", "", budget_rules.signed_rupiah(r.difference), ""])
        w = self.width
        table = Table(data, colWidths=[w - 20 * mm - 2 * 36 * mm, 20 * mm, 36 * mm, 36 * mm])
        table.setStyle(_grid([("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONT", (0, -2), (-1, -1), BOLD, CELL),
                              ("BACKGROUND", (0, -2), (-1, -1), LIGHT_FILL)]))
        return table

    def _differences(self) -> list:
        r = self.result
        lines = [(f.line.nik, f.line.nama, f.line.kpj, rules.REASONS.get(f.reason, f.reason), f.billed, f.due)
                 for f in r.not_covered]
        lines += [(f.line.nik, f.line.nama, f.line.kpj, "jumlah berbeda dari tarif", f.billed, f.due)
                  for f in r.different]
        lines += [(e.nik, e.nama, e.kpj, "tercakup, tidak ditagih", 0, e.total) for e in r.not_billed]
        if not lines:
            return [Paragraph("Tidak ada selisih: setiap baris tagihan sesuai daftar peserta dan tarif.", self.body)]
        data = [["No", "NIK", "Nama", "KPJ", "Keterangan", "Ditagih", "Seharusnya", "Selisih"]]
        shown = lines[:self.heading.shown_rows]
        for i, (nik, nama, kpj, why, billed, due) in enumerate(shown, start=1):
            data.append([str(i), nik, Paragraph(markup(nama or "–"), self.cell), mask_kpj(kpj),
                         Paragraph(markup(why), self.cell), rupiah(billed), rupiah(due),
                         budget_rules.signed_rupiah(billed - due)])
        w = self.width
        widths = [7 * mm, 27 * mm, 0, 19 * mm, 26 * mm, 18 * mm, 18 * mm, 19 * mm]
        widths[2] = w - sum(widths)
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(_grid([("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (5, 1), (-1, -1), "RIGHT"),
                              ("FONT", (0, 0), (-1, -1), REGULAR, 7.5), ("FONT", (0, 0), (-1, 0), BOLD, 7.5)]))
        out = [table]
        if len(lines) > len(shown):
            out.append(Paragraph(markup(f"… dan {thousands(len(lines) - len(shown))} baris lain; daftar lengkap "
                                        "ada pada lampiran Excel selisih."), self.cell))
        return out

    def story(self) -> list:
        h, r = self.heading, self.result
        month = month_year(r.month)
        branch = f" Kantor Cabang {h.branch}" if h.branch else ""
        refused = (f" {thousands(len(r.refused))} baris tidak dapat dibaca dan tidak dihitung." if r.refused else "")
        opening = (f"Pada hari ini telah dilakukan rekonsiliasi tagihan iuran BPJS Ketenagakerjaan{branch} bulan "
                   f"{month} (berkas {h.file_name}, {thousands(r.lines_read)} baris) terhadap daftar peserta yang "
                   f"iurannya dibayar oleh {h.payer} pada bulan tersebut, dengan hasil sebagai berikut.{refused}")
        restitution = r.overpaid_total
        closing = (f"Kelebihan tagihan sebesar {rupiah(restitution)} dari {thousands(len(r.overpaid()))} orang "
                   "diajukan untuk dikembalikan (restitusi) atau diperhitungkan pada tagihan berikutnya. "
                   if restitution else "Tidak ada kelebihan tagihan yang perlu dikembalikan. ")
        closing += "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya."
        heading = style("h", 10, bold=True)
        return [*title_block(MINUTES_TITLE, f"Bulan {month}", h.area), Spacer(1, 3 * mm),
                Paragraph(markup(opening), self.body), Spacer(1, 3 * mm), self._summary(), Spacer(1, 4 * mm),
                Paragraph("Rincian selisih", heading), Spacer(1, 1.5 * mm), *self._differences(),
                Spacer(1, 4 * mm), Paragraph(markup(closing), self.body), Spacer(1, 8 * mm),
                KeepTogether([signature_table(self.info.signatures, self.width)])]
