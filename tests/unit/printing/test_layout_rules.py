"""The layout rules read back from the PDFs: words never broken, rows per F4 page on the demo
data, every font embedded (Liberation Sans), metadata, and the signatures inside the page for
generated worst cases (tall last rows, any paper and orientation, receipt or roster)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.printing import documents
from jamsostek_desktop.services.printing.layout.base import (
    DocumentInfo,
    Letterhead,
    PageSetup,
    Signatures,
    Signer,
)
from jamsostek_desktop.services.printing.layout.roster import (
    RosterDocument,
    RosterHeading,
    RosterRow,
)

from .pdf_reading import SPECIAL_NAMES, pdf_text

MM = 72 / 25.4


def words_of(path) -> set[str]:
    with pdfplumber.open(str(path)) as pdf:
        return {w["text"] for page in pdf.pages for w in page.extract_words(keep_blank_chars=False)}


def test_no_word_is_ever_broken(roster_db, tmp_path):
    """Every word of every name, birth place, address and key field is found whole in the PDF."""
    from jamsostek_desktop.db.models import Participant

    for paper, landscape in (("f4", False), ("a4", False), ("a4", True)):
        out = tmp_path / f"kata-{paper}-{landscape}.pdf"
        documents.roster(out, options=documents.PrintOptions(paper=paper, landscape=landscape, listing="semua"))
        found = words_of(out)
        missing = set()
        for person in Participant.select().where(Participant.archived == False):  # noqa: E712
            for text in (person.nama, person.alamat, person.tempat_lahir):
                for word in text.split():
                    if word not in found and f"{word}," not in found:
                        missing.add(word)
        assert not missing, (paper, landscape, sorted(missing)[:10])


def test_an_f4_portrait_page_holds_over_30_rows_of_the_demo_data(kelurahan_db, tmp_path):
    from jamsostek_desktop.services.participants import demo_data

    demo_data.generate(3_000, seed=1)
    out = tmp_path / "f4.pdf"
    result = documents.roster(out)
    assert result.rows > 1_000
    assert result.rows / result.pages >= 30, (result.rows, result.pages)
    with pdfplumber.open(str(out)) as pdf:
        size = min(w["height"] for w in pdf.pages[1].extract_words() if re.fullmatch(r"\d{16}", w["text"]))
    assert size >= 8 * 0.95          # the body text is set at 8 pt (extracted height ~ the font size)


def test_every_font_is_embedded_and_the_metadata_names_the_document(roster_db, tmp_path):
    for kind in ("roster", "receipt", "summary"):
        out = tmp_path / f"{kind}.pdf"
        documents.write(kind, out, Scope(), documents.PrintOptions(listing="semua", date=dt.date(2026, 11, 23)))
        reader = PdfReader(str(out))
        names = set()
        for page in reader.pages:
            fonts = dict(page["/Resources"].get("/Font", {}))
            for xobject in page["/Resources"].get("/XObject", {}).values():
                fonts.update(xobject.get_object().get("/Resources", {}).get("/Font", {}))
            for font in fonts.values():
                font = font.get_object()
                names.add(str(font["/BaseFont"]))
                descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
                assert "/FontDescriptor" in descendant, (kind, font["/BaseFont"])
                descriptor = descendant["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, font["/BaseFont"]        # TrueType, embedded
        assert names and all("LiberationSans" in n or "DejaVuSans" in n for n in names), names
        assert any("LiberationSans" in n for n in names)
        info = reader.metadata
        assert "Kelurahan Yosodadi" in info.title and "23 November 2026" in info.title, info.title
        assert info.author == "Kelurahan Yosodadi, Kota Metro"
    text = " ".join(" ".join(pdf_text(tmp_path / "roster.pdf")).split())
    assert all(name in text for name in SPECIAL_NAMES)       # Liberation Sans (or DejaVu) has every letter


# --- the signature block inside the page, whatever the rows -----------------------------------

INFO = DocumentInfo(
    Letterhead(("PEMERINTAH KOTA METRO", "KECAMATAN METRO TIMUR", "KELURAHAN YOSODADI"), "",
               None, ("Jalan Jenderal Sudirman Nomor 12, Telepon (0725) 41234, Kode Pos 34111",)),
    Signatures("Metro", dt.date(2026, 11, 23),
               Signer("LURAH YOSODADI", "Budi Santoso, S.IP.", "Penata Tingkat I (III/d)", "197501012000031001"),
               Signer("CAMAT METRO TIMUR")),
    "Daftar Nama Peserta")

ADDRESS_WORDS = ["Jalan", "Soekarno-Hatta", "Gang", "Mushola", "Nomor", "12A", "Blok", "Perumahan",
                 "Griya", "Asri", "Permai", "Kelurahan", "Yosodadi"]


def _row(i: int, address_words: int, groups: int) -> RosterRow:
    address = " ".join(ADDRESS_WORDS[(i + k) % len(ADDRESS_WORDS)] for k in range(address_words))
    return RosterRow(f"18720101{i:08d}", f"Warga Nomor {i}", "L" if i % 2 else "P", "Metro",
                     dt.date(1980, 1, 1 + i % 28), address, 1 + i % 9, 1 + i % 5, f"Posyandu {i % 7}",
                     bool(i % 3), group=f"Kategori {i * groups // 1000}" if groups else "",
                     kpj=f"{10**10 + i}")


@settings(max_examples=14, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(min_value=1, max_value=90), tall=st.integers(min_value=0, max_value=6),
       tall_words=st.integers(min_value=8, max_value=40), paper=st.sampled_from(["f4", "a4"]),
       landscape=st.booleans(), receipt=st.booleans(), groups=st.sampled_from([0, 3]))
def test_the_signatures_stay_inside_the_page(count, tall, tall_words, paper, landscape, receipt, groups):
    """Long addresses on the last rows (the case that pushed the NIP off a landscape receipt)."""
    rows = [_row(i, tall_words if i >= count - tall else 3, groups) for i in range(count)]
    setup = PageSetup(paper, landscape)
    heading = RosterHeading("DAFTAR NAMA PESERTA BPJS KETENAGAKERJAAN", key_label="Nama posyandu")
    out = io.BytesIO()
    stats = RosterDocument(INFO, heading, setup, receipt=receipt, rows_hint=count).render(lambda: iter(rows), out)
    assert stats.rows == count
    out.seek(0)
    x, y, width, height = setup.frame
    with pdfplumber.open(out) as pdf:
        last = pdf.pages[-1]
        page_height = float(last.height)
        words = last.extract_words()
        nip = [w for w in words if w["text"] == "NIP."]
        assert nip, "no NIP line on the last page"
        # below the frame is the footer's band: nothing of the block may reach it
        assert max(w["bottom"] for w in nip) <= page_height - y + 0.5
        assert any(w["text"] == "Mengetahui," for w in words)
        for number, page in enumerate(pdf.pages, start=1):
            printed = re.search(r"Dicetak (\d{1,2}) (\w+) (\d{4}) pukul", page.extract_text())
            assert printed, "no print date in the footer"
            footer = {"Dicetak", *printed.groups(), "pukul", "Halaman", str(number), "dari", str(len(pdf.pages))}
            outside = [w["text"] for w in page.extract_words() if w["bottom"] > page_height - y + 0.5
                       and w["text"] not in footer and not re.fullmatch(r"\d\d\.\d\d", w["text"])]
            assert not outside, (number, outside[:5])
            assert float(page.height) == pytest.approx(setup.size[1], abs=0.5)
