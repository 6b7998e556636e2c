"""The summary's tenure section: this month's headcount and the terms ending soon (issue 14).

A separate block so the summary layout stays as it is: summary.py adds these flowables
before its closing budget table when the figures carry a TenureSection. It is set like
the rest of the summary (layout/base.py): Liberation Sans through `markup`, the same
8.5 pt ruled tables with a shaded header, and a section heading lettered by the summary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from jamsostek_desktop.domain.formatting import month_year, short_date, thousands
from jamsostek_desktop.services.printing.layout.base import GRID, HEADER_FILL, style
from jamsostek_desktop.services.printing.layout.fonts import BOLD, REGULAR, markup

CELL = 8.5            # the summary's table size (layout/summary.py)
TITLE = "Kepesertaan Bulan Ini dan Masa Jabatan yang Segera Berakhir"


@dataclass(frozen=True)
class EndingLine:
    nama: str
    post: str
    kelurahan: str
    end: dt.date


@dataclass(frozen=True)
class TenureSection:
    month: dt.date
    covered: int | None            # participants paid for in `month`; None when the document lists nobody paid
    ending: list[EndingLine]       # within `within` days, and those already ended (the first ones)
    ending_total: int              # how many there are in all
    within: int
    today: dt.date
    waiting_posts: int
    without_post: int
    city: bool = False


def _remark(end: dt.date, today: dt.date) -> str:
    left = (end - today).days
    if left < 0:
        return f"berakhir {thousands(-left)} hari lalu"
    return "berakhir hari ini" if left == 0 else f"{thousands(left)} hari lagi"


def story(section: TenureSection, width: float, heading) -> list:
    """The section's flowables; `heading(text)` is the summary's own (lettered) section heading."""
    body = style("tenure-body", 9, leading=12)
    note = style("tenure-note", 7.5)
    cell = style("tenure-cell", CELL, leading=10)
    s = section
    lines = []
    if s.covered is not None:
        lines.append(f"Peserta yang dibayar pada bulan {month_year(s.month)}: <b>{thousands(s.covered)}</b> orang.")
    if s.waiting_posts:
        lines.append(f"Jabatan yang menunggu pengganti: {thousands(s.waiting_posts)}.")
    if s.without_post:
        lines.append(f"Peserta yang belum mendapat jabatan (jabatannya masih dipegang orang lain): "
                     f"{thousands(s.without_post)}.")
    out = [*heading(TITLE)]
    if lines:
        out += [Paragraph(" ".join(lines), body), Spacer(1, 2 * mm)]
    if not s.ending:
        out.append(Paragraph(f"Tidak ada masa jabatan yang berakhir dalam {s.within} hari ke depan.", body))
        return out
    header = ["No", "Nama", "Jabatan", "Kelurahan", "TMT Berakhir", "Keterangan"] if s.city else \
        ["No", "Nama", "Jabatan", "TMT Berakhir", "Keterangan"]
    data = [header]
    for n, line in enumerate(s.ending, start=1):
        row = [str(n), Paragraph(markup(line.nama), cell), Paragraph(markup(line.post), cell)]
        if s.city:
            row.append(Paragraph(markup(line.kelurahan), cell))
        data.append(row + [short_date(line.end), Paragraph(_remark(line.end, s.today), cell)])
    fixed = [9 * mm, 0, 0, 22 * mm, 32 * mm]
    if s.city:
        fixed.insert(3, 30 * mm)
    free = width - sum(fixed)
    fixed[1], fixed[2] = free * 0.42, free * 0.58
    table = Table(data, colWidths=fixed, repeatRows=1)
    table.setStyle(TableStyle([
        # every cell: the summary's small font, thin grid and paddings
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        # header row
        ("FONT", (0, 0), (-1, 0), BOLD, CELL),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        # the number and the date centred
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (-2, 1), (-2, -1), "CENTER"),
    ]))
    out.append(table)
    rest = s.ending_total - len(s.ending)
    more = f" {thousands(rest)} lainnya tidak dimuat di sini (lihat menu Data &gt; Masa jabatan &amp; klaim)." if rest > 0 else ""
    out += [Spacer(1, 1.5 * mm), Paragraph(f"Masa jabatan yang berakhir dalam {s.within} hari ke depan atau sudah "
                                           f"berakhir tanpa perpanjangan.{more}", note)]
    return out
