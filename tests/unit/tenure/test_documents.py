"""The post history and the heirs' letter are printed on the documents' layout base (issue 16):
the structured kop in full words, Liberation Sans embedded (DejaVu Sans for the checklist's
boxes), the metadata naming the document, the office and the date, the Lurah's signature."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from jamsostek_desktop.db.tenure_models import Term
from jamsostek_desktop.services.printing.documents import PrintOptions
from jamsostek_desktop.services.printing.layout.base import Signer
from jamsostek_desktop.services.tenure import coverage, documents, events, replacement
from tests.unit.tenure.conftest import TODAY, ketua_rt

D = dt.date


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in dict(page["/Resources"].get("/Font", {})).values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]   # embedded
            names.add(str(font["/BaseFont"]))
    return names


def _read(path) -> tuple[PdfReader, str]:
    reader = PdfReader(str(path))
    return reader, " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())


def test_the_post_history_has_the_kop_fonts_metadata_and_signature_of_every_document(enrol, tmp_path):
    old = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    coverage.set_months(old.id, D(2024, 1, 1))
    post = Term.open_of(old.id).post
    replacement.replace(old.id, "pindah-domisili", D(2026, 10, 12))
    written = documents.history_pdf(post.id, tmp_path / "riwayat.pdf", PrintOptions(date=TODAY, no_witness=True))
    reader, text = _read(written.path)
    assert "KELURAHAN YOSODADI" in text and "Jalan Jenderal Sudirman Nomor 12" in text     # kop in full words
    assert "RIWAYAT PEMEGANG JABATAN" in text and "Slamet Riyadi" in text and "Pindah domisili" in text
    assert "LURAH YOSODADI" in text and "NIP. 19750101 200003 1 001" in text and "Mengetahui" not in text
    assert all("LiberationSans" in n for n in _fonts(reader))
    title = reader.metadata.title
    assert title.startswith("Riwayat Jabatan") and "Kelurahan Yosodadi" in title and "23 November 2026" in title
    assert reader.metadata.author == "Kelurahan Yosodadi, Kota Metro"


def test_the_heirs_letter_prints_its_boxes_and_a_pen_line_for_an_unknown_signer(enrol, tmp_path):
    p = enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 3, 1)))
    coverage.set_months(p.id, D(2022, 1, 1))
    death = events.record(p.id, "meninggal", dt.datetime(2026, 11, 2, 5, 30), cause="sakit")
    claim = events.add_claim(death.id, "jkm", heir_name="Siti Aminah", heir_relation="istri")
    options = PrintOptions(date=TODAY, no_witness=True, signer=Signer("LURAH YOSODADI"))
    written = documents.letter_pdf(claim.id, tmp_path / "pengantar.pdf", options)
    reader, text = _read(written.path)
    assert "Jalan Jenderal Sudirman Nomor 12" in text and "SURAT PENGANTAR" in text
    assert "RT 003/RW 002, Kelurahan Yosodadi" in text
    assert "☐" in text and "NIP." in text and "Budi Santoso" not in text      # the pen's line, no profile name
    fonts = _fonts(reader)
    assert any("LiberationSans" in n for n in fonts) and any("DejaVuSans" in n for n in fonts)   # boxes in DejaVu
    title = reader.metadata.title
    assert title.startswith("Surat Pengantar — Jaminan Kematian") and "Kelurahan Yosodadi" in title
    assert "Slamet" not in title                    # no personal data in the metadata
