"""An invoice seeded with dead, duplicated, missing and wrongly billed people gives exactly those
buckets, the totals match to the Rupiah, and the minutes and the differences read back."""

from __future__ import annotations

import pytest

from jamsostek_desktop.domain import reconciliation as rules
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.money import documents, invoice
from tests.unit.money.conftest import NOVEMBER, write_xlsx
from tests.unit.printing.pdf_reading import flat, pdf_text

UNKNOWN_NIK = "1872011208759999"
HEADER = ["PERIODE", "NIK", "NO KPJ", "NAMA TK", "IURAN JKK", "IURAN JKM", "IURAN JHT", "TOTAL IURAN"]


def line(p, jkk=10_000, jkm=6_800, jht=0, period="2026-11"):
    return [period, p.nik, p.kpj, p.nama, jkk, jkm, jht, jkk + jkm + jht]


@pytest.fixture
def bill(tmp_path, town):
    t = town
    rows = [HEADER,
            line(t["Ani"]), line(t["Budi"], jht=20_000),
            line(t["Citra"], jkk=20_000),                      # wrongly billed: Rp10.000 too much
            line(t["Dedi"]),                                   # died in October
            line(t["Eka"]), line(t["Eka"]),                    # billed twice
            line(t["Gita"]),                                   # Nonaktif
            line(t["Hadi"]),                                   # term ended
            line(t["Indah"]),                                  # not yet registered
            ["2026-11", UNKNOWN_NIK, "", "Tak Dikenal", 10_000, 6_800, 0, 16_800],
            ["2026-11", "1.87201E+15", "", "Rusak", 10_000, 6_800, 0, 16_800],      # Excel rounded the NIK
            ["2026-10", t["Ani"].nik, "", "Ani", 10_000, 6_800, 0, 16_800]]      # another month
    return write_xlsx(tmp_path / "tagihan-2026-11.xlsx", rows, title="TAGIHAN IURAN BPU NOVEMBER 2026")


def test_each_seeded_fault_lands_in_its_own_bucket(bill, town):
    result = invoice.reconcile(bill, NOVEMBER)
    names = lambda findings: sorted(f.line.nama for f in findings)  # noqa: E731
    assert names(result.matched) == ["Ani", "Budi", "Eka"]
    assert names(result.different) == ["Citra"]
    assert {f.line.nama: f.reason for f in result.not_covered} == {
        "Dedi": rules.DEAD, "Eka": rules.DUPLICATE, "Gita": rules.INACTIVE, "Hadi": rules.TERM_ENDED,
        "Indah": rules.NOT_COVERED, "Tak Dikenal": rules.UNKNOWN}
    assert [e.nama for e in result.not_billed] == ["Fajar"]
    assert sorted(r.reason for r in result.refused) == ["NIK terbaca sebagai angka yang dibulatkan Excel",
                                                        "periode lain (2026-10)"]
    # every line read lands in one bucket
    assert result.lines_read == 12 == len(result.matched) + len(result.different) + len(result.not_covered) + 2


def test_totals_match_to_the_rupiah(bill, town):
    r = invoice.reconcile(bill, NOVEMBER)
    billed = 16_800 + 36_800 + 26_800 + 16_800 * 7
    assert r.billed_total == billed
    # due: Ani, Budi (JHT), Citra, Eka, Fajar
    assert r.expected_total == 16_800 + 36_800 + 16_800 + 16_800 + 16_800
    assert r.difference == billed - r.expected_total == 10_000 + 6 * 16_800 - 16_800
    # restitution: the six billed though not covered, and Citra's Rp10.000
    assert r.overpaid_total == 6 * 16_800 + 10_000
    assert {f.line.nama: f.overpaid for f in r.overpaid()}["Citra"] == 10_000


