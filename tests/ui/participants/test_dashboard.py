"""The dashboard page: totals per category and status, men/women, coverage, contributions in Rupiah."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jamsostek_desktop.services.participants import enrolment

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

WOMAN = {"nik": "1872014304880002", "nama": "Siti Rahayu", "tanggal_lahir": None, "jenis_kelamin": "P",
         "rt": 5, "rw": 1}


@pytest.fixture
def window(kelurahan_db, qtbot, person):
    import datetime as dt

    from jamsostek_desktop.app import create_main_window

    enrolment.enrol(person, "ketua-rt")
    enrolment.enrol({**WOMAN, "tanggal_lahir": dt.date(1988, 4, 3), "fields": {"nama_posyandu": "Melati"}},
                    "kader-posyandu")
    third = enrolment.enrol({**person, "nik": "1872010101900005", "nama": "Ahmad Hidayat",
                             "tanggal_lahir": dt.date(1990, 1, 1), "penghasilan": 2_000_000}, "ketua-rt")
    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.third_id = third.id
    return win


def test_dashboard_figures(window, qtbot):
    window.findChild(type(window.action_add), "dashboard").trigger()
    page = window.dashboard_page
    assert window.pages.currentWidget() is page
    assert page.card_total.text() == "3"
    assert page.card_men.text().startswith("2") and page.card_women.text().startswith("1")
    statuses = next(p for p in page.panels if p.objectName() == "panel_statuses")
    assert statuses.counts["draft"] == 3 and statuses.counts["active"] == 0
    model = page.category_model
    ketua_rt = model.figure("ketua-rt")
    assert (ketua_rt.registered, ketua_rt.potential) == (2, None)
    assert model.data(model.index(model.row_of("ketua-rt"), 3)) == "–"
    # The money the region pays is for Aktif people only (issue 15): three drafts cost nothing yet.
    assert page.money_labels["monthly_jkk_jkm"].text() == "Rp0"
    assert page.card_coverage.text() == "–"
    # BPJS registers all three, Ahmad in JHT.
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.accounts import seal

    with db.atomic():
        first = Participant.next_change_seq()
        for n, p in enumerate(Participant.select().order_by(Participant.id)):
            Participant.update(status="active", kpj=f"{23_000_000_000 + n}", program_jht=p.nama == "Ahmad Hidayat",
                               change_seq=Participant.next_change_seq()).where(Participant.id == p.id).execute()
        seal.participants_from(first)
    page.reload()
    # JKK 1% of the income (at least Rp1.000.000) + JKM Rp6.800: 10.000+6.800 twice, 20.000+6.800 once.
    assert page.money_labels["monthly_jkk_jkm"].text() == "Rp60.400"
    assert page.money_labels["yearly_jkk_jkm"].text() == "Rp724.800"
    # JHT 2% only for Ahmad, who is in JHT: +40.000
    assert page.money_labels["monthly_with_jht"].text() == "Rp100.400"
    assert page.money_labels["yearly_with_jht"].text() == "Rp1.204.800"
    # everyone in JHT is a scenario line: +20.000 +20.000 +40.000
    assert page.money_labels["monthly_if_all_jht"].text() == "Rp140.400"
    assert "3 peserta Aktif (1 ikut JHT)" in page.money_note.text()


def test_potential_entered_gives_coverage(window, qtbot):
    from jamsostek_desktop.services.participants import catalogue

    window.show_dashboard()
    page = window.dashboard_page
    model = page.category_model
    index = model.index(model.row_of("ketua-rt"), 2)
    assert model.flags(index) & Qt.ItemIsEditable
    assert model.setData(index, "8")
    assert catalogue.potentials()["ketua-rt"] == 8
    assert model.data(model.index(index.row(), 3)) == "25,0%"
    assert page.card_coverage.text() == "25,0%"
    assert not model.setData(index, "delapan")
    assert catalogue.potentials()["ketua-rt"] == 8


def test_dashboard_follows_changes_from_other_features(window, qtbot):
    window.show_dashboard()
    enrolment.archive([window.third_id], "Meninggal dunia")
    window.refresh_data()
    assert window.dashboard_page.card_total.text() == "2"
    assert window.navigator.archive_item.text(0) == "Arsip (1)"


def test_contributions_of_the_selected_categories(window, qtbot):
    window.show_dashboard()
    page = window.dashboard_page
    page.category_table.selectRow(page.category_model.row_of("kader-posyandu"))
    text = page.selection_money.text()
    assert "Kader Posyandu Balita" in text and "(1 orang)" in text
    assert "JKK + JKM Rp16.800 per bulan (Rp201.600 per tahun)" in text
    assert "dengan JHT Rp36.800 per bulan" in text
