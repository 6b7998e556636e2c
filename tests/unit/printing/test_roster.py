"""The roster PDFs read back: who is listed, page size, page numbers, kop, titles, signatures."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from jamsostek_desktop.domain.formatting import long_date
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import NotFoundError, StorageError, ValidationError
from jamsostek_desktop.services.printing import documents, office
from jamsostek_desktop.services.printing.layout.base import Signer

from .pdf_reading import LONG_NAME, SPECIAL_NAMES, first_lines, flat, live_niks, niks_in, pdf_text

MM = 72 / 25.4
EVERY = documents.PrintOptions(listing="semua")


def page_size_mm(path) -> tuple[int, int]:
    box = PdfReader(str(path)).pages[0].mediabox
    return round(float(box.width) / MM), round(float(box.height) / MM)


def test_a_roster_lists_active_participants_only_by_default(roster_db, tmp_path):
    out = tmp_path / "aktif.pdf"
    result = documents.roster(out, Scope())
    pages = pdf_text(out)
    found = niks_in(pages)
    assert set(found) == live_niks(status="active") and all(n == 1 for n in found.values())
    assert result.rows == len(found) and result.pages == len(pages)
    first = flat(pages[0])
    assert "DAFTAR NAMA PESERTA BPJS KETENAGAKERJAAN YANG IURANNYA DIBAYAR APBD KOTA METRO" in first
    assert "Status peserta: Aktif" in first
    assert "Status " not in first.split("JHT", 1)[1][:40]       # no status column in a signed list


def test_the_proposal_lists_verified_and_submitted(roster_db, tmp_path):
    out = tmp_path / "usulan.pdf"
    documents.roster(out, Scope(), options=documents.PrintOptions(listing="usulan"))
    pages = pdf_text(out)
    assert set(niks_in(pages)) == live_niks(status="verified") | live_niks(status="submitted")
    assert "DAFTAR USULAN PESERTA BPJS KETENAGAKERJAAN" in flat(pages[0])
    assert "Status peserta: Terverifikasi dan Diajukan" in flat(pages[0])


def test_drafts_and_rejected_only_when_asked_and_then_with_their_status(roster_db, tmp_path):
    from jamsostek_desktop.db.models import Participant

    out = tmp_path / "semua.pdf"
    result = documents.roster(out, Scope(), options=EVERY)
    pages = pdf_text(out)
    assert set(niks_in(pages)) == live_niks() and result.rows == 239
    text = flat(" ".join(pages))
    assert "Memuat semua status" in text and "Status" in flat(pages[0])
    # each person's status is printed on their row
    rows = first_lines(out)
    labels = {"draft": "Draf", "verified": "Terverifikasi", "submitted": "Diajukan", "active": "Aktif",
              "inactive": "Nonaktif", "rejected": "Ditolak"}
    for person in Participant.select().where(Participant.archived == False):  # noqa: E712
        assert rows[person.nik].endswith(labels[person.status]), (person.nik, rows[person.nik])
    rejected = tmp_path / "ditolak.pdf"
    documents.roster(rejected, Scope(status="rejected"))
    assert set(niks_in(pdf_text(rejected))) == live_niks(status="rejected")
    assert "YANG DITOLAK" in flat(pdf_text(rejected)[0]) and "Ditolak" in pdf_text(rejected)[0]


def test_filtered_roster_holds_exactly_the_filter(roster_db, tmp_path):
    out = tmp_path / "rw.pdf"
    documents.roster(out, Scope(rw=3), options=EVERY)
    found = niks_in(pdf_text(out))
    assert set(found) == live_niks(rw=3) and max(found.values()) == 1
    out2 = tmp_path / "kategori.pdf"
    documents.roster(out2, Scope(category="ketua-rt", status="active"))
    text = pdf_text(out2)
    assert set(niks_in(text)) == live_niks(category="ketua-rt", status="active")
    assert "KETUA RT" in text[0] and "Nomor RT" in text[0]


def test_an_rt_needs_its_rw(roster_db, tmp_path):
    from jamsostek_desktop.db.models import Participant

    with pytest.raises(ValidationError, match="tanpa RW"):
        documents.roster(tmp_path / "rt.pdf", Scope(rt=3))
    someone = Participant.select().where(Participant.archived == False).first()  # noqa: E712
    out = tmp_path / "rt-rw.pdf"
    documents.roster(out, Scope(rw=someone.rw, rt=someone.rt), options=EVERY)
    assert f"RW {someone.rw:03d} RT {someone.rt:03d}" in pdf_text(out)[0]
    assert set(niks_in(pdf_text(out))) == live_niks(rw=someone.rw, rt=someone.rt)


@pytest.mark.parametrize(("paper", "landscape", "size"), [
    ("f4", False, (215, 330)), ("f4", True, (330, 215)), ("a4", False, (210, 297)), ("a4", True, (297, 210)),
])
def test_paper_and_orientation(roster_db, tmp_path, paper, landscape, size):
    out = tmp_path / f"{paper}-{landscape}.pdf"
    documents.roster(out, Scope(group="Kesehatan"),
                     options=documents.PrintOptions(paper=paper, landscape=landscape, listing="semua"))
    assert page_size_mm(out) == size
    assert set(niks_in(pdf_text(out))) == live_niks(group="Kesehatan")


def test_page_numbers_and_the_column_index_row_on_every_page(roster_db, tmp_path):
    out = tmp_path / "a4.pdf"
    documents.roster(out, options=documents.PrintOptions(paper="a4", listing="semua"))
    pages = pdf_text(out)
    total = len(pages)
    assert total > 3
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in text
        assert "Dicetak " in text
        # the header and the numbered column-index row repeat on every page (a header may wrap)
        assert "NIK" in text and "Tempat, Tanggal Lahir" in flat(text)
        assert "1 2 3 4 5 6 7 8 9" in flat(text)


def test_a_mixed_roster_is_grouped_by_category_with_heading_rows(roster_db, tmp_path):
    from jamsostek_desktop.services.participants import stats

    out = tmp_path / "campur.pdf"
    documents.roster(out, Scope(group="Keagamaan"), options=EVERY)
    text = flat(" ".join(pdf_text(out)))
    counts = stats.by_category(Scope(group="Keagamaan"))
    positions = []
    for name, code in (("Guru TPA", "guru-tpa"), ("Marbot Masjid", "marbot")):
        heading = f"{name} ({counts[code]} orang)"
        assert heading in text
        positions.append(text.index(heading))
    assert positions == sorted(positions)                      # in catalogue order
    assert "JKK, JKM" not in text                              # the programme is said once, below the table
    assert "program JKK dan JKM" in text


def test_letterhead_title_and_signatures(roster_db, tmp_path):
    from jamsostek_desktop.services.participants import profile

    profile.save({"kode_pos": "34111", "website": "yosodadi.metrokota.go.id"})
    out = tmp_path / "kop.pdf"
    witness = Signer("CAMAT METRO TIMUR", "Drs. Hendra Gunawan, M.Si.", "Pembina (IV/a)", "197001011990031002")
    options = documents.PrintOptions(witness=witness, date=dt.date(2026, 11, 23), period="Tahun Anggaran 2027",
                                     listing="semua")
    documents.roster(out, Scope(category="kader-posyandu"), options=options)
    pages = pdf_text(out)
    first, last = flat(pages[0]), flat(pages[-1])
    for line in ("PEMERINTAH KOTA METRO", "KECAMATAN METRO TIMUR", "KELURAHAN YOSODADI",
                 "Jalan Jenderal Sudirman Nomor 12, Metro, Telepon (0725) 41234, Kode Pos 34111",
                 "Laman yosodadi.metrokota.go.id, Pos-el kel.yosodadi@metrokota.go.id",
                 "KADER POSYANDU BALITA", "Tahun Anggaran 2027", "Nama posyandu"):
        assert line in first, line
    assert "KELURAHAN YOSODADI KECAMATAN" not in first          # the kop says where; no repeated area line
    for line in ("Metro, 23 November 2026", "LURAH YOSODADI,", "Budi Santoso, S.IP.",
                 "Penata Tingkat I (III/d)", "NIP. 19750101 200003 1 001", "Mengetahui,",
                 "CAMAT METRO TIMUR,", "Drs. Hendra Gunawan, M.Si.", "NIP. 19700101 199003 1 002"):
        assert line in last, line
    if len(pages) > 1:
        assert "LURAH YOSODADI," not in first          # the signature block is on the last page only
    count = len(live_niks(category="kader-posyandu"))
    assert f"Jumlah: {count} orang" in last


def test_an_unknown_signer_gets_a_pen_line_and_nip_to_fill_in(roster_db, tmp_path):
    import pdfplumber

    out = tmp_path / "pena.pdf"
    documents.roster(out, Scope(category="marbot"), options=documents.PrintOptions(
        listing="semua", witness=Signer("CAMAT METRO TIMUR")))
    with pdfplumber.open(str(out)) as pdf:
        page = pdf.pages[-1]
        words = page.extract_words()
        width = float(page.width)
        nips = [w for w in words if w["text"] == "NIP."]
        lines = [ln for ln in page.lines if ln["x1"] - ln["x0"] > 100 and ln["x1"] < width / 2]
    text = pdf_text(out)[-1]
    assert "....." not in text.split("CAMAT METRO TIMUR,")[1]   # no dotted placeholder
    left_nip = [w for w in nips if w["x0"] < width / 2]
    assert len(left_nip) == 1 and lines                         # "NIP." under a blank line, at left
    assert any(abs(line["x0"] - left_nip[0]["x0"]) < 2 and line["top"] < left_nip[0]["top"] for line in lines)


def test_names_print_whatever_their_letters(roster_db, tmp_path):
    out = tmp_path / "nama.pdf"
    documents.roster(out, options=EVERY)
    text = flat(" ".join(pdf_text(out)))
    for name in SPECIAL_NAMES:
        assert name in text, name


def test_long_name_wraps_inside_its_row_on_one_page(roster_db, tmp_path):
    from jamsostek_desktop.db.models import Participant

    nik = Participant.get(Participant.nama == LONG_NAME).nik
    out = tmp_path / "panjang.pdf"
    documents.roster(out, options=documents.PrintOptions(paper="a4", listing="semua"))
    pages = pdf_text(out)
    holder = [text for text in pages if nik in text]
    assert len(holder) == 1
    assert all(word in flat(holder[0]).split() for word in LONG_NAME.split())
    assert LONG_NAME not in holder[0].splitlines()      # it wrapped over several lines


def test_receipt_list_holds_only_people_with_a_card(roster_db, tmp_path):
    import pdfplumber

    from jamsostek_desktop.db.models import Participant

    out = tmp_path / "terima.pdf"
    result = documents.roster(out, Scope(), receipt=True, options=documents.PrintOptions(landscape=True))
    pages = pdf_text(out)
    first = flat(pages[0])
    assert "TANDA TERIMA KARTU PESERTA BPJS KETENAGAKERJAAN" in first
    for header in ("Nomor KPJ", "Tanggal Terima", "Tanda Tangan"):
        assert header in first
    holders = Participant.select().where((Participant.archived == False) & (Participant.status == "active")  # noqa: E712
                                         & (Participant.kpj != ""))
    kpjs = {p.kpj for p in holders}
    text = flat(" ".join(pages))
    # KPJ numbers open a member's JHT balance: only their last four digits on a list everyone signs
    assert result.rows == len(kpjs) and all(f"*******{kpj[-4:]}" in text for kpj in kpjs)
    assert not any(kpj in text for kpj in kpjs)
    # NIKs are partly hidden: six digits, six stars, four digits; never a whole NIK
    assert not niks_in(pages)
    for p in holders[:10]:
        assert f"{p.nik[:6]}******{p.nik[12:]}" in text
    # signers: the one handing over (a pen line) and "Mengetahui, Lurah"
    last = flat(pages[-1])
    assert "Yang menyerahkan," in last and "Mengetahui," in last and "LURAH YOSODADI," in last
    assert "1. ....." in text and f"{result.rows}. ....." in text
    # the signature column is at least 35 mm wide
    with pdfplumber.open(str(out)) as pdf:
        header = next(w for w in pdf.pages[0].extract_words() if w["text"] == "Tanda")
        rects = [x for x in sorted({round(line["x0"], 1) for line in pdf.pages[0].lines if line["x0"] == line["x1"]})]
    right = max(rects)
    left = max(x for x in rects if x < header["x0"])
    assert (right - left) / MM >= 35


def test_nothing_to_print_and_unknown_category_write_no_file(roster_db, tmp_path):
    folder = tmp_path / "cetak"
    folder.mkdir()
    out = folder / "kosong.pdf"
    with pytest.raises(ValidationError, match="Tidak ada peserta"):
        documents.roster(out, Scope(rw=999, rt=1))
    with pytest.raises(NotFoundError):
        documents.roster(out, Scope(category="tidak-ada"))
    with pytest.raises(ValidationError):
        documents.roster(out, options=documents.PrintOptions(paper="letter"))
    with pytest.raises(ValidationError, match="tidak dikenal"):
        documents.roster(out, options=documents.PrintOptions(listing="libur"))
    with pytest.raises(ValidationError, match="tidak termasuk"):
        documents.roster(out, Scope(status="draft"), options=documents.PrintOptions(listing="aktif"))
    assert list(folder.iterdir()) == []


def test_a_failed_print_leaves_no_half_file_and_keeps_the_old_one(roster_db, tmp_path, monkeypatch):
    from jamsostek_desktop.services.printing.layout import roster as roster_module

    folder = tmp_path / "cetak"
    folder.mkdir()
    out = folder / "lama.pdf"
    out.write_bytes(b"%PDF old")
    real_draw = roster_module.RosterDocument._draw_page
    calls = []

    def failing_draw(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_draw(self, *args, **kwargs)

    monkeypatch.setattr(roster_module.RosterDocument, "_draw_page", failing_draw)
    with pytest.raises(StorageError, match="tidak dapat disimpan.*penuh"):
        documents.roster(out, options=EVERY)
    assert out.read_bytes() == b"%PDF old"
    assert [p.name for p in folder.iterdir()] == ["lama.pdf"]


def test_progress_reports_and_a_cancel_leaves_nothing(roster_db, tmp_path):
    class Stop(Exception):
        pass

    seen = []

    def report(done, total):
        seen.append((done, total))
        if done > total // 2:
            raise Stop

    out = tmp_path / "batal.pdf"
    with pytest.raises(Stop):
        documents.roster(out, options=EVERY, progress=report)
    assert seen and not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "batal" in p.name or p.name.startswith(".")] == []


def test_the_first_pages_come_as_their_own_file_before_the_whole(roster_db, tmp_path):
    ready = []
    out = tmp_path / "semua.pdf"
    head = documents.Head(tmp_path / "awal.pdf", 2, lambda path: ready.append((path, out.exists())))
    result = documents.roster(out, options=EVERY, head=head)
    assert ready == [(tmp_path / "awal.pdf", False)]          # before the whole document was written
    first = pdf_text(tmp_path / "awal.pdf")
    whole = pdf_text(out)
    assert len(first) == 2 and result.pages > 2
    assert first == whole[:2]                                 # the same pages, "Halaman 1 dari N" included


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
    # the receipt list has its own pair: the one handing over, and the Lurah acknowledging
    giver, lurah = office.remembered_signers(office.RECEIPT)
    assert giver.title == "Yang menyerahkan" and not giver.name and lurah.name == "Budi Santoso, S.IP."
    profile.save({"lurah_nama": "Agus Salim, S.STP.", "lurah_nip": "198502022010011001"})
    signer, _ = office.remembered_signers()
    assert signer.name == "Agus Salim, S.STP."           # a new Lurah replaces the remembered one
    with pytest.raises(ValidationError):
        office.remember_signers(Signer("LURAH", "X", "", "1234"), None)


def test_profile_defaults_name_both_signers(roster_db, tmp_path):
    from jamsostek_desktop.services.participants import profile

    profile.save({"mengetahui_nama": "Drs. Hendra Gunawan, M.Si.", "mengetahui_nip": "197001011990031002",
                  "penanda_jabatan": "Plt. LURAH YOSODADI"})
    out = tmp_path / "bawaan.pdf"
    documents.roster(out, Scope(category="marbot"), options=EVERY)
    last = flat(pdf_text(out)[-1])
    assert "Plt. LURAH YOSODADI," in last and "Drs. Hendra Gunawan, M.Si." in last
    assert "NIP. 19700101 199003 1 002" in last


def test_signature_date_defaults_to_today(roster_db, tmp_path):
    out = tmp_path / "hari-ini.pdf"
    documents.roster(out, Scope(category="ketua-rw"), options=EVERY)
    assert f"Metro, {long_date(dt.date.today())}" in pdf_text(out)[-1]


def test_receipt_signatures_alternate_left_and_right(roster_db, tmp_path):
    import pdfplumber

    out = tmp_path / "selang.pdf"
    documents.roster(out, Scope(), receipt=True, options=documents.PrintOptions(landscape=True, listing="semua"))
    with pdfplumber.open(str(out)) as pdf:
        words = pdf.pages[0].extract_words()
    width = float(pdf.pages[0].width)
    marks = {int(w["text"][:-1]): w["x0"] for w in words
             if w["text"].endswith(".") and w["text"][:-1].isdigit() and w["x0"] > width * 0.7}
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
    assert documents.roster(tmp_path / "x.pdf", Scope(category="marbot"), options=EVERY).rows > 0


def test_a_search_and_the_archive_are_named_under_the_title(roster_db, tmp_path):
    """The filter line says what was searched, as typed (markup characters included)."""
    from jamsostek_desktop.db.models import Participant

    archived = Participant.select().where(Participant.archived == True).get()  # noqa: E712
    surname = archived.nama.split()[-1]
    out = tmp_path / "arsip.pdf"
    documents.roster(out, Scope(archived=True, text=f"{surname} <&>"), options=EVERY)
    first = pdf_text(out)[0]
    assert f"Pencarian: “{surname} <&>”" in first and "Arsip (peserta yang diarsipkan)" in first
    assert set(niks_in(pdf_text(out))) == {archived.nik}