def test_minutes_and_differences_read_back(bill, town, tmp_path):
    from python_calamine import CalamineWorkbook

    r = invoice.reconcile(bill, NOVEMBER)
    written = documents.minutes_pdf(r, bill.name, tmp_path / "ba.pdf", branch="Metro")
    text = flat(" ".join(pdf_text(written.path)))
    assert "BERITA ACARA REKONSILIASI IURAN" in text and "Bulan November 2026" in text
    assert "Rp198.000" in text and "Rp104.000" in text            # billed and due totals
    assert "Kelebihan tagihan sebesar Rp110.800 dari 7 orang" in text
    assert "meninggal dunia" in text and "tertagih ganda" in text and "NIK tidak dikenal" in text
    assert "Pihak BPJS Ketenagakerjaan" in text and "BUDI SANTOSO" in text.upper()
    # the KPJ is masked on paper
    assert town["Citra"].kpj not in text and f"*******{town['Citra'].kpj[-4:]}" in text
    out = documents.differences_xlsx(r, tmp_path / "selisih.xlsx")
    book = CalamineWorkbook.from_path(str(out))
    rows = book.get_sheet_by_name("Selisih").to_python()
    body = rows[2:]
    assert len(body) == 6 + 1 + 1 + 2                           # not covered, different, not billed, refused
    niks = [row[1] for row in body]
    assert all(isinstance(n, str) for n in niks) and town["Dedi"].nik in niks     # NIK kept as text
    restitution = book.get_sheet_by_name("Restitusi").to_python()
    assert restitution[-1][-1] == 110_800 and len(restitution) == 2 + 7 + 1


def test_csv_invoice_with_other_aliases(tmp_path, town):
    t = town
    text = "Bulan;NIK;Nomor Peserta;Nama;JKK;JKM;JHT;Jumlah\n" + "".join(
        f"11/2026;{p.nik};{p.kpj};{p.nama};10.000;6.800;0;16.800\n" for p in (t["Ani"], t["Fajar"], t["Eka"]))
    path = tmp_path / "tagihan.csv"
    path.write_text(text, encoding="utf-8")
    r = invoice.reconcile(path, NOVEMBER)
    assert sorted(f.line.nama for f in r.matched) == ["Ani", "Eka", "Fajar"]
    assert sorted(e.nama for e in r.not_billed) == ["Budi", "Citra"]


def test_a_file_that_is_not_an_invoice_is_refused(tmp_path, town):
    path = write_xlsx(tmp_path / "x.xlsx", [["NAMA", "ALAMAT"], ["Ani", "Jl. Kenanga"]])
    with pytest.raises(ValidationError, match="baris judul kolom tidak ditemukan"):
        invoice.reconcile(path, NOVEMBER)
    path = write_xlsx(tmp_path / "y.xlsx", [["NIK", "NAMA"], [town["Ani"].nik, "Ani"]])
    with pytest.raises(ValidationError, match="bukan tagihan"):
        invoice.reconcile(path, NOVEMBER)


@pytest.mark.parametrize("text, month", [("2026-11", (2026, 11)), ("202611", (2026, 11)), ("11/2026", (2026, 11)),
                                         ("November 2026", (2026, 11)), ("Nop 2026", (2026, 11))])
def test_periods(text, month):
    assert (invoice.period_of(text).year, invoice.period_of(text).month) == month


def test_a_nik_screening_found_to_be_a_second_record_is_billed_as_a_duplicate(bill, town):
    """Runs where the screening feature (issue 13) is present: a "same person" decision archived Gita's
    record as the second of Ani's, so Gita's line is a duplicate, not merely inactive."""
    screening = pytest.importorskip("jamsostek_desktop.db.screening_models")
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.services.participants import enrolment

    t = town
    enrolment.archive([t["Gita"].id], "data ganda")
    with db.atomic():
        screening.ScreeningPair.create(uuid_a=t["Ani"].uuid, uuid_b=t["Gita"].uuid, reasons="nama", score=90,
                                       decision=screening.SAME, kept_uuid=t["Ani"].uuid)
    assert invoice.second_niks() == {t["Gita"].nik}
    result = invoice.reconcile(bill, NOVEMBER)
    assert {f.line.nama: f.reason for f in result.not_covered}["Gita"] == rules.DUPLICATE
    assert "Ani" in {f.line.nama for f in result.matched}
