"""The surat pengantar (cover letter) a kelurahan sends with its data: one page carrying the
fingerprint of the key that signs its sync files, for the city office to compare.

Pure layout on the printing feature's base (kop surat, fonts, signature block, footer);
the service that gathers the office, the key and the last export is cover_letter.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jamsostek_desktop.services.printing.layout.base import (
    BOLD,
    GRID,
    HEADER_FILL,
    REGULAR,
    DocumentInfo,
    PageSetup,
    draw_footer,
    draw_letterhead,
    header_heights,
    register_fonts,
    set_metadata,
    signature_table,
    style,
)

SUBJECT = "Pengiriman data peserta BPJS Ketenagakerjaan"


@dataclass(frozen=True)
class LetterContent:
    """What the letter says, gathered by the service."""

    kelurahan: str                 # "Kelurahan Yosodadi"
    kecamatan: str                 # "Kecamatan Metro Timur" or ""
    region_code: str
    kota: str                      # "Kota Metro"
    installation_id: str
    fingerprint: str               # "3F2A 91C0 5B7D 0E44 A1C9"
    last_export: str               # "nomor 3, 20 November 2026, 1.204 rekaman" or "belum ada"


class CoverLetter:
    def __init__(self, info: DocumentInfo, content: LetterContent, setup: PageSetup) -> None:
        self.info, self.content, self.setup = info, content, setup
        self.width = setup.frame[2]

    def _opening(self) -> list:
        c = self.content
        body = style("body", 10.5, leading=15, align=TA_JUSTIFY)
        head = Table([["Nomor", ":", "……………………………………"],
                      ["Lampiran", ":", "1 (satu) berkas data elektronik (.jamsync)"],
                      ["Perihal", ":", SUBJECT]], colWidths=[24 * mm, 5 * mm, self.width - 29 * mm])
        head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 10.5),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        to = [Paragraph("Kepada Yth.", body),
              Paragraph(escape(f"Kepala Perangkat Daerah Pengelola Data Peserta BPJS Ketenagakerjaan {c.kota}"),
                        body),
              Paragraph("di –", body), Paragraph("&nbsp;" * 10 + "Tempat", body)]
        where = ", ".join(p for p in (c.kelurahan, c.kecamatan) if p)
        text = [
            Paragraph("Dengan hormat,", body),
            Paragraph(escape(
                f"Bersama ini kami sampaikan data peserta BPJS Ketenagakerjaan pekerja non-ASN {where} dalam "
                "bentuk berkas sinkronisasi Jamsostek Desktop. Setiap berkas ditandatangani secara elektronik "
                "oleh komputer kelurahan kami dengan kunci yang sidiknya tertulis di bawah ini. Sebelum data "
                "pertama kami diterima, mohon petugas kantor kota mengetik sidik kunci ini pada Jamsostek "
                "Desktop (Terima data › Terima kunci); program mencocokkannya dengan kunci yang menandatangani "
                "berkas."), body),
        ]
        return [head, Spacer(1, 6 * mm), *to, Spacer(1, 6 * mm), *text, Spacer(1, 4 * mm)]

    def _key_box(self) -> Table:
        c = self.content
        label = style("label", 9.5)
        value = style("value", 10)
        big = style("fingerprint", 17, bold=True, leading=22)
        rows = [
            [Paragraph("Kelurahan", label), Paragraph(escape(f"{c.kelurahan} ({c.region_code})"), value)],
            [Paragraph("ID instalasi", label), Paragraph(escape(c.installation_id), value)],
            [Paragraph("<b>SIDIK KUNCI</b>", label), Paragraph(escape(c.fingerprint), big)],
            [Paragraph("Pengiriman terakhir", label), Paragraph(escape(c.last_export), value)],
        ]
        table = Table(rows, colWidths=[42 * mm, self.width - 42 * mm])
        table.setStyle(TableStyle([
            # a ruled box, the fingerprint row shaded so the eye finds it
            ("BOX", (0, 0), (-1, -1), 1, GRID),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 2), (-1, 2), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 2), (-1, 2), 7),
            ("BOTTOMPADDING", (0, 2), (-1, 2), 7),
        ]))
        return table

    def _closing(self) -> list:
        body = style("closing", 10.5, leading=15, align=TA_JUSTIFY)
        warn = style("warn", 10.5, leading=15, font=BOLD, align=TA_JUSTIFY)
        return [
            Spacer(1, 4 * mm),
            Paragraph("Bila sidik kunci yang diketik tidak cocok dengan berkas yang diterima, mohon berkas itu "
                      "tidak diterima dan kelurahan kami dihubungi: berkas tersebut bukan dari kami.", warn),
            Spacer(1, 3 * mm),
            Paragraph("Demikian disampaikan; atas perhatian dan kerja samanya diucapkan terima kasih.", body),
            Spacer(1, 8 * mm),
            signature_table(self.info.signatures, self.width),
        ]

    def render(self, out: BinaryIO) -> int:
        """Write the one-page PDF; returns the number of pages."""
        register_fonts()
        setup, info = self.setup, self.info
        x, y, width, height = setup.frame
        kop, _ = header_heights(setup, info.letterhead)
        pages: list[int] = []

        def page(canvas, doc) -> None:
            set_metadata(canvas, info)
            draw_letterhead(canvas, setup, info.letterhead)
            draw_footer(canvas, setup, doc.page, 1, info.printed_at)
            pages.append(doc.page)

        doc = BaseDocTemplate(out, pagesize=setup.size, leftMargin=x, bottomMargin=y, title=info.title,
                              author=info.author, initialFontName=REGULAR)
        doc.addPageTemplates([PageTemplate("letter", [Frame(x, y, width, height - kop, leftPadding=0,
                                                            rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=page)])
        doc.build([*self._opening(), self._key_box(), *self._closing()])
        return len(pages)

