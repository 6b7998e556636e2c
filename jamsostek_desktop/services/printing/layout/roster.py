"""The daftar nominatif (participant roster) and the tanda terima kartu (receipt roster).

Built for long lists: the rows arrive as an iterable from the service and are read
twice, first to measure each row (text wrapped to fixed column widths) and to cut
pages so that no row is ever split, then to draw each page as one small table. Only
one page of rows is held at a time, and "Halaman X dari Y" is known before page 1
is drawn. A roster of 10,000 rows takes about a second.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.services.printing.layout.base import (
    BOLD,
    CONDENSED,
    CONDENSED_BOLD,
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
    title_height,
)
from jamsostek_desktop.services.printing.layout.grid_table import (
    CellStyle,
    draw_grid_table,
    forget_measures,
)


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One participant as printed; the service fills it from the database."""

    nik: str
    nama: str
    jenis_kelamin: str
    tempat_lahir: str
    tanggal_lahir: dt.date | None
    alamat: str
    rt: int
    rw: int
    keterangan: str          # the category's key field, or category and key field in a mixed roster
    program: str             # "JKK, JKM" or "JKK, JKM, JHT"


@dataclass(frozen=True)
class RosterHeading:
    """The title block: document name, category line, period and filter lines."""

    title: str               # "DAFTAR NOMINATIF PESERTA BPJS KETENAGAKERJAAN"
    subject: str             # "KADER POSYANDU BALITA" / "SEMUA KATEGORI"
    area: str = ""           # "KELURAHAN YOSODADI KECAMATAN METRO TIMUR"
    period: str = ""         # "Keadaan per 23 November 2026"
    filters: str = ""        # "RW 2, RT 3 · Status: Aktif"
    key_label: str = "Keterangan"


@dataclass(frozen=True)
class Column:
    header: str
    weight: float            # share of the width left after the fixed columns; 0 = fixed
    fixed_sample: str = ""   # fixed columns are as wide as this text
    align: str = "LEFT"


FONT_SIZE = 8
LEADING = 9.6
PAD = 2.5                    # cell padding, all sides
MAX_LINES = 12               # a runaway address is cut here, so one row always fits a page
RECEIPT_ROW = 11 * mm        # room for a signature
INDEX_SIZE = 7               # the column-index row (1, 2, 3 ...)
INDEX_PAD = 1.5


def columns(key_label: str, receipt: bool) -> list[Column]:
    cols = [
        Column("No", 0, "99999", "CENTER"),
        Column("NIK", 0, "8888888888888888"),
        Column("Nama", 1.45),
        Column("L/P", 0, "L/P", "CENTER"),
        Column("Tempat/Tgl Lahir", 1.3),
        Column("Alamat", 1.4),
        Column("RT/RW", 0, "888/888", "CENTER"),
        Column(key_label, 1.0),
        Column("Program", 0.8),
    ]
    if receipt:
        cols.append(Column("Tanda Tangan", 1.2))
    return cols


def column_widths(cols: list[Column], width: float) -> list[float]:
    """Fixed columns as wide as their sample; the rest shared by weight, each at least
    as wide as the longest word of its header."""
    def floor(c: Column) -> float:
        text = c.fixed_sample if not c.weight else max(c.header.split(), key=len)
        return stringWidth(text, CONDENSED_BOLD, FONT_SIZE) + 2 * PAD + 1

    widths = [0.0 if c.weight else floor(c) for c in cols]
    flexible = width - sum(widths)
    weights = sum(c.weight for c in cols)
    for i, c in enumerate(cols):
        if c.weight:
            widths[i] = flexible * c.weight / weights
    short = {i: floor(c) - widths[i] for i, c in enumerate(cols) if c.weight and floor(c) > widths[i]}
    if short:
        widest = max((i for i, c in enumerate(cols) if c.weight), key=lambda i: widths[i])
        for i, missing in short.items():
            widths[i] += missing
            widths[widest] -= missing
    return widths


_word_widths: dict[str, float] = {}


def _width(word: str) -> float:
    """Width of a word in the body font; names and streets repeat, so widths are remembered."""
    found = _word_widths.get(word)
    if found is None:
        found = stringWidth(word, CONDENSED, FONT_SIZE)
        if len(_word_widths) < 200_000:
            _word_widths[word] = found
    return found


def _break_word(word: str, width: float) -> list[str]:
    """A word wider than its column (an e-mail address, say) is cut between characters."""
    pieces, current = [], ""
    for ch in word:
        if current and stringWidth(current + ch, CONDENSED, FONT_SIZE) > width:
            pieces.append(current)
            current = ""
        current += ch
    return pieces + [current]


