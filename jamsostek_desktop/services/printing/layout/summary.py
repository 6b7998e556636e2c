"""The rekapitulasi (summary): counts per category, status, RW/RT and kelurahan, coverage,
the contribution budget in Rupiah, and a bar chart of participants per category.

A few pages at most, so it is laid out with platypus and built twice: the first build
counts the pages for "Halaman X dari Y". Only what has content is printed: the target
(potential) and coverage columns when some category has a target, the status table
when the document holds more than one status.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import BinaryIO

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
    GRID,
    HEADER_FILL,
    LIGHT_FILL,
    TITLE_GAP,
    DocumentInfo,
    PageSetup,
    draw_continuation,
    draw_footer,
    draw_letterhead,
    header_heights,
    set_metadata,
    signature_table,
    style,
    title_block,
)
from jamsostek_desktop.services.printing.layout.chart import bar_chart
from jamsostek_desktop.services.printing.layout.fonts import BOLD, REGULAR, markup, register_fonts

TITLE = "REKAPITULASI PESERTA BPJS KETENAGAKERJAAN"
CELL = 8.5


@dataclass(frozen=True)
class CategoryLine:
    group: str
    code: str
    name: str
    men: int
    women: int
    potential: int | None
    label: str = ""              # the chart's label (the catalogue's short name); the name when empty

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
class BudgetLine:
    """One budget line: `people` x `rate` (Rupiah a month) x `months`."""

    label: str
    people: int
    rate: int
    months: int

    @property
    def total(self) -> int:
        return self.people * self.rate * self.months


@dataclass(frozen=True)
class SummaryFigures:
    date: dt.date
    categories: list[CategoryLine]
    by_status: list[tuple[str, int]]            # (label, count) of the listing's statuses, in workflow order
    by_rw: list[tuple[int, list[tuple[int, int]]]]   # (rw, [(rt, count) ...])
    places: list[PlaceLine]                     # city mode only
    budget: list[BudgetLine]
    rates: contributions.Rates
    total: int
    men: int
    women: int
    tenure: tenure_block.TenureSection | None = None     # this month's headcount, terms ending soon
    review: str = ""              # screening (issue 13): who needs checking, one sentence; "" leaves it out

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
    title: str = TITLE
    statement: str = ""


def percent(part: int, whole: int | None) -> str:
    """`60,70%` with a decimal comma; a dash when there is no potential to divide by."""
    if not whole:
        return "–"
    return f"{100 * part / whole:.2f}".replace(".", ",") + "%"


def _table_style(extra: list) -> TableStyle:
    return TableStyle([
        # every cell: small font, thin grid, numbers right-aligned by the caller
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        # header row
        ("FONT", (0, 0), (-1, 0), BOLD, CELL),
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
        self.cell = style("cell", CELL, leading=10)
        self.section = style("section", 10, bold=True)
        self.letters = iter("ABCDEFGHIJ")

    # --- sections ----------------------------------------------------------------------------

    def _title(self) -> list:
        h = self.heading
        return [*title_block(h.title, h.subject, h.area, h.period, h.filters, h.statement), Spacer(1, TITLE_GAP)]

    def _heading(self, text: str) -> list:
        return [CondPageBreak(40 * mm), Spacer(1, 3 * mm),
                Paragraph(markup(f"{next(self.letters)}. {text}"), self.section), Spacer(1, 1.5 * mm)]

    def _categories(self) -> list:
        f = self.figures
        targets = f.potential > 0                 # no target anywhere: no empty columns
        header = ["No", "Kategori", "L", "P", "Jumlah"] + (["Potensi", "Cakupan"] if targets else [])
        data, extra, number = [header], [], 0
        groups: dict[str, list] = {}
        for line in f.categories:
            groups.setdefault(line.group, []).append(line)
        for group, lines in groups.items():
            data.append(["", Paragraph(f"<b>{markup(group)}</b>", self.cell)] + [""] * (len(header) - 2))
            extra += [("SPAN", (1, len(data) - 1), (-1, len(data) - 1)),
                      ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), LIGHT_FILL)]
            for line in lines:
                number += 1
                row = [str(number), Paragraph(markup(line.name), self.cell), thousands(line.men),
                       thousands(line.women), thousands(line.total)]
                if targets:
                    row += [thousands(line.potential) if line.potential else "–", percent(line.total, line.potential)]
                data.append(row)
        total = ["", "JUMLAH SELURUHNYA", thousands(f.men), thousands(f.women), thousands(f.total)]
        if targets:
            total += [thousands(f.potential), percent(f.covered, f.potential)]
        data.append(total)
        extra += [("FONT", (0, -1), (-1, -1), BOLD, CELL),
                  ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]
        fixed = [9 * mm, 0, 15 * mm, 15 * mm, 18 * mm] + ([18 * mm, 19 * mm] if targets else [])
        fixed[1] = self.width - sum(fixed)
        table = Table(data, colWidths=fixed, repeatRows=1)
        table.setStyle(_table_style(extra))
        out = [*self._heading("Jumlah Peserta per Kategori"), table]
        if targets:
            out += [Spacer(1, 1.5 * mm), Paragraph(
                "Cakupan = jumlah peserta dibagi potensi (jumlah pekerja yang ada) kategori itu; "
                "jumlah cakupan dihitung atas kategori yang potensinya diisi.", style("n", 7.5))]
        return out

    def _chart(self) -> list:
        lines = self.figures.categories          # every category, those with nobody too
        if not lines:
            return []
        drawing = bar_chart([line.label or line.name for line in lines], [line.total for line in lines],
                            self.width, "Jumlah peserta (orang)")
        # The chart is tall: its heading travels with it rather than being left at a page foot.
        return [KeepTogether([*self._heading("Grafik Peserta per Kategori"), drawing])]

    def _status_and_sex(self) -> list:
        f = self.figures
        sex_data = [["Jenis Kelamin", "Jumlah"], ["Laki-laki", thousands(f.men)],
                    ["Perempuan", thousands(f.women)], ["Jumlah", thousands(f.total)]]
        sex = Table(sex_data, colWidths=[40 * mm, 22 * mm], hAlign="LEFT")
        sex.setStyle(_table_style([("ALIGN", (1, 1), (1, -1), "RIGHT"), ("FONT", (0, -1), (-1, -1), BOLD, CELL)]))
        if len(f.by_status) <= 1:
            return [*self._heading("Peserta per Jenis Kelamin"), sex]
        data = [["Status", "Jumlah"]] + [[label, thousands(n)] for label, n in f.by_status]
        data.append(["Jumlah", thousands(f.total)])
        status = Table(data, colWidths=[40 * mm, 22 * mm])
        status.setStyle(_table_style([("ALIGN", (1, 1), (1, -1), "RIGHT"), ("FONT", (0, -1), (-1, -1), BOLD, CELL)]))
        pair = Table([[status, sex]], colWidths=[self.width / 2, self.width / 2])
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [*self._heading("Peserta per Status dan Jenis Kelamin"), pair]

    def _rt_rw(self) -> list:
        """RW and RT as a table: one band of rows per RW, its RTs side by side, the RW's total at right."""
        rows = self.figures.by_rw
        if not rows:
            return []
        pairs = 8 if self.setup.landscape else 5
        rw_width, total_width = 13 * mm, 19 * mm
        pair_width = (self.width - rw_width - total_width) / pairs
        header = ["RW"] + ["RT", "Jumlah"] * pairs + ["Jumlah RW"]
        data, extra = [header], []
        for rw, rts in rows:
            band = [rts[i:i + pairs] for i in range(0, len(rts), pairs)]
            first = len(data)
            for b, chunk in enumerate(band):
                row = [f"{rw:03d}" if b == 0 else ""]
                for rt, n in chunk:
                    row += [f"{rt:03d}", thousands(n)]
                row += ["", ""] * (pairs - len(chunk))
                row.append(thousands(sum(n for _, n in rts)) if b == len(band) - 1 else "")
                data.append(row)
            # a heavier rule above each RW's band, its RW number and total in bold
            extra += [("LINEABOVE", (0, first), (-1, first), 1.0, GRID),
                      ("FONT", (0, first), (0, first), BOLD, CELL), ("FONT", (-1, len(data) - 1), (-1, len(data) - 1), BOLD, CELL)]
            for col in range(pairs):
                extra.append(("BACKGROUND", (1 + 2 * col, first), (1 + 2 * col, len(data) - 1), LIGHT_FILL))
        total = sum(sum(n for _, n in rts) for _, rts in rows)
        data.append(["Jumlah"] + [""] * (2 * pairs) + [thousands(total)])
        extra += [("SPAN", (0, -1), (-2, -1)), ("FONT", (0, -1), (-1, -1), BOLD, CELL),
                  ("ALIGN", (0, 1), (0, -2), "CENTER"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                  ("ALIGN", (0, -1), (0, -1), "LEFT")]
        for col in range(pairs):
            extra.append(("ALIGN", (1 + 2 * col, 1), (1 + 2 * col, -2), "CENTER"))
        table = Table(data, colWidths=[rw_width] + [pair_width * 0.45, pair_width * 0.55] * pairs + [total_width],
                      repeatRows=1)
        table.setStyle(_table_style(extra))
        return [*self._heading("Peserta per RW dan RT"), table]

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
                                     ("FONT", (0, -1), (-1, -1), BOLD, CELL)]))
        return [*self._heading("Peserta per Kelurahan"), table]

    def _budget(self) -> list:
        """Each line as people x monthly rate x months = total, then the sum."""
        f = self.figures
        data = [["Program", "Perhitungan", "Jumlah"]]
        for line in f.budget:
            data.append([line.label, f"{thousands(line.people)} orang × {rupiah(line.rate)} × {line.months} bulan",
                         rupiah(line.total)])
        months = f.budget[0].months if f.budget else 12
        data.append(["Jumlah kebutuhan iuran", "", rupiah(sum(line.total for line in f.budget))])
        table = Table(data, colWidths=[52 * mm, self.width - 52 * mm - 34 * mm, 34 * mm])
        table.setStyle(_table_style([("ALIGN", (2, 1), (2, -1), "RIGHT"), ("FONT", (0, -1), (-1, -1), BOLD, CELL)]))
        r = f.rates
        jkm = rupiah(r.jkm_flat) + " per bulan" if not r.jkm_bp else f"{r.jkm_bp / 100:g}% dari upah".replace(".", ",")
        note = Paragraph(markup(
            f"Dasar perhitungan: JKK {r.jkk_bp / 100:g}%".replace(".", ",")
            + f" dan JHT {r.jht_bp / 100:g}%".replace(".", ",")
            + f" dari penghasilan yang dilaporkan (paling rendah {rupiah(r.income_base)}), JKM {jkm}; "
            f"iuran dibayar dari APBD untuk {months} bulan."), style("n", 7.5))
        return [*self._heading("Kebutuhan Iuran"), table, Spacer(1, 1.5 * mm), note]

    def story(self) -> list:
        story = [NextPageTemplate("later"), *self._title(), *self._categories(), *self._chart(),
                 *self._status_and_sex(), *self._rt_rw(), *self._places()]
        if self.figures.tenure is not None:
            story += tenure_block.story(self.figures.tenure, self.width, self._heading)
        if self.figures.review:
            story += [*self._heading("Peserta yang Perlu Diperiksa"),
                      Paragraph(markup(self.figures.review), style("review", 9, leading=12))]
        # The budget table travels with the signatures: a signature alone on a page invites doubt.
        story += [KeepTogether([*self._budget(), Spacer(1, 8 * mm), signature_table(self.info.signatures, self.width)])]
        return story

    # --- building ----------------------------------------------------------------------------

    def _build(self, out: BinaryIO, total_pages: int) -> int:
        setup, info = self.setup, self.info
        self.letters = iter("ABCDEFGHIJ")
        x, y, width, height = setup.frame
        kop, cont = header_heights(setup, info.letterhead)
        parts = [info.title] + ([self.heading.subject.title()] if self.heading.subject else [])
        continuation = " — ".join(parts + ([info.office] if info.office else []))

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
