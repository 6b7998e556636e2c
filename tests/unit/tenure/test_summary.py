"""The summary PDF gains the month's headcount and the terms ending soon, for the same people."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.printing import documents
from jamsostek_desktop.services.printing.documents import PrintOptions
from jamsostek_desktop.services.tenure import coverage
from tests.unit.tenure.conftest import TODAY, ketua_rt

D = dt.date


def text_of(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_the_summary_shows_the_months_headcount_and_the_terms_ending(enrol, tmp_path):
    soon = enrol(ketua_rt(1, "Akhir Desember", rt=1, tmt=D(2021, 12, 10)))
    enrol(ketua_rt(2, "Masih Lama", rt=2, tmt=D(2024, 1, 1)))
    kader = enrol({**ketua_rt(3, "Sri Kader"), "tmt": D(2021, 12, 1), "fields": {"nama_posyandu": "Melati"}},
                  "kader-posyandu")
    for p in (soon, kader):
        coverage.set_months(p.id, D(2024, 1, 1))
    # The summary lists active participants by default (services/printing/listing.py).
    Participant.update(status="active").execute()
    result = documents.summary(tmp_path / "rekap.pdf", options=PrintOptions(date=TODAY))
    text = text_of(result.path)
    assert "Kepesertaan Bulan Ini dan Masa Jabatan yang Segera Berakhir" in text
    assert f"bulan November 2026: {coverage.count(TODAY)} orang" in text and coverage.count(TODAY) == 2
    assert "Akhir Desember" in text and "Ketua RT, RT 001/RW 002" in text and "09-12-2026" in text
    assert "Sri Kader" in text and "Masih Lama" not in text.split("Kepesertaan Bulan Ini")[1]
    # Narrowed to one category, the section narrows with the rest of the page.
    narrow = documents.summary(tmp_path / "kader.pdf", Scope(category="kader-posyandu"),
                               options=PrintOptions(date=TODAY))
    section = text_of(narrow.path).split("Kepesertaan Bulan Ini")[1]
    assert "Sri Kader" in section and "Akhir Desember" not in section and "November 2026: 1 orang" in section


def test_a_proposal_summary_lists_the_terms_ending_but_no_paid_headcount(enrol, tmp_path):
    """Nobody on a proposal is paid yet: its recap says nothing of the month's headcount."""
    enrol(ketua_rt(1, "Akhir Desember", rt=1, tmt=D(2021, 12, 10)))
    Participant.update(status="submitted").execute()
    result = documents.summary(tmp_path / "usulan.pdf", options=PrintOptions(date=TODAY, listing="usulan"))
    section = text_of(result.path).split("Kepesertaan Bulan Ini")[1]
    assert "Akhir Desember" in section and "dibayar pada bulan" not in section
