"""The Masa jabatan & klaim window, driven through its widgets: lists, history, replacements, coverage."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Replacement, Term
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import stats
from jamsostek_desktop.ui.tenure import dialogs
from tests.ui.gallery import caught


def rows(model) -> list[tuple]:
    return [tuple(model.data(model.index(r, c)) for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_every_model_passes_the_model_tester(tenure_window, qtmodeltester):
    dialog, _window, _people = tenure_window
    for model in (dialog.terms_tab.model, dialog.terms_tab.lonely, dialog.posts_tab.model, dialog.posts_tab.history,
                  dialog.replacements_tab.model, dialog.coverage_tab.model, dialog.events_tab.model):
        qtmodeltester.check(model)


def test_terms_ending_soonest_first_and_the_bands(tenure_window):
    dialog, _window, people = tenure_window
    tab = dialog.terms_tab
    names = [row[0] for row in rows(tab.model)]
    assert names.index("Slamet Riyadi") < names.index("Bambang Sutejo") < names.index("Sugiarto Wibowo")
    slamet = rows(tab.model)[names.index("Slamet Riyadi")]
    assert slamet[2:4] == ("Ketua RT", "RT 041/RW 002") and slamet[6] == "19 hari lagi"
    tab.band.setCurrentIndex(2)                       # already ended
    assert "Sugiarto Wibowo" in [row[0] for row in rows(tab.model)]
    assert "Slamet Riyadi" not in [row[0] for row in rows(tab.model)]
    tab.band.setCurrentIndex(1)                       # within 30 days
    assert "Slamet Riyadi" in [row[0] for row in rows(tab.model)]
    assert "Bambang Sutejo" not in [row[0] for row in rows(tab.model)]
    # Joko was entered while Slamet still holds RT 041: he waits without the post, and says why.
    assert rows(tab.lonely) == [("Joko Santoso", people["waiting"].nik, "Ketua RT", "RT 041/RW 002", "Slamet Riyadi")]


def test_assigning_a_held_post_is_refused_naming_the_holder(tenure_window, message_boxes):
    dialog, _window, people = tenure_window
    tab = dialog.terms_tab
    tab.lonely_view.selectRow(0)
    tab.assign()
    assert any("masih dipegang Slamet Riyadi" in text for text in message_boxes.texts("warning"))
    assert Term.open_of(people["waiting"].id).post_id is None


def test_ganti_pejabat_from_the_window_puts_the_waiting_person_on_the_post(tenure_window, qtbot):
    dialog, window, people = tenure_window
    tab = dialog.terms_tab
    tab.lonely_view.selectRow(0)
    with caught(dialogs.ReplaceDialog) as kept:
        tab.replace_holder()
    replace = kept[0]
    replace.reason.setCurrentIndex(replace.reason.findData("mengundurkan-diri"))
    day = dt.date.today() - dt.timedelta(days=3)        # the waiting person's TMT (scenario.py)
    replace.date.setText(day.strftime("%d-%m-%Y"))
    replace.pick.setChecked(True)
    replace.candidate.setCurrentIndex(replace.candidate.findData(people["waiting"].id))
    replace.accept()
    assert replace.result() == QDialog.Accepted
    slamet = Participant.get_by_id(people["ending"].id)
    assert slamet.status == "inactive" and slamet.status_reason == f"Mengundurkan diri per {day:%d-%m-%Y}"
    term = Term.open_of(people["waiting"].id)
    assert term.post.title == "Ketua RT, RT 041/RW 002" and term.start == day
    r = Replacement.get(Replacement.leaving == people["ending"].id)
    assert r.incoming_id == people["waiting"].id


def test_a_refused_replacement_keeps_the_dialog_open_and_changes_nothing(tenure_window, message_boxes):
    dialog, _window, people = tenure_window
    replace = dialogs.ReplaceDialog(dialog, people["ending"].id)
    replace.date.setText("31-02-2026")
    replace.accept()
    assert replace.result() != QDialog.Accepted
    assert any("tanggal tidak dapat dibaca" in text for text in message_boxes.texts("warning"))
    replace.date.setText("01-01-2019")                  # before the term began
    replace.accept()
    assert any("sebelum TMT mulai" in text for text in message_boxes.texts("warning"))
    assert Participant.get_by_id(people["ending"].id).status == "draft"


def test_post_history_is_shown_and_printed(tenure_window, tmp_path, message_boxes):
    from pypdf import PdfReader

    dialog, _window, people = tenure_window
    tab = dialog.posts_tab
    tab.search.setText("RT 044")
    assert [row[:2] for row in rows(tab.model)] == [("Ketua RT", "RT 044/RW 002")]
    assert rows(tab.model)[0][5] == "menunggu pengganti"
    tab.view.selectRow(0)
    history = rows(tab.history)
    assert history[0][1] == "Hadi Purnomo" and history[0][6].startswith("berhenti") and "Pindah domisili" in history[0][6]
    written = tab.print_history(str(tmp_path / "riwayat.pdf"))
    text = PdfReader(written.path).pages[0].extract_text()
    assert "RIWAYAT PEMEGANG JABATAN" in text and "Hadi Purnomo" in text and "kosong sejak" in text


def test_the_open_replacement_takes_a_successor(tenure_window, monkeypatch):
    dialog, _window, people = tenure_window
    tab = dialog.replacements_tab
    names = [row[4] for row in rows(tab.model)]
    tab.view.selectRow(names.index("Hadi Purnomo"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    tab.complete()
    r = Replacement.get(Replacement.leaving == people["leaving"].id)
    assert r.incoming_id is not None
    assert "menunggu pengganti" not in [row[6] for row in rows(tab.model) if row[4] == "Hadi Purnomo"]


def test_coverage_by_month(tenure_window):
    dialog, _window, people = tenure_window
    tab = dialog.coverage_tab
    today = dt.date.today()
    from jamsostek_desktop.services.tenure import coverage

    assert tab.model.rowCount() == coverage.count(today)
    assert "Hadi Purnomo" not in [row[0] for row in rows(tab.model)]   # he left last month
    tab.month.setText((today.replace(day=1) - dt.timedelta(days=31)).strftime("%m-%Y"))
    tab.reload()
    assert "Hadi Purnomo" in [row[0] for row in rows(tab.model)]
    assert tab.total.text().startswith(f"{tab.model.rowCount()} peserta dibayar pada")


def test_the_list_filter_and_the_dashboard_count_the_same_people(office, qtbot):
    window, people = office
    window.navigator.select("all")
    page = window.list_page
    page.filter_term.setCurrentIndex(page.filter_term.findData("60"))
    shown = {page.model.row_at(r).nama for r in range(page.model.rowCount())}
    assert {"Slamet Riyadi", "Bambang Sutejo"} <= shown and "Sugiarto Wibowo" not in shown
    assert page.model.rowCount() == stats.total(Scope(term_end="60"))
    page.filter_term.setCurrentIndex(page.filter_term.findData("ended"))
    assert "Sugiarto Wibowo" in {page.model.row_at(r).nama for r in range(page.model.rowCount())}
    window.show_dashboard()
    (panel,) = [p for p in window.dashboard_page.panels if p.objectName() == "tenure_panel"]
    shown = [panel.model.data(panel.model.index(r, 0)) for r in range(panel.model.rowCount())]
    assert "Slamet Riyadi" in shown and {r.nama for r in panel.figures.ending} >= {"Bambang Sutejo", "Sugiarto Wibowo"}
    assert "2 jabatan menunggu pengganti" in panel.summary.text() and "1 peserta tanpa jabatan" in panel.summary.text()


@pytest.mark.parametrize("action", ["tenure_replace", "tenure_extend", "tenure_event", "tenure_coverage"])
def test_the_menu_actions_need_one_selected_participant(office, message_boxes, action):
    window, _people = office
    window.navigator.select("all")
    window.findChild(type(window.action_add), action).trigger()
    assert message_boxes.texts("information") == ["Pilih satu peserta di daftar terlebih dahulu."]


def test_the_menu_opens_the_dialog_for_the_selected_participant(office, qtbot):
    window, people = office
    window.navigator.select("category", "ketua-rt")
    window.list_page.select_ids([people["ending"].id])
    with caught(dialogs.ExtendDialog) as kept:
        window.findChild(type(window.action_add), "tenure_extend").trigger()
    assert kept and kept[0].participant.id == people["ending"].id
    assert kept[0].start.text()                         # the day after the running term ends
    window.findChild(type(window.action_add), "tenure_window").trigger()
    assert window._tenure_window.isVisible()
    qtbot.keyClick(window._tenure_window, Qt.Key_Escape)


def test_coverage_months_read_in_the_interface_language(tenure_window, qapp):
    from jamsostek_desktop.ui.common import i18n
    from jamsostek_desktop.ui.common.labels import MONTH_NAMES

    dialog, _window, _people = tenure_window
    tab = dialog.coverage_tab
    tab.month.setText("01-2026")
    tab.reload()
    assert tab.total.text().endswith("Januari 2026")
    try:
        assert i18n.install(qapp, "en") == "en"
        tab.reload()
        assert tab.total.text().endswith("January 2026")
        shown = " ".join(str(v) for row in rows(tab.model) for v in row)
        assert not any(name in shown for name in MONTH_NAMES if name not in ("April", "September", "November"))
    finally:
        i18n.uninstall(qapp)
