"""The rekapitulasi read back: its counts and Rupiah sums are the database's, for the statuses
it says it holds; only sections with content; the budget as people x rate x months."""

from __future__ import annotations

import pdfplumber
import pytest

from jamsostek_desktop.domain.formatting import rupiah, thousands
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import catalogue, stats
from jamsostek_desktop.services.printing import documents

from .pdf_reading import flat, pdf_text

ACTIVE = Scope(statuses=("active",))


def table_rows(path) -> list[list[str | None]]:
    with pdfplumber.open(str(path)) as pdf:
        return [row for page in pdf.pages for table in page.extract_tables() for row in table]


def plumber_text(path) -> str:
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("paper", ["f4", "a4"])
def test_summary_totals_equal_the_database(roster_db, tmp_path, paper):
    catalogue.set_potential("ketua-rt", 50)
    out = tmp_path / f"rekap-{paper}.pdf"
    result = documents.summary(out, options=documents.PrintOptions(paper=paper))
    text = plumber_text(out)
    total = stats.total(ACTIVE)
    assert result.rows == total > 0
    by_sex = stats.by_sex(ACTIVE)
    assert f"JUMLAH SELURUHNYA {thousands(by_sex['L'])} {thousands(by_sex['P'])} {thousands(total)}" in text
    counts = stats.by_category(ACTIVE)
    printed = {}
    for cells in table_rows(out):
        if len(cells) == 7 and (cells[0] or "").isdigit() and int(cells[0]) not in printed:
            printed[int(cells[0])] = [" ".join((c or "").split()) for c in cells]
    for number, category in enumerate(catalogue.all_categories(), start=1):
        _, name, men, women, subtotal, _, _ = printed[number]
        assert name == category.name
        assert subtotal == thousands(counts.get(category.code, 0)), name
        assert thousands(int(men.replace(".", "")) + int(women.replace(".", ""))) == subtotal
    rt = counts.get("ketua-rt", 0)
    assert f"{100 * rt / 50:.2f}".replace(".", ",") + "%" in text         # coverage of the one with a target
    pages = pdf_text(out)
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    first = flat(pages[0])
    assert "REKAPITULASI PESERTA BPJS KETENAGAKERJAAN YANG IURANNYA DIBAYAR APBD KOTA METRO" in first
    assert "PEMERINTAH KOTA METRO" in first and "Status peserta: Aktif" in first
    assert "LURAH YOSODADI," in pages[-1] and "Budi Santoso, S.IP." in pages[-1]


def test_the_budget_is_people_times_rate_times_months(roster_db, tmp_path):
    from jamsostek_desktop.db.models import Participant

    out = tmp_path / "iuran.pdf"
    documents.summary(out)
    text = flat(plumber_text(out))
    people = stats.total(ACTIVE)
    with_jht = Participant.select().where((Participant.archived == False) & (Participant.status == "active")  # noqa: E712
                                          & (Participant.program_jht == True)).count()  # noqa: E712
    assert f"JKK dan JKM {thousands(people)} orang × Rp16.800 × 12 bulan {rupiah(people * 16_800 * 12)}" in text
    assert (f"JHT (peserta yang ikut JHT) {thousands(with_jht)} orang × Rp20.000 × 12 bulan "
            f"{rupiah(with_jht * 20_000 * 12)}") in text
    assert f"Jumlah kebutuhan iuran {rupiah(people * 16_800 * 12 + with_jht * 20_000 * 12)}" in text


def test_a_signed_recap_names_only_its_own_statuses(roster_db, tmp_path):
    active = tmp_path / "aktif.pdf"
    documents.summary(active)
    text = plumber_text(active)
    for internal in ("Draf", "Ditolak", "Terverifikasi", "Diajukan", "Nonaktif"):
        assert internal not in text, internal
    proposal = tmp_path / "usulan.pdf"
    documents.summary(proposal, options=documents.PrintOptions(listing="usulan"))
    text = plumber_text(proposal)
    by_status = stats.by_status(Scope())
    assert f"Terverifikasi {thousands(by_status['verified'])}" in text
    assert f"Diajukan {thousands(by_status['submitted'])}" in text
    assert "Draf" not in text and "Ditolak" not in text and "Aktif " not in text
    everything = tmp_path / "semua.pdf"
    documents.summary(everything, options=documents.PrintOptions(listing="semua"))
    text = plumber_text(everything)
    assert all(f"{label} {thousands(by_status.get(value, 0))}" in text for value, label in (
        ("draft", "Draf"), ("rejected", "Ditolak"), ("inactive", "Nonaktif")))


def test_empty_target_columns_are_left_out(roster_db, tmp_path):
    out = tmp_path / "tanpa-target.pdf"
    documents.summary(out)
    text = plumber_text(out)
    assert "Potensi" not in text and "Cakupan" not in text


def test_summary_of_a_filter_counts_only_the_filter(roster_db, tmp_path):
    out = tmp_path / "rekap-rw.pdf"
    scope = Scope(group="Kesehatan", rw=2)
    result = documents.summary(out, scope, options=documents.PrintOptions(landscape=True, listing="semua"))
    text = plumber_text(out)
    assert result.rows == stats.total(scope)
    assert "KELOMPOK KESEHATAN" in text and "RW 002" in text
    assert "Ketua RT" not in text                         # other groups are left out


def test_rw_and_rt_are_a_table(roster_db, tmp_path):
    out = tmp_path / "rw.pdf"
    documents.summary(out, options=documents.PrintOptions(listing="semua"))
    by_place = stats.by_rt_rw(Scope())
    cells = {}
    for row in table_rows(out):
        if row and row[0] and row[0].isdigit() and len(row) == 12:          # RW | (RT, Jumlah) x 5 | Jumlah RW
            rw = int(row[0])
            cells.setdefault(rw, [])
        if row and len(row) == 12 and cells:
            rw = max(cells) if not (row[0] or "").isdigit() else int(row[0])
            for k in range(5):
                rt, n = row[1 + 2 * k], row[2 + 2 * k]
                if rt and (rt or "").isdigit():
                    cells[rw].append((int(rt), int(n.replace(".", ""))))
    assert {(rw, rt): n for rw, pairs in cells.items() for rt, n in pairs} == by_place


def test_the_chart_shows_every_category_with_readable_labels(roster_db, tmp_path):
    out = tmp_path / "grafik.pdf"
    documents.summary(out, Scope(group="Sosial & Kebencanaan"))
    counts = stats.by_category(Scope(group="Sosial & Kebencanaan", statuses=("active",)))
    with pdfplumber.open(str(out)) as pdf:
        bars = [r for page in pdf.pages for r in page.rects
                if r.get("non_stroking_color") and tuple(round(c, 2) for c in r["non_stroking_color"])
                == (0.18, 0.36, 0.54)]
        words = " ".join(w["text"] for page in pdf.pages for w in page.extract_words())
    assert len(bars) == sum(1 for n in counts.values() if n)
    for category in catalogue.all_categories():
        if category.group == "Sosial & Kebencanaan":
            assert category.label.split()[0] in words                     # every category, none cut
    assert "TKSK" in words and "PSM" in words                             # the catalogue's short names
    assert "Tenaga Kesejahteraan Sosial Kecamatan" not in words.split("Grafik")[-1]
