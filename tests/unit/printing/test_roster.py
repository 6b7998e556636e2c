"""The roster PDFs read back: every participant once, page size, page numbers, kop, signatures."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from jamsostek_desktop.domain.formatting import long_date
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import NotFoundError, StorageError, ValidationError
from jamsostek_desktop.services.printing import documents, office
from jamsostek_desktop.services.printing.layout.base import Signer

from .pdf_reading import LONG_NAME, SPECIAL_NAMES, live_niks, niks_in, pdf_text

MM = 72 / 25.4


def page_size_mm(path) -> tuple[int, int]:
    box = PdfReader(str(path)).pages[0].mediabox
    return round(float(box.width) / MM), round(float(box.height) / MM)


def test_every_live_participant_appears_exactly_once(roster_db, tmp_path):
    out = tmp_path / "semua.pdf"
    result = documents.roster(out, Scope())
    pages = pdf_text(out)
    found = niks_in(pages)
    expected = live_niks()
    assert len(expected) == 239                       # 240 made, one archived
    assert set(found) == expected
    assert all(n == 1 for n in found.values())
    assert result.rows == 239 and result.pages == len(pages)


def test_filtered_roster_holds_exactly_the_filter(roster_db, tmp_path):
    out = tmp_path / "rw.pdf"
    scope = Scope(rw=3)
    documents.roster(out, scope)
    found = niks_in(pdf_text(out))
    assert set(found) == live_niks(rw=3) and max(found.values()) == 1
    out2 = tmp_path / "kategori.pdf"
    scope = Scope(category="ketua-rt", status="active")
    documents.roster(out2, scope)
    text = pdf_text(out2)
    assert set(niks_in(text)) == live_niks(category="ketua-rt", status="active")
    assert "KETUA RT" in text[0] and "Status: Aktif" in text[0] and "Nomor RT" in text[0]


@pytest.mark.parametrize(("paper", "landscape", "size"), [
    ("f4", False, (215, 330)), ("f4", True, (330, 215)), ("a4", False, (210, 297)), ("a4", True, (297, 210)),
])
def test_paper_and_orientation(roster_db, tmp_path, paper, landscape, size):
    out = tmp_path / f"{paper}-{landscape}.pdf"
    documents.roster(out, Scope(group="Kesehatan"), options=documents.PrintOptions(paper=paper, landscape=landscape))
    assert page_size_mm(out) == size
    assert set(niks_in(pdf_text(out))) == live_niks(group="Kesehatan")


def test_page_numbers_and_the_column_index_row_on_every_page(roster_db, tmp_path):
    out = tmp_path / "a4.pdf"
    documents.roster(out, options=documents.PrintOptions(paper="a4"))
    pages = pdf_text(out)
    total = len(pages)
    assert total > 3
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in text
        assert "Dicetak " in text
        # the header and the numbered column-index row repeat on every page
        assert "NIK" in text and "Tempat/Tgl" in text
        assert "1 2 3 4 5 6 7 8 9" in " ".join(text.split())


def test_letterhead_title_and_signatures(roster_db, tmp_path):
    out = tmp_path / "kop.pdf"
    witness = Signer("CAMAT METRO TIMUR", "Drs. Hendra Gunawan, M.Si.", "Pembina (IV/a)", "197001011990031002")
    options = documents.PrintOptions(witness=witness, date=dt.date(2026, 11, 23), period="Tahun Anggaran 2027")
    documents.roster(out, Scope(category="kader-posyandu"), options=options)
    pages = pdf_text(out)
    first, last = pages[0], pages[-1]
    for line in ("PEMERINTAH KOTA METRO", "KECAMATAN METRO TIMUR", "KELURAHAN YOSODADI",
                 "Jl. Jenderal Sudirman No. 12", "DAFTAR NOMINATIF PESERTA BPJS KETENAGAKERJAAN",
                 "KADER POSYANDU BALITA", "Tahun Anggaran 2027", "Nama posyandu"):
        assert line in first
    for line in ("Metro, 23 November 2026", "LURAH YOSODADI,", "Budi Santoso, S.IP.",
                 "Penata Tingkat I (III/d)", "NIP. 19750101 200003 1 001", "Mengetahui,",
                 "CAMAT METRO TIMUR,", "Drs. Hendra Gunawan, M.Si.", "NIP. 19700101 199003 1 002"):
        assert line in last
    if len(pages) > 1:
        assert "LURAH YOSODADI," not in first          # the signature block is on the last page only
    count = len(live_niks(category="kader-posyandu"))
    assert f"Jumlah: {count} orang" in last


def test_names_print_whatever_their_letters(roster_db, tmp_path):
    out = tmp_path / "nama.pdf"
    documents.roster(out)
    text = " ".join(" ".join(pdf_text(out)).split())
    for name in SPECIAL_NAMES:
        assert name in text, name
    fonts = {str(font["/BaseFont"]) for page in PdfReader(str(out)).pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVu" in f for f in fonts)   # embedded TrueType, no base-14 fallback


def test_long_name_wraps_inside_its_row_on_one_page(roster_db, tmp_path):
    from jamsostek_desktop.db.models import Participant

    nik = Participant.get(Participant.nama == LONG_NAME).nik
    out = tmp_path / "panjang.pdf"
    documents.roster(out, options=documents.PrintOptions(paper="a4"))
    pages = pdf_text(out)
    holder = [text for text in pages if nik in text]
    assert len(holder) == 1
    flat = " ".join(holder[0].split())
    assert all(word in flat for word in LONG_NAME.split())
    assert LONG_NAME not in holder[0].splitlines()      # it wrapped over several lines


def test_receipt_roster_has_signature_column(roster_db, tmp_path):
    out = tmp_path / "terima.pdf"
    result = documents.roster(out, Scope(category="ketua-rt"), receipt=True,
                            options=documents.PrintOptions(landscape=True))
    pages = pdf_text(out)
    assert "TANDA TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN" in pages[0]
    assert "Tanda Tangan" in pages[0]
    flat = " ".join(" ".join(pages).split())
    assert "1. ....." in flat and f"{result.rows}. ....." in flat
    assert set(niks_in(pages)) == live_niks(category="ketua-rt")


def test_nothing_to_print_and_unknown_category_write_no_file(roster_db, tmp_path):
    folder = tmp_path / "cetak"
    folder.mkdir()
    out = folder / "kosong.pdf"
    with pytest.raises(ValidationError):
        documents.roster(out, Scope(rt=999))
    with pytest.raises(NotFoundError):
        documents.roster(out, Scope(category="tidak-ada"))
    with pytest.raises(ValidationError):
        documents.roster(out, options=documents.PrintOptions(paper="letter"))
    assert list(folder.iterdir()) == []


def test_a_failed_print_leaves_no_half_file_and_keeps_the_old_one(roster_db, tmp_path, monkeypatch):
    from jamsostek_desktop.services.printing.layout import roster as roster_module

    folder = tmp_path / "cetak"
    folder.mkdir()
    out = folder / "lama.pdf"
    out.write_bytes(b"%PDF old")
    real_draw = roster_module.RosterLayout.draw
    calls = []

    def failing_draw(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_draw(self, *args, **kwargs)

    monkeypatch.setattr(roster_module.RosterLayout, "draw", failing_draw)
    with pytest.raises(StorageError, match="tidak dapat disimpan.*penuh"):
        documents.roster(out)
    assert out.read_bytes() == b"%PDF old"
    assert [p.name for p in folder.iterdir()] == ["lama.pdf"]


def test_signers_are_remembered_until_the_profile_changes(roster_db):
    from jamsostek_desktop.services.participants import profile

    signer, witness = office.remembered_signers()
    assert signer == Signer("LURAH YOSODADI", "Budi Santoso, S.IP.", "Penata Tingkat I (III/d)",
                            "197501012000031001")
    assert witness.title == "CAMAT METRO TIMUR"
    plt = Signer("Plt. LURAH YOSODADI", "Sri Wahyuni, S.Sos.", "Penata (III/c)", "198001012005012003")
    camat = Signer("CAMAT METRO TIMUR", "Drs. Hendra", "Pembina (IV/a)", "")
    office.remember_signers(plt, camat)
    assert office.remembered_signers() == (plt, camat)
    office.remember_signers(plt, None)
    assert office.remembered_signers() == (plt, None)
    profile.save({"lurah_nama": "Agus Salim, S.STP.", "lurah_nip": "198502022010011001"})
    signer, _ = office.remembered_signers()
    assert signer.name == "Agus Salim, S.STP."           # a new Lurah replaces the remembered one
    with pytest.raises(ValidationError):
        office.remember_signers(Signer("LURAH", "X", "", "1234"), None)


def test_signature_date_defaults_to_today(roster_db, tmp_path):
    out = tmp_path / "hari-ini.pdf"
    documents.roster(out, Scope(category="ketua-rw"))
    assert f"Metro, {long_date(dt.date.today())}" in pdf_text(out)[-1]


def test_receipt_signatures_alternate_left_and_right(roster_db, tmp_path):
    import pdfplumber

    out = tmp_path / "selang.pdf"
    documents.roster(out, Scope(category="guru-tpa"), receipt=True, options=documents.PrintOptions(landscape=True))
    with pdfplumber.open(str(out)) as pdf:
        words = pdf.pages[0].extract_words()
    width = float(pdf.pages[0].width)
    # the signature column is the last fifth of the page; its numbers read "1.", "2." ...
    marks = {int(w["text"][:-1]): w["x0"] for w in words
             if w["text"].endswith(".") and w["text"][:-1].isdigit() and w["x0"] > width * 0.75}
    assert {1, 2, 3, 4} <= set(marks)
    assert marks[2] > marks[1] + 20 and marks[4] > marks[3] + 20
    assert abs(marks[1] - marks[3]) < 1 and abs(marks[2] - marks[4]) < 1


def test_printing_needs_a_login_once_accounts_exist(roster_db, tmp_path):
    from jamsostek_desktop.errors import PermissionDeniedError
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts

    admin = accounts.create_user("admin", "admin-rahasia-1", role="admin", full_name="Admin")
    session.set_actor(admin)
    operator = accounts.create_user("budi", "operator-rahasia-1", role="operator", full_name="Budi")
    session.set_actor(None)
    with pytest.raises(PermissionDeniedError):
        documents.roster(tmp_path / "x.pdf", Scope(category="marbot"))
    session.set_actor(operator)                       # operators print (report.print)
    assert documents.roster(tmp_path / "x.pdf", Scope(category="marbot")).rows > 0


def test_a_search_and_the_archive_are_named_under_the_title(roster_db, tmp_path):
    """The filter line says what was searched, as typed (markup characters included)."""
    from jamsostek_desktop.db.models import Participant

    archived = Participant.select().where(Participant.archived == True).get()  # noqa: E712
    surname = archived.nama.split()[-1]
    out = tmp_path / "arsip.pdf"
    documents.roster(out, Scope(archived=True, text=f"{surname} <&>"))  # "<&>" is no word: ignored
    first = pdf_text(out)[0]
    assert f"Pencarian: “{surname} <&>”" in first and "Arsip (peserta yang diarsipkan)" in first
    assert set(niks_in(pdf_text(out))) == {archived.nik}
