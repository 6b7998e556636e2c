"""A roster's pages deflated as they are finished make the same file reportlab makes at save time."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab import rl_config

from jamsostek_desktop.services.printing.layout import page_streams, roster
from jamsostek_desktop.services.printing.layout.base import PageSetup
from jamsostek_desktop.services.printing.layout.roster import RosterDocument, RosterHeading

from .test_layout_rules import INFO, _row


def _render(rows) -> bytes:
    out = io.BytesIO()
    heading = RosterHeading("DAFTAR NAMA PESERTA BPJS KETENAGAKERJAAN", key_label="Nama posyandu")
    RosterDocument(INFO, heading, PageSetup("f4", False), rows_hint=len(rows)).render(lambda: iter(rows), out)
    return out.getvalue()


def test_the_file_is_byte_for_byte_the_same(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)        # no random document id, no clock in the file
    rows = [_row(i, 3 + i % 9, 3) for i in range(140)]
    deflated_early = _render(rows)
    deflated = []
    monkeypatch.setattr(roster, "deflate_last_page", lambda canvas: deflated.append(canvas))
    at_save = _render(rows)
    assert len(deflated) == len(PdfReader(io.BytesIO(at_save)).pages) > 3
    assert deflated_early == at_save
    assert b"/FlateDecode" in deflated_early


def test_a_page_without_compression_is_left_to_reportlab():
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO(), pageCompression=0)
    canvas.drawString(100, 100, "Halaman 1 dari 1")
    canvas.showPage()
    page_streams.deflate_last_page(canvas)
    page = canvas._doc.Pages.pages[-1]
    assert page.Contents is None and "Halaman 1 dari 1" in page.stream


def test_a_long_print_reads_with_a_small_page_cache_and_gives_it_back(kelurahan_db, person, monkeypatch):
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.services.participants import enrolment
    from jamsostek_desktop.services.printing import memory, roster_rows

    enrolment.enrol(person, "ketua-rt", accept_warnings=True)

    def cache_size() -> int:
        return db.execute_sql("PRAGMA cache_size").fetchone()[0]

    before = cache_size()
    seen = []
    real_source = roster_rows.source
    monkeypatch.setattr(roster_rows, "source", lambda *a, **k: seen.append(cache_size()) or real_source(*a, **k))
    from jamsostek_desktop.services.printing import documents

    result = documents.write("roster", kelurahan_db.parent / "daftar.pdf",
                             options=documents.PrintOptions(listing="semua"))
    assert result.rows == 1
    assert seen == [-memory.PRINT_CACHE_KB]
    assert cache_size() == before != -memory.PRINT_CACHE_KB