@lru_cache(maxsize=65_536)
def wrap(text: str, width: float) -> tuple[str, ...]:
    """Lines of `text` fitting `width`, greedy by words, at most MAX_LINES.

    Cached: programmes, categories, places and streets repeat down a roster, and
    each row is wrapped twice (measuring, then drawing)."""
    words = text.split()
    if not words:
        return ()
    space = _width(" ")
    widths = [_width(w) for w in words]
    if sum(widths) + space * (len(words) - 1) <= width:
        return (" ".join(words),)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word, w in zip(words, widths, strict=True):
        if w > width:
            if current:
                lines.append(" ".join(current))
            *full, last = _break_word(word, width)
            lines.extend(full)
            current, used = [last], _width(last)
        elif current and used + space + w > width:
            lines.append(" ".join(current))
            current, used = [word], w
        else:
            used += (space if current else 0) + w
            current.append(word)
    if current:
        lines.append(" ".join(current))
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1][:-1] + "…"
    return tuple(lines)


class RosterLayout:
    """Cells, heights and page cuts for one roster on one page setup."""

    def __init__(self, setup: PageSetup, heading: RosterHeading, receipt: bool = False) -> None:
        register_fonts()
        self.setup = setup
        self.heading = heading
        self.receipt = receipt
        self.cols = columns(heading.key_label, receipt)
        self.widths = column_widths(self.cols, setup.frame[2])
        self.text_widths = [w - 2 * PAD for w in self.widths]
        header = [simpleSplit(c.header, CONDENSED_BOLD, FONT_SIZE, w)
                  for c, w in zip(self.cols, self.text_widths, strict=True)]
        self.header_rows = [header, [[str(i + 1)] for i in range(len(self.cols))]]
        self.header_heights = [max(len(lines) for lines in header) * LEADING + 2 * PAD,
                               INDEX_SIZE + 2 * INDEX_PAD]
        self.header_styles = [
            [CellStyle(CONDENSED_BOLD, FONT_SIZE, LEADING, "CENTER", "MIDDLE")] * len(self.cols),
            [CellStyle(CONDENSED, INDEX_SIZE, INDEX_SIZE, "CENTER", "MIDDLE")] * len(self.cols),
        ]
        body = [CellStyle(CONDENSED, FONT_SIZE, LEADING, c.align) for c in self.cols]
        dot = stringWidth(".", CONDENSED, FONT_SIZE)
        self.dots = "." * max(8, int(self.text_widths[-1] * 0.62 / dot) - 4)
        self.odd_styles = body
        self.even_styles = body
        if receipt:
            # Signatures alternate left and right, as on paper receipt lists, low in the cell.
            self.odd_styles = body[:-1] + [CellStyle(CONDENSED, FONT_SIZE, LEADING, "LEFT", "BOTTOM")]
            self.even_styles = body[:-1] + [CellStyle(CONDENSED, FONT_SIZE, LEADING, "RIGHT", "BOTTOM")]

    def cells(self, number: int, row: RosterRow) -> list[list[str]]:
        born = row.tempat_lahir.strip()
        day = row.tanggal_lahir
        if day is not None:
            # domain.formatting.short_date's format, without strftime's cost on 50,000 rows
            text = f"{day.day:02d}-{day.month:02d}-{day.year}"
            born = f"{born}, {text}" if born else text
        tw = self.text_widths
        out = [[str(number)], [row.nik], wrap(row.nama, tw[2]), [row.jenis_kelamin], wrap(born, tw[4]),
               wrap(row.alamat, tw[5]), [f"{row.rt:03d}/{row.rw:03d}"], wrap(row.keterangan, tw[7]),
               wrap(row.program, tw[8])]
        if self.receipt:
            out.append([f"{number}. {self.dots}"])
        return out

    def height(self, cells: list[list[str]]) -> float:
        # only the wrapped columns (2, 4, 5, 7, 8) can hold more than one line
        height = max(1, len(cells[2]), len(cells[4]), len(cells[5]), len(cells[7]), len(cells[8])) * LEADING + 2 * PAD
        return max(height, RECEIPT_ROW) if self.receipt else height

    @property
    def header_height(self) -> float:
        return sum(self.header_heights)

    def draw(self, canvas, x: float, top: float, body: list[list[list[str]]], heights: list[float],
             first_number: int) -> float:
        """One page of the table: header row, column-index row, then the body rows."""
        styles = self.header_styles + [self.odd_styles if (first_number + i) % 2 else self.even_styles
                                       for i in range(len(body))]
        return draw_grid_table(canvas, x, top, self.widths, self.header_rows + body,
                               self.header_heights + heights, styles, PAD,
                               shading={0: HEADER_FILL, 1: LIGHT_FILL})


class RowsChangedError(RuntimeError):
    """The row stream gave other rows the second time (the caller should use one read transaction)."""


@dataclass(frozen=True)
class RosterStats:
    rows: int
    pages: int
    men: int
    women: int


