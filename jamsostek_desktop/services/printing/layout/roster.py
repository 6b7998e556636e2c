"""The daftar nominatif (participant roster) and the tanda terima kartu (card receipt list).

Built for long lists: the rows arrive as a callable giving a fresh stream from the
service and are read twice. The first pass learns what the columns hold (each text
column's widths, its longest word) and remembers each row's texts by number, so once
the widths are chosen every row's height is known and the pages are cut
(layout/paging.py: no row split, no heading at a page foot, signatures inside the
last page). The second pass draws each page as one small table. Only one page of
rows is held at a time, "Halaman X dari Y" is known before page 1 is drawn, and the
first pages can be written to a separate preview file while the rest is drawn.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jamsostek_desktop.domain.bpjs_cells import mask_kpj
from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.services.printing.layout import paging
from jamsostek_desktop.services.printing.layout.base import (
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
    title_height,
)
from jamsostek_desktop.services.printing.layout.columns import (
    FONT_SIZE,
    LEADING,
    PAD,
    Column,
    ColumnStats,
    Squeezed,
    allocate,
    line_count,
    measure,
    wrap,
)
from jamsostek_desktop.services.printing.layout.fonts import (
    BOLD,
    REGULAR,
    font_for,
    markup,
    register_fonts,
)
from jamsostek_desktop.services.printing.layout.grid_table import CellStyle, draw_grid_table
from jamsostek_desktop.services.printing.layout.page_streams import deflate_last_page


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
    keterangan: str          # the category's key field as printed ("Posyandu Melati 3")
    jht: bool = False        # also in the JHT programme
    group: str = ""          # the heading the row is listed under; "" = no headings
    section: str = ""        # an outer heading above the groups (a kelurahan in a city roster)
    status: str = ""         # the status label, when the document shows a status column
    kpj: str = ""            # the BPJS card number (receipt lists)


@dataclass(frozen=True)
class RosterHeading:
    """The title block and what the table shows."""

    title: str               # "DAFTAR NAMA PESERTA BPJS KETENAGAKERJAAN YANG IURANNYA DIBAYAR APBD ..."
    subject: str = ""        # "KADER POSYANDU BALITA"; "" for a roster of every category
    area: str = ""           # "RW 002 RT 003", or a kelurahan in a city document
    period: str = ""         # "Keadaan per 23 November 2026"
    filters: str = ""        # a search or the archive, as typed
    key_label: str = "Keterangan"   # the category key field's column; "" = no such column
    statement: str = ""      # which statuses the document holds
    status_column: bool = False
    note: str = ""           # a line under the table, above the total


FONT, HEAD_FONT = REGULAR, BOLD
INDEX_SIZE = 7               # the column-index row (1, 2, 3 ...)
INDEX_PAD = 1.5
RECEIPT_ROW = 11 * mm        # room for a signature
SIGNATURE_MIN = 36 * mm      # the receipt's signature column: a real signature fits
HEADING_SIZE = 8.5
HEADING_HEIGHT = HEADING_SIZE * 1.2 + 2 * PAD
SECTION_FILL = HEADER_FILL   # a section (kelurahan) heading: shaded like the column header
BORN_SAMPLE = dt.date(2000, 10, 10)   # measures as wide as any date: the digits share one width


def mask_nik(nik: str) -> str:
    """`1872025005800003` -> `187202******0003`: the birth date hidden from the other signers."""
    return f"{nik[:6]}{'*' * 6}{nik[12:]}" if len(nik) == 16 else nik


def roster_columns(heading: RosterHeading, receipt: bool, rows_hint: int = 99_999) -> list[Column]:
    number = "9" * max(2, len(str(rows_hint)))
    key = [Column("key", heading.key_label, text=True)] if heading.key_label else []
    status = [Column("status", "Status", sample="Terverifikasi")] if heading.status_column else []
    if receipt:
        return [Column("no", "No", "CENTER", number), Column("nama", "Nama", text=True),
                Column("nik", "NIK", sample="187202******0003"), Column("kpj", "Nomor KPJ", sample="88888888888"),
                Column("rtrw", "RT/RW", "CENTER", "888/888"), *key, *status,
                Column("received", "Tanggal Terima", sample="88-88-8888 88"),
                Column("sign", "Tanda Tangan", minimum=SIGNATURE_MIN, takes_rest=True)]
    return [Column("no", "No", "CENTER", number), Column("nik", "NIK", sample="8888888888888888"),
            Column("nama", "Nama", text=True), Column("sex", "L/P", "CENTER", "L"),
            Column("ttl", "Tempat, Tanggal Lahir", text=True), Column("alamat", "Alamat", text=True), Column("rtrw", "RT/RW", "CENTER", "888/888"),
            *key, Column("jht", "JHT", "CENTER", "Ya"), *status]


_TEXT_OF = {"nama": "nama", "ttl": "tempat_lahir", "alamat": "alamat", "key": "keterangan"}


def born_text(place: str, day: dt.date | None) -> str:
    """"Metro, 05-03-1980": the place, then the date as one unbreakable word."""
    place = place.strip()
    if day is None:
        return place
    date = f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{place}, {date}" if place else date


_SAMPLE_DATE = "10-10-2000"


def born_lines(place: str, day: dt.date | None, width: float) -> tuple[str, ...]:
    """The birth cell's lines: wrapped once per place (with a sample date), the real date put in.

    Every date is as wide as the sample, so the lines break where the real text would.
    """
    if day is None:
        return wrap(place.strip(), width)
    lines = wrap(born_text(place, BORN_SAMPLE), width)
    last = lines[-1]
    if type(lines) is not tuple or not last.endswith(_SAMPLE_DATE):
        return wrap(born_text(place, day), width)       # narrowed or cut short: wrap the real text
    return (*lines[:-1], f"{last[:-10]}{day.day:02d}-{day.month:02d}-{day.year}")


def _measured_text(key: str, value: str) -> str:
    """What a text column's value is measured as: a birth place with a date after it
    (every date is as wide as any other: the digits share one width)."""
    return born_text(value, BORN_SAMPLE) if key == "ttl" else value


class RowsChangedError(RuntimeError):
    """The row stream gave other rows the second time (the caller should use one read transaction)."""


@dataclass(frozen=True)
class RosterStats:
    rows: int
    pages: int
    men: int
    women: int


@dataclass
class Plan:
    """What the first pass learnt: widths, every item's height, the pages."""

    widths: list[float]
    heights: array                # per item (rows and group headings)
    headings: bytearray           # per item: 1 for a group heading
    pages: list[paging.Page]
    stats: RosterStats


