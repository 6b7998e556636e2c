"""What every printed document shares: paper, margins, fonts, kop surat, signatures, footer.

Documents receive plain objects (`Letterhead`, `Signatures`, rows) from a service and
draw them; nothing in this package queries the database. Sizes are in points
(reportlab's unit); margins follow the usual Indonesian office practice of a wide
left margin for binding (3 cm left, 2 cm elsewhere).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from jamsostek_desktop import paths
from jamsostek_desktop.domain.formatting import long_date
from jamsostek_desktop.services.printing.layout.grid_table import draw_text

log = logging.getLogger(__name__)

F4 = (215 * mm, 330 * mm)
PAPERS = {"f4": F4, "a4": A4}
GREY = colors.HexColor("#444444")
# Table colours of every document: ruled black, the header row shaded, index and group rows lighter.
GRID = colors.black
HEADER_FILL = colors.HexColor("#e4e4e4")
LIGHT_FILL = colors.HexColor("#f3f3f3")
PAPER_LABELS = {"f4": "F4 (215 × 330 mm)", "a4": "A4 (210 × 297 mm)"}

# Registered font names; DejaVu covers every Latin letter a name may carry.
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
_FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the bundled TrueType fonts once per process; they are embedded in each PDF.

    Also turns off ASCII85 stream encoding: the page streams stay zlib-compressed,
    files are a fifth smaller and a 50,000-row roster saves faster.
    """
    rl_config.useA85 = 0
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(CONDENSED, normal=CONDENSED, bold=CONDENSED_BOLD,
                                  italic=CONDENSED, boldItalic=CONDENSED_BOLD)


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
    """The kop surat: office lines in capitals, the address line, and the emblem."""

    lines: tuple[str, ...]            # "PEMERINTAH KOTA METRO", "KECAMATAN METRO TIMUR", "KELURAHAN YOSODADI"
    address: str = ""                 # street, phone, e-mail, postcode on one line
    logo: bytes | None = None         # PNG/JPEG bytes from the profile


@dataclass(frozen=True)
class Signer:
    """A person who signs: title line ("LURAH YOSODADI"), name, rank, NIP (any may be blank)."""

    title: str
    name: str = ""
    rank: str = ""
    nip: str = ""


@dataclass(frozen=True)
class Signatures:
    """The block on the last page: place and date, the signer at right, "Mengetahui," at left."""

    place: str
    date: dt.date
    signer: Signer
    witness: Signer | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """What every document carries besides its rows."""

    letterhead: Letterhead
    signatures: Signatures
    title: str                        # short title for the PDF metadata and continuation header
    printed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    author: str = "Jamsostek Desktop"


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


def title_block(title: str, subject: str, area: str = "", period: str = "", filters: str = "") -> list[Paragraph]:
    """The lines a document opens with under the kop: title, subject, area, period, filters.

    The same sizes in every document; the texts are escaped, since filters carry what the
    clerk typed into the search box.
    """
    big = style("title", 11.5, bold=True, align=TA_CENTER)
    mid = style("subject", 10.5, bold=True, align=TA_CENTER)
    small = style("period", 9, align=TA_CENTER)
    out = [Paragraph(escape(title), big), Paragraph(escape(subject), mid)]
    if area:
        out.append(Paragraph(escape(area), mid))
    if period:
        out.append(Paragraph(escape(period), small))
    if filters:
        out.append(Paragraph(escape(filters), small))
    return out


def title_height(paragraphs: list[Paragraph], width: float) -> float:
    """The height of title_block() in a frame `width` wide, with the space below it."""
    return sum(p.wrap(width, 1000)[1] for p in paragraphs) + TITLE_GAP


TITLE_GAP = 4 * mm


# --- letterhead ------------------------------------------------------------------------------

LOGO_BOX = 24 * mm


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


def draw_letterhead(canvas, setup: PageSetup, letterhead: Letterhead) -> float:
    """Draw the kop surat at the top of the frame; returns the height it used."""
    x, y, width, height = setup.frame
    top = y + height
    sizes = [13] * len(letterhead.lines)
    if sizes:
        sizes[-1] = 15                 # the issuing office stands out
    reader = _logo_reader(letterhead.logo)
    room = width - 2 * (LOGO_BOX + 2 * mm) if reader is not None else width
    address_lines = simpleSplit(letterhead.address, REGULAR, 8.5, room)[:2] if letterhead.address else []
    text_height = sum(s * 1.2 for s in sizes) + 11 * len(address_lines)
    block = max(LOGO_BOX, text_height) if reader is not None else text_height
    if reader is not None:
        w, h = reader.getSize()
        scale = min(LOGO_BOX / w, LOGO_BOX / h)
        canvas.drawImage(reader, x, top - (block + h * scale) / 2, w * scale, h * scale, mask="auto")
    # Text centred on the frame but kept clear of the emblem.
    centre = x + width / 2
    cursor = top - (block - text_height) / 2
    for line, size in zip(letterhead.lines, sizes, strict=True):
        cursor -= size * 1.2
        canvas.setFont(BOLD, size)
        canvas.drawCentredString(centre, cursor + size * 0.25, line)
    canvas.setFont(REGULAR, 8.5)
    for line in address_lines:
        cursor -= 11
        canvas.drawCentredString(centre, cursor + 3, line)
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
    draw_text(canvas, x, top - 8, text, REGULAR, 7.5)
    canvas.setFillColor(colors.black)
    canvas.setLineWidth(0.4)
    canvas.line(x, top - 11, x + width, top - 11)
    return 11 + 3 * mm


def draw_footer(canvas, setup: PageSetup, page: int, pages: int, printed_at: dt.datetime) -> None:
    """"Halaman X dari Y" at right and the print time at left, below the frame."""
    x, y, width, _ = setup.frame
    baseline = y - 9 * mm
    canvas.setFillColor(GREY)
    draw_text(canvas, x, baseline, printed_label(printed_at), REGULAR, 7.5)
    draw_text(canvas, x + width, baseline, f"Halaman {page} dari {pages}", REGULAR, 7.5, "RIGHT")
    canvas.setFillColor(colors.black)


# --- signature block -------------------------------------------------------------------------

SIGNATURE_SPACE = 22 * mm   # room for the signature and the stamp


def _signer_cell(heading: str, signer: Signer, width: float) -> list:
    plain = style("sig", 10, align=TA_CENTER)
    name_style = style("sig-name", 10, bold=True, align=TA_CENTER)
    name = escape(signer.name.strip()) if signer.name.strip() else "." * 40
    cell = [Paragraph(escape(heading) or "&nbsp;", plain),
            Paragraph(escape(signer.title.strip().rstrip(",")) + ",", plain),
            Spacer(width, SIGNATURE_SPACE),
            Paragraph(f"<u>{name}</u>", name_style)]
    if signer.rank.strip():
        cell.append(Paragraph(escape(signer.rank.strip()), plain))
    if signer.nip.strip():
        cell.append(Paragraph("NIP. " + escape(format_nip(signer.nip)), plain))
    return cell


def signature_table(signatures: Signatures, width: float) -> Table:
    """Two columns: "Mengetahui," at left (when there is a witness), the signer at right."""
    half = width / 2
    date_line = f"{signatures.place}, {long_date(signatures.date)}"
    right = _signer_cell(date_line, signatures.signer, half)
    left = _signer_cell("Mengetahui,", signatures.witness, half) if signatures.witness else ""
    table = Table([[left, right]], colWidths=[half, half])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def set_metadata(canvas, info: DocumentInfo) -> None:
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setCreator("Jamsostek Desktop")
    canvas.setSubject(" ".join(info.letterhead.lines).title())