class RosterDocument:
    """Draws a roster to a PDF stream; `rows` is called twice and must yield the same rows."""

    def __init__(self, info: DocumentInfo, heading: RosterHeading, setup: PageSetup,
                 receipt: bool = False) -> None:
        self.info = info
        self.layout = RosterLayout(setup, heading, receipt)
        self.setup = setup

    # --- measuring ---------------------------------------------------------------------------

    def _title_paragraphs(self) -> list[Paragraph]:
        h = self.layout.heading
        return title_block(h.title, h.subject, h.area, h.period, h.filters)

    def _closing(self, stats_line: str):
        width = self.setup.frame[2]
        total = Paragraph(stats_line, style("total", 9, font=BOLD))
        signature = signature_table(self.info.signatures, width)
        th = total.wrap(width, 1000)[1]
        sh = signature.wrap(width, 1000)[1]
        return total, th, signature, sh

    def plan(self, rows: Iterable[RosterRow]) -> tuple[list[int], RosterStats, float]:
        """Rows per page so that no row splits and the signature block fits on the last page."""
        layout = self.layout
        heights = array("f")
        men = women = 0
        for number, row in enumerate(rows, start=1):
            heights.append(layout.height(layout.cells(number, row)))
            if row.jenis_kelamin == "L":
                men += 1
            elif row.jenis_kelamin == "P":
                women += 1
        _, _, _, frame_height = self.setup.frame
        header = layout.header_height
        letterhead, continuation = header_heights(self.setup, self.info.letterhead)
        first_room = frame_height - letterhead - title_height(self._title_paragraphs(), self.setup.frame[2]) - header
        other_room = frame_height - continuation - header
        pages: list[int] = []
        room, used, count = first_room, 0.0, 0
        for h in heights:
            if count and used + h > room:
                pages.append(count)
                room, used, count = other_room, 0.0, 0
            used += h
            count += 1
        pages.append(count)
        _, th, _, sh = self._closing(self._stats_line(len(heights), men, women))
        closing = th + sh + 6 * mm
        if used + closing > room:
            # Move the last rows over with the signature: a signature alone on a page invites doubt.
            moved = min(3, count)
            pages[-1] -= moved
            if pages[-1] == 0:
                pages.pop()
            pages.append(moved)
        return pages, RosterStats(len(heights), len(pages), men, women), closing

    @staticmethod
    def _stats_line(rows: int, men: int, women: int) -> str:
        return f"Jumlah: {thousands(rows)} orang (laki-laki {thousands(men)}, perempuan {thousands(women)})"

    # --- drawing -----------------------------------------------------------------------------

    def render(self, rows: Callable[[], Iterable[RosterRow]], out: BinaryIO) -> RosterStats:
        try:
            return self._render(rows, out)
        finally:
            # The wrapped texts of one roster help only that roster: a city's list fills the
            # cache with tens of megabytes the window would otherwise keep after the preview.
            wrap.cache_clear()
            forget_measures()

    def _render(self, rows: Callable[[], Iterable[RosterRow]], out: BinaryIO) -> RosterStats:
        pages, stats, _ = self.plan(rows())
        canvas = Canvas(out, pagesize=self.setup.size, pageCompression=1, initialFontName=REGULAR)
        set_metadata(canvas, self.info)
        layout = self.layout
        x, y, width, height = self.setup.frame
        top = y + height
        continuation = f"{self.info.title} — {layout.heading.subject}"
        source = iter(enumerate(rows(), start=1))
        number = 0
        for page_index, count in enumerate(pages, start=1):
            if page_index == 1:
                cursor = top - draw_letterhead(canvas, self.setup, self.info.letterhead)
                for paragraph in self._title_paragraphs():
                    _, ph = paragraph.wrap(width, 1000)
                    paragraph.drawOn(canvas, x, cursor - ph)
                    cursor -= ph
                cursor -= TITLE_GAP
            else:
                cursor = top - draw_continuation(canvas, self.setup, continuation)
            body, heights = [], []
            for _ in range(count):
                try:
                    number, row = next(source)
                except StopIteration:
                    raise RowsChangedError("fewer rows on the second pass") from None
                cells = layout.cells(number, row)
                body.append(cells)
                heights.append(layout.height(cells))
            if body:
                cursor -= layout.draw(canvas, x, cursor, body, heights, number - len(body) + 1)
            if page_index == len(pages):
                total, total_h, signature, sig_h = self._closing(
                    self._stats_line(stats.rows, stats.men, stats.women))
                cursor -= 2 * mm
                total.drawOn(canvas, x, cursor - total_h)
                cursor -= total_h + 4 * mm
                signature.drawOn(canvas, x, cursor - sig_h)
            draw_footer(canvas, self.setup, page_index, len(pages), self.info.printed_at)
            canvas.showPage()
        if next(source, None) is not None:
            raise RowsChangedError("more rows on the second pass")
        canvas.save()
        return stats
