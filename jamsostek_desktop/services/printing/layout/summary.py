"""The rekapitulasi (summary): counts per category, status, RW/RT and kelurahan, coverage,
the contribution budget in Rupiah, and a bar chart of participants per category.

A few pages at most, so it is laid out with platypus and built twice: the first build
counts the pages for "Halaman X dari Y".
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain.formatting import rupiah, thousands
from jamsostek_desktop.services.printing.layout import tenure_block
from jamsostek_desktop.services.printing.layout.base import (
    CONDENSED,
    CONDENSED_BOLD,
    GRID,
    HEADER_FILL,
    LIGHT_FILL,
    REGULAR,
    TITLE_GAP,
    DocumentInfo,
    PageSetup,
    draw_continuation,
    draw_footer,
    draw_letterhead,
    header_heights,
    register_fonts,
    set_metadata,
    signature_table,
    style,
    title_block,
)

TITLE = "REKAPITULASI PESERTA BPJS KETENAGAKERJAAN"
BAR = colors.HexColor("#2f5d8a")


@dataclass(frozen=True)
class CategoryLine:
    group: str
    code: str
    name: str
    men: int
    women: int
    potential: int | None

    @property
    def total(self) -> int:
        return self.men + self.women


@dataclass(frozen=True)
class PlaceLine:
    """One kelurahan in a city summary."""

    kecamatan: str
    kelurahan: str
    code: str
    count: int


@dataclass(frozen=True)
class SummaryFigures:
    date: dt.date
    categories: list[CategoryLine]
    by_status: list[tuple[str, int]]            # (Indonesian label, count) in workflow order
    by_rw: list[tuple[int, list[tuple[int, int]]]]   # (rw, [(rt, count) ...])
    places: list[PlaceLine]                     # city mode only
    totals: contributions.Totals                # stats.contribution_totals(scope)
    rates: contributions.Rates
    with_jht: int                               # people enrolled in JHT
    total: int
    men: int
    women: int
    tenure: tenure_block.TenureSection | None = None     # this month's headcount, terms ending soon

    @property
    def potential(self) -> int:
        return sum(c.potential or 0 for c in self.categories)

    @property
    def covered(self) -> int:
        """Participants of the categories that have a potential count (coverage's numerator)."""
        return sum(c.total for c in self.categories if c.potential)


@dataclass(frozen=True)
class SummaryHeading:
    subject: str
    area: str
    period: str
    filters: str = ""


def percent(part: int, whole: int | None) -> str:
    """`60,70%` with a decimal comma; a dash when there is no potential to divide by."""
    if not whole:
        return "–"
    return f"{100 * part / whole:.2f}".replace(".", ",") + "%"


def _table_style(extra: list) -> TableStyle:
    return TableStyle([
        # every cell: small font, thin grid, numbers right-aligned by the caller
        ("FONT", (0, 0), (-1, -1), CONDENSED, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        # header row
        ("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        *extra,
    ])


class SummaryDocument:
    def __init__(self, info: DocumentInfo, setup: PageSetup, figures: SummaryFigures,
                 heading: SummaryHeading) -> None:
        register_fonts()
        self.info = info
        self.setup = setup
        self.figures = figures
        self.heading = heading
        self.width = setup.frame[2]
        self.cell = style("cell", 8.5, font=CONDENSED, leading=10)
        self.section = style("section", 10, bold=True)

    # --- sections ----------------------------------------------------------------------------

    def _title(self) -> list:
        h = self.heading
        return [*title_block(TITLE, h.subject, h.area, h.period, h.filters), Spacer(1, TITLE_GAP)]

    def _heading(self, text: str) -> list:
        return [CondPageBreak(40 * mm), Spacer(1, 3 * mm), Paragraph(escape(text), self.section),
                Spacer(1, 1.5 * mm)]

    def _categories(self) -> list:
        f = self.figures
        data = [["No", "Kategori", "L", "P", "Jumlah", "Potensi", "Cakupan"]]
        extra = []
        number = 0
        groups: dict[str, list] = {}
        for line in f.categories:
            groups.setdefault(line.group, []).append(line)
        for group, lines in groups.items():
            data.append(["", Paragraph(f"<b>{escape(group)}</b>", self.cell), "", "", "", "", ""])
            extra += [("SPAN", (1, len(data) - 1), (-1, len(data) - 1)),
                      ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), LIGHT_FILL)]
            for line in lines:
                number += 1
                data.append([str(number), Paragraph(escape(line.name), self.cell), thousands(line.men),
                             thousands(line.women), thousands(line.total),
                             thousands(line.potential) if line.potential else "–",
                             percent(line.total, line.potential)])
        data.append(["", "JUMLAH SELURUHNYA", thousands(f.men), thousands(f.women), thousands(f.total),
                     thousands(f.potential) if f.potential else "–", percent(f.covered, f.potential)])
        extra += [("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 8.5),
                  ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]
        w = self.width
        fixed = [9 * mm, 0, 15 * mm, 15 * mm, 17 * mm, 17 * mm, 18 * mm]
        fixed[1] = w - sum(fixed)
        table = Table(data, colWidths=fixed, repeatRows=1)
        table.setStyle(_table_style(extra))
        note = Paragraph("Cakupan = jumlah peserta dibagi potensi (jumlah pekerja yang ada) kategori itu; "
                         "jumlah cakupan dihitung atas kategori yang potensinya diisi.", style("n", 7.5))
        return [*self._heading("A. Jumlah Peserta per Kategori"), table, Spacer(1, 1.5 * mm), note]

    def _chart(self) -> list:
        lines = [line for line in self.figures.categories if line.total] or self.figures.categories
        if not lines:
            return []
        lines = list(reversed(lines))          # the chart draws bottom-up; keep the table's order
        bar_height = 11
        label_width = min(62 * mm, self.width * 0.42)
        height = len(lines) * bar_height + 30
        drawing = Drawing(self.width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_width, 18
        chart.width, chart.height = self.width - label_width - 12 * mm, len(lines) * bar_height
        chart.data = [[line.total for line in lines]]
        chart.bars[0].fillColor = BAR
        chart.bars[0].strokeColor = None
        chart.barSpacing = 1
        chart.categoryAxis.categoryNames = [line.name if len(line.name) <= 38 else line.name[:36] + "…"
                                            for line in lines]
        chart.categoryAxis.labels.fontName = CONDENSED
        chart.categoryAxis.labels.fontSize = 7.5
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = CONDENSED
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = lambda v: thousands(int(v))
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
        chart.valueAxis.gridStrokeWidth = 0.3
        chart.barLabelFormat = lambda v: thousands(int(v))
        chart.barLabels.fontName = CONDENSED
        chart.barLabels.fontSize = 6.5
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 2
        drawing.add(chart)
        drawing.add(String(label_width, 2, "Jumlah peserta", fontName=REGULAR, fontSize=7))
        # The chart is tall: its heading travels with it rather than being left at a page foot.
        return [KeepTogether([*self._heading("B. Grafik Peserta per Kategori"), drawing])]

    def _status_and_sex(self) -> list:
        f = self.figures
        data = [["Status", "Jumlah"]] + [[label, thousands(n)] for label, n in f.by_status]
        data.append(["Jumlah", thousands(f.total)])
        status = Table(data, colWidths=[40 * mm, 22 * mm])
        status.setStyle(_table_style([("ALIGN", (1, 1), (1, -1), "RIGHT"),
                                      ("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 8.5)]))
        sex_data = [["Jenis Kelamin", "Jumlah"], ["Laki-laki", thousands(f.men)],
                    ["Perempuan", thousands(f.women)], ["Jumlah", thousands(f.total)]]
        sex = Table(sex_data, colWidths=[40 * mm, 22 * mm])
        sex.setStyle(_table_style([("ALIGN", (1, 1), (1, -1), "RIGHT"),
                                   ("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 8.5)]))
        pair = Table([[status, sex]], colWidths=[self.width / 2, self.width / 2])
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), REGULAR, 9), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [*self._heading("C. Peserta per Status dan Jenis Kelamin"), pair]

    def _rt_rw(self) -> list:
        rows = self.figures.by_rw
        if not rows:
            return []
        data = [["RW", "Rincian per RT", "Jumlah"]]
        for rw, rts in rows:
            detail = " · ".join(f"RT&nbsp;{rt:03d}:&nbsp;{thousands(n)}" for rt, n in rts)   # never split "RT 001: 12"
            data.append([f"{rw:03d}", Paragraph(detail, self.cell), thousands(sum(n for _, n in rts))])
        data.append(["", "Jumlah", thousands(sum(sum(n for _, n in rts) for _, rts in rows))])
        table = Table(data, colWidths=[13 * mm, self.width - 33 * mm, 20 * mm], repeatRows=1)
        table.setStyle(_table_style([("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                                     ("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 8.5)]))
        return [*self._heading("D. Peserta per RW dan RT"), table]

    def _places(self) -> list:
        places = self.figures.places
        if not places:
            return []
        data = [["No", "Kecamatan", "Kelurahan", "Kode", "Jumlah"]]
        for i, p in enumerate(places, start=1):
            data.append([str(i), p.kecamatan, p.kelurahan, p.code, thousands(p.count)])
        data.append(["", "Jumlah", "", "", thousands(sum(p.count for p in places))])
        w = self.width - 9 * mm - 26 * mm - 20 * mm
        table = Table(data, colWidths=[9 * mm, w / 2, w / 2, 26 * mm, 20 * mm], repeatRows=1)
        table.setStyle(_table_style([("ALIGN", (4, 1), (4, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
                                     ("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 8.5)]))
        return [*self._heading("E. Peserta per Kelurahan"), table]

    def _contributions(self, letter: str) -> list:
        f = self.figures
        t, r = f.totals, f.rates
        data = [["Uraian", "Peserta", "Per Bulan", "Per Tahun"],
                ["JKK + JKM", thousands(t.people), rupiah(t.monthly_jkk_jkm), rupiah(t.yearly_jkk_jkm)],
                ["JKK + JKM + JHT", thousands(t.people), rupiah(t.monthly_with_jht), rupiah(t.yearly_with_jht)]]
        table = Table(data, colWidths=[self.width - 84 * mm, 20 * mm, 32 * mm, 32 * mm])
        table.setStyle(_table_style([("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        jkm = rupiah(r.jkm_flat) + " per bulan" if not r.jkm_bp else f"{r.jkm_bp / 100:g}% dari upah".replace(".", ",")
        note = Paragraph(
            f"Dasar perhitungan: JKK {r.jkk_bp / 100:g}%".replace(".", ",")
            + f" dan JHT {r.jht_bp / 100:g}%".replace(".", ",")
            + f" dari penghasilan yang dilaporkan (paling rendah {rupiah(r.income_base)}), JKM {jkm}. "
            f"Baris JKK + JKM + JHT menghitung seolah-olah semua peserta ikut JHT; "
            f"peserta yang memilih JHT saat ini: {thousands(f.with_jht)} orang.", style("n", 7.5))
        return [*self._heading(f"{letter}. Kebutuhan Iuran"), table, Spacer(1, 1.5 * mm), note]

    def story(self) -> list:
        story = [NextPageTemplate("later"), *self._title(), *self._categories(), *self._chart(),
                 *self._status_and_sex(), *self._rt_rw(), *self._places()]
        letter = "F" if self.figures.places else "E"
        if self.figures.tenure is not None:
            story += tenure_block.story(self.figures.tenure, self.width, self._heading, letter)
            letter = chr(ord(letter) + 1)
        # The budget table travels with the signatures: a signature alone on a page invites doubt.
        closing = self._contributions(letter)
        story += [KeepTogether([*closing, Spacer(1, 8 * mm), signature_table(self.info.signatures, self.width)])]
        return story

    # --- building ----------------------------------------------------------------------------

    def _build(self, out: BinaryIO, total_pages: int) -> int:
        setup, info = self.setup, self.info
        x, y, width, height = setup.frame
        kop, cont = header_heights(setup, info.letterhead)
        continuation = f"{info.title} — {self.heading.subject}"

        def first(canvas, doc) -> None:
            set_metadata(canvas, info)
            draw_letterhead(canvas, setup, info.letterhead)
            draw_footer(canvas, setup, doc.page, total_pages or doc.page, info.printed_at)

        def later(canvas, doc) -> None:
            draw_continuation(canvas, setup, continuation)
            draw_footer(canvas, setup, doc.page, total_pages or doc.page, info.printed_at)

        doc = BaseDocTemplate(out, pagesize=setup.size, leftMargin=x, bottomMargin=y,
                              title=info.title, author=info.author, initialFontName=REGULAR)
        doc.addPageTemplates([
            PageTemplate("first", [Frame(x, y, width, height - kop, id="first", leftPadding=0, rightPadding=0,
                                         topPadding=0, bottomPadding=0)], onPage=first),
            PageTemplate("later", [Frame(x, y, width, height - cont, id="later", leftPadding=0, rightPadding=0,
                                         topPadding=0, bottomPadding=0)], onPage=later),
        ])
        doc.build(self.story())
        return doc.page

    def render(self, out: BinaryIO) -> int:
        """Write the PDF; returns the number of pages."""
        pages = self._build(io.BytesIO(), 0)
        final = self._build(out, pages)
        if final != pages:                      # cannot happen: same story, same fonts
            raise RuntimeError("summary page count changed between builds")
        return pages

