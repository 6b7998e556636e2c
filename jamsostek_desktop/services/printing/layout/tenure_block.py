"""The summary's tenure section: this month's headcount and the terms ending soon (issue 14).

A separate block so the summary layout stays as it is: summary.py adds these flowables
before its closing budget table when the figures carry a TenureSection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from jamsostek_desktop.domain.formatting import month_year, short_date, thousands
from jamsostek_desktop.services.printing.layout.base import (
    CONDENSED,
    CONDENSED_BOLD,
    GRID,
    HEADER_FILL,
    style,
)


@dataclass(frozen=True)
class EndingLine:
    nama: str
    post: str
    kelurahan: str
    end: dt.date


@dataclass(frozen=True)
class TenureSection:
    month: dt.date
    covered: int                   # participants paid for in `month`
    ending: list[EndingLine]       # within `within` days, and those already ended (the first ones)
    ending_total: int              # how many there are in all
    within: int
    today: dt.date
    waiting_posts: int
    without_post: int
    city: bool = False


def story(section: TenureSection, width: float, heading, letter: str) -> list:
    """The section's flowables; `heading(text)` is the summary's own section heading."""
    body = style("tenure-body", 9, leading=12)
    note = style("tenure-note", 7.5)
    s = section
    lines = [f"Peserta yang dibayar pada bulan {month_year(s.month)}: <b>{thousands(s.covered)}</b> orang."]
    if s.waiting_posts:
        lines.append(f"Jabatan yang menunggu pengganti: {thousands(s.waiting_posts)}.")
    if s.without_post:
        lines.append(f"Peserta yang belum mendapat jabatan (jabatannya masih dipegang orang lain): "
                     f"{thousands(s.without_post)}.")
    out = [*heading(f"{letter}. Kepesertaan Bulan Ini dan Masa Jabatan yang Segera Berakhir"),
           Paragraph(" ".join(lines), body), Spacer(1, 2 * mm)]
    if not s.ending:
        out.append(Paragraph(f"Tidak ada masa jabatan yang berakhir dalam {s.within} hari ke depan.", body))
        return out
    header = ["No", "Nama", "Jabatan", "Kelurahan", "TMT Berakhir", "Keterangan"] if s.city else \
        ["No", "Nama", "Jabatan", "TMT Berakhir", "Keterangan"]
    cell = style("tenure-cell", 8.5, font=CONDENSED, leading=10)
    data = [header]
    for n, line in enumerate(s.ending, start=1):
        left = (line.end - s.today).days
        remark = (f"berakhir {-left} hari lalu" if left < 0 else
                  "berakhir hari ini" if left == 0 else f"{left} hari lagi")
        row = [str(n), Paragraph(escape(line.nama), cell), Paragraph(escape(line.post), cell)]
        if s.city:
            row.append(Paragraph(escape(line.kelurahan), cell))
        data.append(row + [short_date(line.end), Paragraph(remark, cell)])
    fixed = [9 * mm, 0, 0, 22 * mm, 36 * mm]
    if s.city:
        fixed.insert(3, 30 * mm)
    free = width - sum(fixed)
    fixed[1], fixed[2] = free * 0.42, free * 0.58
    table = Table(data, colWidths=fixed, repeatRows=1)
    table.setStyle(TableStyle([
        # the summary's tables: small condensed font, thin grid, shaded header
        ("FONT", (0, 0), (-1, -1), CONDENSED, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
    ]))
    out.append(table)
    rest = s.ending_total - len(s.ending)
    more = f" {thousands(rest)} lainnya tidak dimuat di sini (lihat menu Data > Masa jabatan & klaim)." if rest > 0 else ""
    out += [Spacer(1, 1.5 * mm), Paragraph(f"Masa jabatan yang berakhir dalam {s.within} hari ke depan atau sudah "
                                           f"berakhir tanpa perpanjangan.{more}", note)]
    return out
