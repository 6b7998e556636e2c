"""The rekapitulasi read back: its counts and Rupiah sums are the database's (services.stats)."""

from __future__ import annotations

import pdfplumber
import pytest

from jamsostek_desktop.domain.formatting import rupiah, thousands
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import catalogue, stats
from jamsostek_desktop.services.printing import documents

from .pdf_reading import pdf_text


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
    scope = Scope()
    total = stats.total(scope)
    assert result.rows == total == 239
    by_sex = stats.by_sex(scope)
    assert f"JUMLAH SELURUHNYA {thousands(by_sex['L'])} {thousands(by_sex['P'])} {thousands(total)}" in text
    counts = stats.by_category(scope)
    # category rows of table A: No, Kategori, L, P, Jumlah, Potensi, Cakupan (numbered in catalogue order)
    printed = {}
    for cells in table_rows(out):
        if len(cells) == 7 and (cells[0] or "").isdigit() and int(cells[0]) not in printed:
            printed[int(cells[0])] = [" ".join((c or "").split()) for c in cells]
    for number, category in enumerate(catalogue.all_categories(), start=1):
        _, name, men, women, subtotal, _, _ = printed[number]
        assert name == category.name
        assert subtotal == thousands(counts.get(category.code, 0)), name
        assert thousands(int(men.replace(".", "")) + int(women.replace(".", ""))) == subtotal
    # coverage of the one category with a potential: Ketua RT count / 50
    rt = counts.get("ketua-rt", 0)
    assert f"{100 * rt / 50:.2f}".replace(".", ",") + "%" in text
    # contributions: JKK+JKM and with JHT, per month and per year, in Rupiah
    money = stats.contribution_totals(scope)
    assert (f"JKK + JKM {thousands(money.people)} {rupiah(money.monthly_jkk_jkm)} "
            f"{rupiah(money.yearly_jkk_jkm)}") in text
    assert (f"JKK + JKM + JHT {thousands(money.people)} {rupiah(money.monthly_with_jht)} "
            f"{rupiah(money.yearly_with_jht)}") in text
    assert money.monthly_jkk_jkm == 239 * 16_800          # everyone declared Rp1.000.000
    # per status, in the workflow's order
    for value, n in stats.by_status(scope).items():
        from jamsostek_desktop.domain import status as status_rules

        assert f"{status_rules.label(value)} {thousands(n)}" in text
    pages = pdf_text(out)
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert "REKAPITULASI PESERTA BPJS KETENAGAKERJAAN" in pages[0] and "PEMERINTAH KOTA METRO" in pages[0]
    assert "LURAH YOSODADI," in pages[-1] and "Budi Santoso, S.IP." in pages[-1]


def test_summary_of_a_filter_counts_only_the_filter(roster_db, tmp_path):
    out = tmp_path / "rekap-rw.pdf"
    scope = Scope(group="Kesehatan", rw=2)
    result = documents.summary(out, scope, options=documents.PrintOptions(landscape=True))
    text = plumber_text(out)
    assert result.rows == stats.total(scope)
    assert "KELOMPOK KESEHATAN" in text and "RW 002" in text
    assert "Ketua RT" not in text                         # other groups are left out
    assert rupiah(stats.contribution_totals(scope).yearly_with_jht) in text


def test_bar_chart_has_one_bar_per_category_with_participants(roster_db, tmp_path):
    out = tmp_path / "grafik.pdf"
    documents.summary(out)
    with pdfplumber.open(str(out)) as pdf:
        bars = [r for page in pdf.pages for r in page.rects
                if r.get("non_stroking_color") and tuple(round(c, 2) for c in r["non_stroking_color"])
                == (0.18, 0.36, 0.54)]
    counts = stats.by_category(Scope())
    assert len(bars) == sum(1 for n in counts.values() if n)
    widths = sorted(b["width"] for b in bars)
    assert widths[-1] > widths[0]                      # bars scale with the counts
