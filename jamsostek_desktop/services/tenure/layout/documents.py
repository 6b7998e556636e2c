"""The tenure documents on paper: a post's history and the heirs' surat pengantar.

Both are short, so they are laid out with platypus on the printing layout base
(services/printing/layout/base.py: paper, Liberation Sans, the structured kop surat, the
signature block with its pen line, footer and metadata) and built twice, the first build
counting the pages for "Halaman X dari Y". Texts go through `markup`, so a letter Liberation
Sans lacks (the checklist's boxes) is set in DejaVu Sans. They receive plain objects;
nothing here reads the database.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.services.printing.layout.base import (
    GRID,
    HEADER_FILL,
    LIGHT_FILL,
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
from jamsostek_desktop.services.printing.layout.fonts import (
    BOLD,
    REGULAR,
    font_for,
    markup,
    register_fonts,
)

HISTORY_TITLE = "RIWAYAT PEMEGANG JABATAN"
LETTER_TITLE = "SURAT PENGANTAR"
BOX_DONE, BOX_OPEN = "☑", "☐"      # a document handed in, one still missing


class ShortDocument:
    """A document of a few pages: kop on the first page, a continuation line after, footer on all."""

    def __init__(self, info: DocumentInfo, setup: PageSetup, subject: str) -> None:
        register_fonts()
        self.info, self.setup, self.subject = info, setup, subject
        self.width = setup.frame[2]

    def story(self) -> list:
        raise NotImplementedError

    def _build(self, out: BinaryIO, total_pages: int) -> int:
        setup, info = self.setup, self.info
        x, y, width, height = setup.frame
        kop, cont = header_heights(setup, info.letterhead)
        continuation = " — ".join(p for p in (info.title, self.subject, info.office) if p)

        def first(canvas, doc) -> None:
            set_metadata(canvas, info)
            draw_letterhead(canvas, setup, info.letterhead)
            draw_footer(canvas, setup, doc.page, total_pages or doc.page, info.printed_at)

        def later(canvas, doc) -> None:
            draw_continuation(canvas, setup, continuation)
            draw_footer(canvas, setup, doc.page, total_pages or doc.page, info.printed_at)

        doc = BaseDocTemplate(out, pagesize=setup.size, leftMargin=x, bottomMargin=y, title=info.title,
                              author=info.author, initialFontName=REGULAR)
        padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        doc.addPageTemplates([
            PageTemplate("first", [Frame(x, y, width, height - kop, id="first", **padding)], onPage=first),
            PageTemplate("later", [Frame(x, y, width, height - cont, id="later", **padding)], onPage=later),
        ])
        doc.build([NextPageTemplate("later"), *self.story()])
        return doc.page

    def render(self, out: BinaryIO) -> int:
        """Write the PDF; returns the number of pages."""
        pages = self._build(io.BytesIO(), 0)
        self._build(out, pages)
        return pages


# --- a post's history ---------------------------------------------------------------------------

@dataclass(frozen=True)
class HistoryRow:
    nama: str
    nik: str
    number: int
    sk: str                     # "SK Lurah 012/KPTS/2023, 20-02-2023"
    start: dt.date | None
    end: dt.date | None
    remark: str                 # "Berhenti 12-10-2026: Pindah domisili; diganti Sutrisno"


@dataclass(frozen=True)
class HistoryHeading:
    post: str                   # "KETUA RT, RT 003/RW 002"
    category: str
    area: str
    period: str
    vacant: str = ""            # "Jabatan kosong sejak 2 November 2026", when it waits


class HistoryDocument(ShortDocument):
    def __init__(self, info: DocumentInfo, setup: PageSetup, heading: HistoryHeading, rows: list[HistoryRow]) -> None:
        super().__init__(info, setup, heading.post)
        self.heading, self.rows = heading, rows
        self.cell = style("cell", 8.5, leading=10)

    def story(self) -> list:
        h = self.heading
        story = [*title_block(HISTORY_TITLE, h.post, h.area, h.period, f"Kategori: {h.category}"),
                 Spacer(1, 4 * mm)]
        head = style("head", 8.5, bold=True, leading=10)
        head.alignment = 1
        data = [[Paragraph(text, head) for text in ("No", "Nama / NIK", "Masa", "Dasar (SK)", "TMT Mulai",
                                                     "TMT Berakhir", "Keterangan")],
                [str(i) for i in range(1, 8)]]
        for n, row in enumerate(self.rows, start=1):
            data.append([str(n), Paragraph(f"{markup(row.nama)}<br/>{markup(row.nik)}", self.cell),
                         f"ke-{row.number}", Paragraph(markup(row.sk) or "–", self.cell),
                         short_date(row.start) or "–", short_date(row.end) or "–",
                         Paragraph(markup(row.remark), self.cell)])
        if not self.rows:
            data.append(["", "Belum ada pemegang jabatan yang tercatat.", "", "", "", "", ""])
        w = self.width
        widths = [8 * mm, 0.20 * w, 12 * mm, 0.24 * w, 19.5 * mm, 19.5 * mm, 0]      # a date needs 19 mm
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
            ("ALIGN", (2, 2), (2, -1), "CENTER"),
            ("ALIGN", (4, 2), (5, -1), "CENTER"),
        ]))
        story.append(table)
        if h.vacant:
            story += [Spacer(1, 2 * mm), Paragraph(markup(h.vacant), style("vacant", 9, bold=True))]
        story += [Spacer(1, 10 * mm), KeepTogether([signature_table(self.info.signatures, self.width)])]
        return story


# --- the heirs' surat pengantar -------------------------------------------------------------------

@dataclass(frozen=True)
class LetterContent:
    number: str                         # "474/ .... /KEL-YSD/2026", or dots for the clerk to fill
    issuer: str                         # "Lurah Yosodadi, Kecamatan Metro Timur, Kota Metro"
    person: list[tuple[str, str]]       # (label, value) lines about the participant
    event_sentence: str                 # "telah meninggal dunia pada tanggal 2 November 2026."
    payer: str                          # "Pemerintah Kota Metro"
    heir: list[tuple[str, str]]         # (label, value) lines about the heir
    claim: str                          # "Jaminan Kematian (JKM)"
    documents: list[tuple[str, bool]]   # (document, handed in)
    branch: str = ""                    # the BPJS branch, when known


class LetterDocument(ShortDocument):
    def __init__(self, info: DocumentInfo, setup: PageSetup, content: LetterContent) -> None:
        super().__init__(info, setup, content.claim)
        self.content = content
        self.body = style("body", 10.5, leading=15)
        self.body.alignment = TA_JUSTIFY

    def _facts(self, lines: list[tuple[str, str]]) -> Table:
        data = [[label, ":", Paragraph(markup(value), self.body)] for label, value in lines]
        table = Table(data, colWidths=[42 * mm, 4 * mm, self.width - 56 * mm])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 10.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 10 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        return table

    def story(self) -> list:
        c = self.content
        title = style("letter-title", 12, bold=True)
        title.alignment = 1
        number = style("letter-number", 10.5)
        number.alignment = 1
        gap = Spacer(1, 3 * mm)
        where = f" Kantor Cabang {markup(c.branch)}" if c.branch else ""
        checklist = [[(BOX_DONE if done else BOX_OPEN), Paragraph(markup(name), self.body)] for name, done in c.documents]
        documents = Table(checklist or [["", "–"]], colWidths=[16 * mm, self.width - 16 * mm])
        # The boxes are not in Liberation Sans: their column is set in the font that has them.
        documents.setStyle(TableStyle([("FONT", (0, 0), (0, -1), font_for(BOX_DONE + BOX_OPEN, REGULAR), 12),
                                       ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return [
            Paragraph(f"<u>{LETTER_TITLE}</u>", title), Paragraph(f"Nomor: {markup(c.number)}", number),
            Spacer(1, 7 * mm),
            Paragraph(f"Yang bertanda tangan di bawah ini, {markup(c.issuer)}, menerangkan bahwa:", self.body), gap,
            self._facts(c.person), gap,
            Paragraph(f"adalah peserta BPJS Ketenagakerjaan yang iurannya dibayar oleh {markup(c.payer)}, dan "
                      f"{markup(c.event_sentence)}", self.body), gap,
            Paragraph("Surat pengantar ini diberikan kepada:", self.body), gap,
            self._facts(c.heir), gap,
            Paragraph(f"untuk mengajukan klaim <b>{markup(c.claim)}</b> kepada BPJS Ketenagakerjaan{where}, dengan "
                      f"kelengkapan berkas sebagai berikut ({markup(BOX_DONE)} dilampirkan, {markup(BOX_OPEN)} belum):",
                      self.body), gap,
            documents, gap,
            Paragraph("Demikian surat pengantar ini dibuat untuk dipergunakan sebagaimana mestinya.", self.body),
            Spacer(1, 8 * mm),
            KeepTogether([signature_table(self.info.signatures, self.width)]),
        ]

