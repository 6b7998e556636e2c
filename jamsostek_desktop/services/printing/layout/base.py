"""What every printed document shares: paper, margins, kop surat, title, signatures, footer.

Documents receive plain objects (`Letterhead`, `Signatures`, rows) from a service and
draw them; nothing in this package queries the database. Sizes are in points
(reportlab's unit); margins follow the usual Indonesian office practice of a wide
left margin for binding (3 cm left, 2 cm elsewhere). Other documents (a cover letter,
a post history) build on the same pieces: `draw_letterhead`, `title_block`,
`signature_table`, `draw_footer`, `set_metadata`.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from jamsostek_desktop.domain.formatting import long_date
from jamsostek_desktop.services.printing.layout.fonts import (
    BOLD,
    REGULAR,
    font_for,
    markup,
    register_fonts,
)
from jamsostek_desktop.services.printing.layout.grid_table import draw_text

log = logging.getLogger(__name__)

__all__ = ["BOLD", "REGULAR", "CONDENSED", "CONDENSED_BOLD", "register_fonts"]

F4 = (215 * mm, 330 * mm)
PAPERS = {"f4": F4, "a4": A4}
GREY = colors.HexColor("#444444")
# Table colours of every document: ruled black, the header row shaded, index and group rows lighter.
GRID = colors.black
HEADER_FILL = colors.HexColor("#e4e4e4")
LIGHT_FILL = colors.HexColor("#f3f3f3")
PAPER_LABELS = {"f4": "F4 (215 × 330 mm)", "a4": "A4 (210 × 297 mm)"}
# Every document is set in Liberation Sans; these names stay for callers that used the
# condensed face of earlier versions.
CONDENSED = REGULAR
CONDENSED_BOLD = BOLD


@dataclass(frozen=True)
class PageSetup:
    """Paper and orientation; the frame is the page minus the margins."""

    paper: str = "f4"
    landscape: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"unknown paper {self.paper!r}")

    @property
    def size(self) -> tuple[float, float]:
        size = PAPERS[self.paper]
        return landscape(size) if self.landscape else size

    @property
    def margins(self) -> tuple[float, float, float, float]:
        """(left, right, top, bottom). Binding edge at left; landscape pages are bound at the top."""
        if self.landscape:
            return 20 * mm, 15 * mm, 25 * mm, 18 * mm
        return 30 * mm, 20 * mm, 20 * mm, 20 * mm

    @property
    def frame(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) of the writing area."""
        width, height = self.size
        left, right, top, bottom = self.margins
        return left, bottom, width - left - right, height - top - bottom


@dataclass(frozen=True)
class Letterhead:
    """The kop surat: office lines in capitals (the issuing unit last), address lines, emblem."""

    lines: tuple[str, ...]            # "PEMERINTAH KOTA METRO", "KECAMATAN METRO TIMUR", "KELURAHAN YOSODADI"
    address: str = ""                 # one address text, wrapped (when address_lines is empty)
    logo: bytes | None = None         # PNG/JPEG bytes from the profile
    address_lines: tuple[str, ...] = ()   # structured: street and phone; website and e-mail; ...


@dataclass(frozen=True)
class Signer:
    """A person who signs: title line ("LURAH YOSODADI"), name, rank, NIP (any may be blank).

    With no name the block keeps a blank line for the pen; `has_nip` is False for an
    office holder who has no NIP (a wali kota or bupati), so no "NIP." line is printed.
    """

    title: str
    name: str = ""
    rank: str = ""
    nip: str = ""
    has_nip: bool = True


@dataclass(frozen=True)
class Signatures:
    """The block on the last page: place and date, the signer at right, "Mengetahui," at left."""

    place: str
    date: dt.date
    signer: Signer
    witness: Signer | None = None
    witness_heading: str = "Mengetahui,"


@dataclass(frozen=True)
class DocumentInfo:
    """What every document carries besides its rows."""

    letterhead: Letterhead
    signatures: Signatures
    title: str                        # short title: continuation header and the PDF metadata
    printed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    author: str = "Jamsostek Desktop"  # the PDF's author: the issuing office when the service knows it
    office: str = ""                  # "Kelurahan Yosodadi, Kota Metro": the metadata title names it
    subject: str = ""                 # what the document covers ("Kader Posyandu Balita")


def format_nip(nip: str) -> str:
    """`197501012000031001` -> `19750101 200003 1 001`, as NIPs are written on signatures."""
    digits = "".join(ch for ch in nip if ch.isdigit())
    if len(digits) != 18:
        return nip.strip()
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def printed_label(moment: dt.datetime) -> str:
    return f"Dicetak {long_date(moment.date())} pukul {moment:%H.%M}"


# --- paragraph styles ------------------------------------------------------------------------

