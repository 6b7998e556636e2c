"""The "Daftar peserta yang perlu diperiksa" on paper: each person with the reasons to check.

Laid out on the printing layout base (kop, continuation line, footer, signature block) as a
short document of the tenure layout; it receives plain rows, nothing here reads the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

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

TITLE = "DAFTAR PESERTA YANG PERLU DIPERIKSA"


@dataclass(frozen=True)
class Row:
    nama: str
    nik: str
    kelurahan: str
    category: str
    rt_rw: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    area: str
    period: str
    counts: str          # "12 peserta: 3 data ganda, 9 tanda (ASN 4, MATI 2 ...)"


class ReviewDocument(ShortDocument):
    def __init__(self, info: DocumentInfo, setup: PageSetup, heading: Heading, rows: list[Row]) -> None:
        super().__init__(info, setup, heading.area)
        self.heading, self.rows = heading, rows
        self.cell = style("cell", 8.5, leading=10)

    def story(self) -> list:
        h = self.heading
        story = [*title_block(TITLE, h.area, "", h.period, h.counts), Spacer(1, 4 * mm)]
        head = style("head", 8.5, bold=True, leading=10)
        head.alignment = 1
        data = [[Paragraph(text, head) for text in ("No", "Nama / NIK", "Kelurahan", "Kategori", "RT/RW",
                                                     "Alasan diperiksa")],
                [str(i) for i in range(1, 7)]]
        for n, row in enumerate(self.rows, start=1):
            reasons = "<br/>".join(f"\u2022 {markup(r)}" for r in row.reasons)
            data.append([str(n), Paragraph(f"{markup(row.nama)}<br/>{markup(row.nik)}", self.cell),
                         Paragraph(markup(row.kelurahan), self.cell), Paragraph(markup(row.category), self.cell),
                         row.rt_rw, Paragraph(reasons, self.cell)])
        if not self.rows:
            data.append(["", "Tidak ada peserta yang perlu diperiksa.", "", "", "", ""])
        w = self.width
        widths = [8 * mm, 0.22 * w, 0.13 * w, 0.14 * w, 16 * mm, 0]
        widths[-1] = w - sum(widths)
        table = Table(data, colWidths=widths, repeatRows=2)
        table.setStyle(TableStyle([
            # every cell: the roster's small font and a thin grid
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            # the header and its numbered column index
            ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("BACKGROUND", (0, 1), (-1, 1), LIGHT_FILL),
            ("FONT", (0, 1), (-1, 1), REGULAR, 7),
            ("ALIGN", (0, 0), (-1, 1), "CENTER"),
            ("ALIGN", (0, 2), (0, -1), "CENTER"),
            ("ALIGN", (4, 2), (4, -1), "CENTER"),
        ]))
        story += [table, Spacer(1, 10 * mm), KeepTogether([signature_table(self.info.signatures, self.width)])]
        return story