@dataclass(frozen=True)
class HeadOutput:
    """The first `pages` pages written to `stream` as their own PDF, then `ready()` is called."""

    stream: BinaryIO
    pages: int
    ready: Callable[[], None]


Progress = Callable[[int, int], None]


class RosterDocument:
    """Draws a roster to a PDF stream; `rows` is called twice and must yield the same rows."""

    def __init__(self, info: DocumentInfo, heading: RosterHeading, setup: PageSetup,
                 receipt: bool = False, rows_hint: int = 99_999) -> None:
        register_fonts()
        self.info = info
        self.heading = heading
        self.setup = setup
        self.receipt = receipt
        self.cols = roster_columns(heading, receipt, rows_hint)
        self.text_cols = [i for i, c in enumerate(self.cols) if c.text]
        self._getter = attrgetter(*[_TEXT_OF[self.cols[i].key] for i in self.text_cols])
        self.widths: list[float] = []

    # --- the table's pieces ----------------------------------------------------------------

    def _set_widths(self, widths: list[float]) -> None:
        self.widths = widths
        self.text_widths = [w - 2 * PAD for w in widths]
        header = [simpleSplit(c.header, HEAD_FONT, FONT_SIZE, w) or [c.header]
                  for c, w in zip(self.cols, self.text_widths, strict=True)]
        self.header_rows = [header, [[str(i + 1)] for i in range(len(self.cols))]]
        self.header_heights = [max(len(lines) for lines in header) * LEADING + 2 * PAD,
                               INDEX_SIZE + 2 * INDEX_PAD]
        self.header_styles = [
            [CellStyle(HEAD_FONT, FONT_SIZE, LEADING, "CENTER", "MIDDLE")] * len(self.cols),
            [CellStyle(FONT, INDEX_SIZE, INDEX_SIZE, "CENTER", "MIDDLE")] * len(self.cols),
        ]
        body = [CellStyle(FONT, FONT_SIZE, LEADING, c.align) for c in self.cols]
        self.odd_styles = self.even_styles = body
        if self.receipt:
            # Signatures alternate left and right, as on paper receipt lists, low in the cell.
            dot = stringWidth(".", FONT, FONT_SIZE)
            self.dots = "." * max(8, int(self.text_widths[-1] * 0.55 / dot) - 4)
            self.odd_styles = body[:-1] + [CellStyle(FONT, FONT_SIZE, LEADING, "LEFT", "BOTTOM")]
            self.even_styles = body[:-1] + [CellStyle(FONT, FONT_SIZE, LEADING, "RIGHT", "BOTTOM")]
        self.heading_style = [CellStyle(HEAD_FONT, HEADING_SIZE, HEADING_SIZE * 1.2, "LEFT", "MIDDLE")]
        self._makers = self._cell_makers()

    def _cell_makers(self) -> list[Callable[[int, RosterRow], tuple]]:
        """One function per column giving a cell's lines: chosen once, called for every row."""
        tw = self.text_widths
        makers: list[Callable[[int, RosterRow], tuple]] = []
        for i, column in enumerate(self.cols):
            key, width = column.key, tw[i]
            if key == "no":
                makers.append(lambda n, r: (str(n),))
            elif key == "nik":
                makers.append((lambda n, r: (mask_nik(r.nik),)) if self.receipt else (lambda n, r: (r.nik,)))
            elif key == "nama":
                makers.append(lambda n, r, w=width: wrap(r.nama, w))
            elif key == "ttl":
                makers.append(lambda n, r, w=width: born_lines(r.tempat_lahir, r.tanggal_lahir, w))
            elif key == "alamat":
                makers.append(lambda n, r, w=width: wrap(r.alamat, w))
            elif key == "key":
                makers.append(lambda n, r, w=width: wrap(r.keterangan, w))
            elif key == "sex":
                makers.append(lambda n, r: (r.jenis_kelamin,))
            elif key == "rtrw":
                makers.append(lambda n, r: (f"{r.rt:03d}/{r.rw:03d}",))
            elif key == "jht":
                makers.append(lambda n, r: ("Ya",) if r.jht else ("-",))
            elif key == "status":
                makers.append(lambda n, r: (r.status,))
            elif key == "kpj":
                makers.append(lambda n, r: (mask_kpj(r.kpj),))
            elif key == "sign":
                makers.append(lambda n, r: (f"{n}. {self.dots}",))
            else:
                makers.append(lambda n, r: ())
        return makers

    def cells(self, number: int, row: RosterRow) -> list:
        return [make(number, row) for make in self._makers]

    @property
    def header_height(self) -> float:
        return sum(self.header_heights)

    def _items(self, rows: Iterable[RosterRow]) -> Iterator[tuple[int, RosterRow | str]]:
        """(0, row) for each row, (2, text) where a new section starts, (1, text) for a new group."""
        section = group = None
        for row in rows:
            if row.section and row.section != section:
                section, group = row.section, None
                yield 2, section
            if row.group and row.group != group:
                group = row.group
                yield 1, group
            yield 0, row

    # --- first pass: measure and plan --------------------------------------------------------

    def _title_paragraphs(self) -> list[Paragraph]:
        h = self.heading
        return title_block(h.title, h.subject, h.area, h.period, h.filters, h.statement)

    def _closing(self, stats: RosterStats) -> tuple[list[tuple[Paragraph, float]], object, float]:
        """The total line (and note) and the signature table, with the height they take."""
        width = self.setup.frame[2]
        lines = [Paragraph(markup(self._stats_line(stats)), style("total", 9, font=BOLD))]
        if self.heading.note:
            lines.append(Paragraph(markup(self.heading.note), style("note", 8)))
        measured = [(p, p.wrap(width, 1000)[1]) for p in lines]
        signature = signature_table(self.info.signatures, width)
        sh = signature.wrap(width, 1000)[1]
        return measured, signature, 2 * mm + sum(h for _, h in measured) + 5 * mm + sh

    @staticmethod
    def _stats_line(stats: RosterStats) -> str:
        return (f"Jumlah: {thousands(stats.rows)} orang (laki-laki {thousands(stats.men)}, "
                f"perempuan {thousands(stats.women)})")

    def plan(self, rows: Iterable[RosterRow], progress: Progress | None = None, total: int = 0) -> Plan:
        texts: list[dict[str, int]] = [{} for _ in self.text_cols]
        ids = [array("I") for _ in self.text_cols]
        headings = bytearray()
        heading_texts: list[str] = []
        getter, single = self._getter, len(self.text_cols) == 1
        men = women = count = 0
        for kind, item in self._items(rows):
            headings.append(kind)
            if kind:
                heading_texts.append(item)
                continue
            values = (getter(item),) if single else getter(item)
            for known, column, value in zip(texts, ids, values, strict=True):
                column.append(known.setdefault(value, len(known)))
            sex = item.jenis_kelamin
            if sex == "L":
                men += 1
            elif sex == "P":
                women += 1
            count += 1
            if progress is not None and count % 2000 == 0:
                progress(count, 2 * max(total, count))
        stats_by_key, measures = {}, []
        for j, i in enumerate(self.text_cols):
            key = self.cols[i].key
            counts = Counter(ids[j])
            measured = [measure(_measured_text(key, t)) for t in texts[j]]
            measures.append(measured)
            stats_by_key[key] = ColumnStats.of([(m, counts[n]) for n, m in enumerate(measured)])
        self._set_widths(allocate(self.cols, self.setup.frame[2], stats_by_key))
        lines = [array("H", (line_count(_measured_text(self.cols[i].key, t), self.text_widths[i], m)
                             for t, m in zip(texts[j], measures[j], strict=True)))
                 for j, i in enumerate(self.text_cols)]
        heights = self._heights(headings, ids, lines)
        stats = RosterStats(count, 0, men, women)
        _, _, closing = self._closing(stats)
        pages = paging.cut_pages(heights, headings, self._rooms(closing, bool(heading_texts)))
        return Plan(self.widths, heights, headings, pages, RosterStats(count, len(pages), men, women))

    def _heights(self, headings: bytearray, ids: list[array], lines: list[array]) -> array:
        heights = array("d")
        floor = RECEIPT_ROW if self.receipt else 0.0
        one = LEADING + 2 * PAD
        per_row = zip(*[[col_lines[n] for n in col_ids] for col_lines, col_ids in zip(lines, ids, strict=True)],
                      strict=True) if ids else iter(())
        for kind in headings:
            if kind:
                heights.append(HEADING_HEIGHT)
                continue
            most = max(next(per_row)) if ids else 1
            heights.append(max(floor, one if most <= 1 else most * LEADING + 2 * PAD))
        return heights

    def _rooms(self, closing: float, grouped: bool) -> paging.Rooms:
        _, _, width, frame_height = self.setup.frame
        letterhead, continuation = header_heights(self.setup, self.info.letterhead)
        first = frame_height - letterhead - title_height(self._title_paragraphs(), width) - self.header_height
        other = frame_height - continuation - self.header_height
        return paging.Rooms(first, other, closing, HEADING_HEIGHT if grouped else 0.0)

    # --- second pass: draw -------------------------------------------------------------------

    def render(self, rows: Callable[[], Iterable[RosterRow]], out: BinaryIO, progress: Progress | None = None,
               total: int = 0, head: HeadOutput | None = None,
               measure_rows: Callable[[], Iterable[RosterRow]] | None = None) -> RosterStats:
        """Measure (from `measure_rows` when given: the same rows, only names, places, addresses,
        key fields, sexes and groups filled), then draw from `rows`."""
        plan = self.plan((measure_rows or rows)(), progress, total)
        canvases = [self._canvas(out)]
        if head is not None:
            canvases.append(self._canvas(head.stream))
        source = self._items(rows())
        number, section, group = 0, "", ""
        pages = plan.pages
        for page_index, page in enumerate(pages, start=1):
            body, heights, spans = [], [], {}
            if page.continued:
                spans[len(body)] = 1
                body.append([self._heading_cell(self._continued(section, group))])
                heights.append(HEADING_HEIGHT)
            for index in range(page.start, page.stop):
                kind, item = next(source, (None, None))
                if kind is None or kind != plan.headings[index]:
                    raise RowsChangedError("other rows on the second pass")
                if kind:
                    if kind == 2:
                        section, group = item, ""
                    else:
                        group = item
                    spans[len(body)] = kind
                    body.append([self._heading_cell(item)])
                else:
                    number += 1
                    body.append(self.cells(number, item))
                heights.append(plan.heights[index])
            first_number = number - sum(1 for r in range(len(body)) if r not in spans) + 1
            for canvas in canvases:
                self._draw_page(canvas, page_index, len(pages), page, body, heights, spans, first_number,
                                plan.stats)
            if len(canvases) > 1 and (page_index == head.pages or page_index == len(pages)):
                canvases.pop().save()
                head.ready()
            if progress is not None:
                progress(total + number, 2 * max(total, plan.stats.rows))
        if next(source, None) is not None:
            raise RowsChangedError("more rows on the second pass")
        canvases[0].save()
        return plan.stats

    def _canvas(self, out: BinaryIO) -> Canvas:
        canvas = Canvas(out, pagesize=self.setup.size, pageCompression=1, initialFontName=REGULAR)
        set_metadata(canvas, self.info)
        return canvas

    def _draw_page(self, canvas: Canvas, page_index: int, pages: int, page: paging.Page, body: list,
                   heights: list[float], spans: dict[int, int], first_number: int, stats: RosterStats) -> None:
        x, y, width, height = self.setup.frame
        top = y + height
        if page_index == 1:
            cursor = top - draw_letterhead(canvas, self.setup, self.info.letterhead)
            for paragraph in self._title_paragraphs():
                _, ph = paragraph.wrap(width, 1000)
                paragraph.drawOn(canvas, x, cursor - ph)
                cursor -= ph
            cursor -= TITLE_GAP
        else:
            cursor = top - draw_continuation(canvas, self.setup, self._continuation_text())
        if body or page_index == 1:
            styles = list(self.header_styles)
            shading = {0: HEADER_FILL, 1: LIGHT_FILL}
            number = first_number
            for r in range(len(body)):
                if r in spans:
                    styles.append(self.heading_style)
                    shading[r + 2] = SECTION_FILL if spans[r] == 2 else LIGHT_FILL
                else:
                    styles.append(self.odd_styles if number % 2 else self.even_styles)
                    number += 1
            cursor -= draw_grid_table(canvas, x, cursor, self.widths, self.header_rows + body,
                                      self.header_heights + heights, styles, PAD, shading=shading,
                                      spans={r + 2 for r in spans})
        if page.closing:
            lines, signature, _ = self._closing(stats)
            cursor -= 2 * mm
            for paragraph, ph in lines:
                paragraph.drawOn(canvas, x, cursor - ph)
                cursor -= ph
            cursor -= 5 * mm
            _, sh = signature.wrap(width, 1000)
            signature.drawOn(canvas, x, cursor - sh)
        draw_footer(canvas, self.setup, page_index, pages, self.info.printed_at)
        canvas.showPage()
        deflate_last_page(canvas)

    def _heading_cell(self, text: str) -> tuple[str, ...]:
        """A heading row's one line, narrowed when longer than the table is wide."""
        room = sum(self.widths) - 2 * PAD
        width = stringWidth(text, font_for(text, HEAD_FONT), HEADING_SIZE)
        if width <= room:
            return (text,)
        squeezed = Squeezed((text,))
        squeezed.scales = (100.0 * room / width,)
        return squeezed

    @staticmethod
    def _continued(section: str, group: str) -> str:
        """The heading repeated at the top of a page that opens inside a group."""
        return " — ".join(p for p in (section, group) if p) + " (lanjutan)"

    def _continuation_text(self) -> str:
        parts = [self.info.title] + ([self.heading.subject.title()] if self.heading.subject else [])
        if self.info.office:
            parts.append(self.info.office)
        return " — ".join(parts)