def style(name: str, size: float = 10, bold: bool = False, align: int = TA_LEFT,
          leading: float | None = None, font: str | None = None) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(name, fontName=font or (BOLD if bold else REGULAR), fontSize=size,
                          leading=leading or size * 1.25, alignment=align, bulletFontName=REGULAR)


def title_block(title: str, subject: str, area: str = "", period: str = "", filters: str = "",
                statement: str = "") -> list[Paragraph]:
    """The lines a document opens with under the kop: title, subject, area, then smaller lines.

    The same sizes in every document; the texts are escaped, since filters carry what the
    clerk typed into the search box. `statement` says which statuses the document holds.
    """
    big = style("title", 11.5, bold=True, align=TA_CENTER, leading=14)
    mid = style("subject", 10.5, bold=True, align=TA_CENTER)
    small = style("period", 9, align=TA_CENTER)
    out = [Paragraph(markup(title), big)]
    for line in (subject, area):
        if line:
            out.append(Paragraph(markup(line), mid))
    for line in (period, statement, filters):
        if line:
            out.append(Paragraph(markup(line), small))
    return out


def title_height(paragraphs: list[Paragraph], width: float) -> float:
    """The height of title_block() in a frame `width` wide, with the space below it."""
    return sum(p.wrap(width, 1000)[1] for p in paragraphs) + TITLE_GAP


TITLE_GAP = 4 * mm


# --- letterhead ------------------------------------------------------------------------------

LOGO_BOX = 24 * mm
OFFICE_SIZE, UNIT_SIZE, ADDRESS_SIZE = 13.0, 16.0, 9.0
ADDRESS_LEADING = 11.0


def _logo_reader(logo: bytes | None) -> ImageReader | None:
    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        reader.getSize()
        return reader
    except Exception:  # noqa: BLE001 - a broken logo must not stop the print
        log.warning("profile logo is not a readable image; printing without it")
        return None


def _fit_line(text: str, size: float, room: float) -> tuple[float, list[str]]:
    """A kop line at `size`, smaller (to 80%) when too wide, then wrapped: never cut."""
    font = font_for(text, BOLD)
    width = stringWidth(text, font, size)
    if width > room:
        size = max(size * 0.8, size * room / width)
    return size, simpleSplit(text, font, size, room) or [text]


def _kop_layout(setup: PageSetup, letterhead: Letterhead, reader) -> tuple[list[tuple[str, float, str]], float]:
    """[(text, size, font)] of the kop's lines and the height of the text block."""
    width = setup.frame[2]
    room = width - 2 * (LOGO_BOX + 3 * mm) if reader is not None else width
    lines: list[tuple[str, float, str]] = []
    for i, text in enumerate(letterhead.lines):
        size = UNIT_SIZE if i == len(letterhead.lines) - 1 else OFFICE_SIZE   # the issuing unit stands out
        size, parts = _fit_line(text, size, room)
        lines += [(part, size, font_for(part, BOLD)) for part in parts]
    address = letterhead.address_lines or ((letterhead.address,) if letterhead.address else ())
    for text in address:
        for part in simpleSplit(text, font_for(text, REGULAR), ADDRESS_SIZE, room):
            lines.append((part, ADDRESS_SIZE, font_for(part, REGULAR)))
    height = sum(size * 1.2 if size != ADDRESS_SIZE else ADDRESS_LEADING for _t, size, _f in lines)
    return lines, height


def draw_letterhead(canvas, setup: PageSetup, letterhead: Letterhead) -> float:
    """Draw the kop surat at the top of the frame; returns the height it used."""
    x, y, width, height = setup.frame
    top = y + height
    reader = _logo_reader(letterhead.logo)
    lines, text_height = _kop_layout(setup, letterhead, reader)
    block = max(LOGO_BOX, text_height) if reader is not None else text_height
    if reader is not None:
        w, h = reader.getSize()
        scale = min(LOGO_BOX / w, LOGO_BOX / h)
        canvas.drawImage(reader, x, top - (block + h * scale) / 2, w * scale, h * scale, mask="auto")
    # Text centred on the frame but kept clear of the emblem.
    centre = x + width / 2
    cursor = top - (block - text_height) / 2
    for text, size, font in lines:
        step = ADDRESS_LEADING if size == ADDRESS_SIZE else size * 1.2
        cursor -= step
        canvas.setFont(font, size)
        canvas.drawCentredString(centre, cursor + step * 0.22, text)
    rule = top - block - 2 * mm
    canvas.setLineWidth(2)
    canvas.line(x, rule, x + width, rule)
    canvas.setLineWidth(0.6)
    canvas.line(x, rule - 2.2, x + width, rule - 2.2)
    return block + 2 * mm + 2.2 + 4 * mm


def header_heights(setup: PageSetup, letterhead: Letterhead) -> tuple[float, float]:
    """(kop surat on the first page, continuation line on later pages): the room each takes.

    Measured by drawing on a throw-away canvas, so the numbers match the real drawing.
    """
    from reportlab.pdfgen.canvas import Canvas

    def scratch() -> Canvas:
        return Canvas(io.BytesIO(), pagesize=setup.size, initialFontName=REGULAR)

    return draw_letterhead(scratch(), setup, letterhead), draw_continuation(scratch(), setup, "")


def draw_continuation(canvas, setup: PageSetup, text: str) -> float:
    """A one-line header on pages after the first, so a loose sheet says what it belongs to."""
    x, y, width, height = setup.frame
    top = y + height
    canvas.setFillColor(GREY)
    font, size = _continuation_font(text, width)
    draw_text(canvas, x, top - 8, text, font, size)
    canvas.setFillColor(colors.black)
    canvas.setLineWidth(0.4)
    canvas.line(x, top - 11, x + width, top - 11)
    return 11 + 3 * mm


@lru_cache(maxsize=64)
def _continuation_font(text: str, width: float) -> tuple[str, float]:
    """The font and size the continuation line fits in (the same on every page of a document)."""
    font, size = font_for(text, REGULAR), 7.5
    while text and size > 5 and stringWidth(text, font, size) > width:
        size -= 0.5
    return font, size


FOOTER_DROP = 9 * mm      # the footer's baseline below the frame


def draw_footer(canvas, setup: PageSetup, page: int, pages: int, printed_at: dt.datetime) -> None:
    """"Halaman X dari Y" at right and the print time at left, below the frame."""
    x, y, width, _ = setup.frame
    baseline = y - FOOTER_DROP
    canvas.setFillColor(GREY)
    draw_text(canvas, x, baseline, printed_label(printed_at), REGULAR, 7.5)
    draw_text(canvas, x + width, baseline, f"Halaman {page} dari {pages}", REGULAR, 7.5, "RIGHT")
    canvas.setFillColor(colors.black)


# --- signature block -------------------------------------------------------------------------

SIGNATURE_SPACE = 22 * mm   # room for the signature and the stamp
PEN_LINE = 55 * mm          # the blank line left for a name written by hand


class PenLine(Flowable):
    """A blank line for a name written by hand and/or "NIP." to complete by hand.

    `line`: draw the line for the name; `nip`: "NIP." below it, at the line's left end.
    """

    def __init__(self, width: float, line: bool = True, nip: bool = True, size: float = 10) -> None:
        super().__init__()
        self.line_width = min(PEN_LINE, width - 4)
        self.line, self.nip, self.size = line, nip, size
        self.width = width
        self.height = size * 1.25 * (int(line) + int(nip))

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left = (self.width - self.line_width) / 2
        step = self.size * 1.25
        y = self.height - step + 2
        if self.line:
            canvas.setLineWidth(0.6)
            canvas.line(left, y, left + self.line_width, y)
            y -= step
        if self.nip:
            canvas.setFont(REGULAR, self.size)
            canvas.drawString(left, y + 1, "NIP.")


def _signer_cell(heading: str, signer: Signer, width: float) -> list:
    plain = style("sig", 10, align=TA_CENTER)
    name_style = style("sig-name", 10, bold=True, align=TA_CENTER)
    title = signer.title.strip().rstrip(",")
    cell = [Paragraph(markup(heading) or "&nbsp;", plain),
            Paragraph(markup(title) + ",", plain),
            Spacer(width, SIGNATURE_SPACE)]
    name, nip = signer.name.strip(), signer.nip.strip()
    if not name:
        # Unknown: a line for the pen, and "NIP." to complete by hand.
        cell.append(PenLine(width, line=True, nip=signer.has_nip))
        return cell
    cell.append(Paragraph(f"<u>{markup(name)}</u>", name_style))
    if signer.rank.strip():
        cell.append(Paragraph(markup(signer.rank.strip()), plain))
    if nip:
        cell.append(Paragraph("NIP. " + markup(format_nip(nip)), plain))
    elif signer.has_nip:
        cell.append(PenLine(width, line=False, nip=True))
    return cell


def signature_table(signatures: Signatures, width: float) -> Table:
    """Two columns: "Mengetahui," at left (when there is a witness), the signer at right."""
    half = width / 2
    date_line = f"{signatures.place}, {long_date(signatures.date)}"
    right = _signer_cell(date_line, signatures.signer, half - 4)
    left = _signer_cell(signatures.witness_heading, signatures.witness, half - 4) if signatures.witness else ""
    table = Table([[left, right]], colWidths=[half, half])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def set_metadata(canvas, info: DocumentInfo) -> None:
    """Title naming the document, the office and the date; the office as author."""
    parts = [info.title] + ([info.subject] if info.subject else []) + ([info.office] if info.office else [])
    canvas.setTitle(" — ".join(parts) + f", {long_date(info.signatures.date)}")
    canvas.setAuthor(info.author)
    canvas.setCreator("Jamsostek Desktop")
    canvas.setSubject(" ".join(info.letterhead.lines).title())
