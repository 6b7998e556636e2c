"""The participant list over SQL: model contract, search as you type, filters, sorting, navigator counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.services.participants import listing
from jamsostek_desktop.ui.participants.model import PAGE_SIZE, ParticipantTableModel, column_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def names(model, limit=None):
    n = model.rowCount() if limit is None else min(limit, model.rowCount())
    return [model.row_at(r).nama for r in range(n)]


def test_model_contract_and_lazy_pages(demo_window, qtmodeltester):
    model = demo_window.list_page.model
    assert model.rowCount() == 300
    qtmodeltester.check(model)
    # Only the pages that were read are held.
    assert len(model._pages) <= 2
    standalone = ParticipantTableModel()
    standalone.set_query(listing.ListQuery(scope=Scope(category="ketua-rt")))
    qtmodeltester.check(standalone)
    expected = Participant.select().where(Participant.category == 1).count()
    assert standalone.rowCount() == expected


def test_list_is_in_name_order_and_sorts_by_column(demo_window, qtbot):
    page = demo_window.list_page
    listed = names(page.model)
    assert listed == sorted(listed, key=str)
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, column_of("tanggal_lahir")))
    births = [page.model.row_at(r).tanggal_lahir for r in range(page.model.rowCount())]
    assert births == sorted(births)
    page.table.sortByColumn(column_of("tanggal_lahir"), Qt.DescendingOrder)
    births = [page.model.row_at(r).tanggal_lahir for r in range(page.model.rowCount())]
    assert births == sorted(births, reverse=True)
    page.table.sortByColumn(column_of("nama"), Qt.DescendingOrder)
    listed = names(page.model)
    assert listed == sorted(listed, key=str, reverse=True)


def _section_centre(header, column):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def test_search_as_you_type_by_name_nik_and_rt_rw(demo_window, qtbot):
    page = demo_window.list_page
    someone = Participant.select().order_by(Participant.id).first()
    surname = someone.nama.split()[-1]
    qtbot.keyClicks(page.search, surname[:3].lower())
    assert page.model.rowCount() > 0
    assert all(any(w.lower().startswith(surname[:3].lower()) for w in n.split()) for n in names(page.model))
    page.search.clear()
    qtbot.keyClicks(page.search, someone.nik[:12])
    assert someone.id in [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert all(page.model.row_at(r).nik.startswith(someone.nik[:12]) for r in range(page.model.rowCount()))
    page.search.clear()
    qtbot.keyClicks(page.search, f"{someone.rt}/{someone.rw}")
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and all((r.rt, r.rw) == (someone.rt, someone.rw) for r in rows)
    expected = Participant.select().where(Participant.rt == someone.rt, Participant.rw == someone.rw).count()
    assert len(rows) == expected
    page.search.clear()
    qtbot.keyClicks(page.search, "zzzz")
    assert page.model.rowCount() == 0
    assert page.empty_hint.isVisible()
    assert "Tidak ada peserta yang cocok" in page.empty_hint.text()
    page.search.clear()
    assert page.model.rowCount() == 300


def test_rt_rw_and_status_filters(demo_window):
    page = demo_window.list_page
    page.filter_status.setCurrentIndex(page.filter_status.findData("draft"))
    drafts = Participant.select().where(Participant.status == "draft").count()
    assert page.model.rowCount() == drafts
    assert {page.model.row_at(r).status for r in range(page.model.rowCount())} == {"draft"}
    assert demo_window.current_scope().status == "draft"
    page.filter_rw.setCurrentIndex(page.filter_rw.findData(2))
    expected = Participant.select().where(Participant.status == "draft", Participant.rw == 2).count()
    assert page.model.rowCount() == expected
    page.filter_rt.setCurrentIndex(page.filter_rt.findData(3))
    assert demo_window.current_scope() == Scope(status="draft", rw=2, rt=3)
    assert all((r.rt, r.rw) == (3, 2) for r in (page.model.row_at(i) for i in range(page.model.rowCount())))
    assert "peserta" in page.title.text()


def test_navigator_counts_and_scope(demo_window):
    nav = demo_window.navigator
    n = Participant.select().where(Participant.category == 1).count()
    assert nav._category_items["ketua-rt"].text(0) == f"Ketua RT ({n})"
    assert nav.all_item.text(0) == "Semua peserta (300)"
    assert nav.archive_item.text(0) == "Arsip (0)"
    nav.select("category", "ketua-rt")
    assert demo_window.current_scope() == Scope(category="ketua-rt")
    assert demo_window.list_page.model.rowCount() == n
    assert demo_window.list_page.title.text().startswith("Ketua RT · ")
    nav.select("group", "Kesehatan")
    assert demo_window.current_scope().group == "Kesehatan"


def test_select_all_gives_every_id(demo_window, qtbot):
    page = demo_window.list_page
    page.table.setFocus()
    page.table.selectAll()
    ids = demo_window.selected_participant_ids()
    assert sorted(ids) == sorted(p.id for p in Participant.select(Participant.id))


def test_large_list_keeps_few_rows_in_memory(kelurahan_db, qtbot, monkeypatch):
    from jamsostek_desktop.services.participants import demo_data
    from jamsostek_desktop.ui.participants import model as model_module

    monkeypatch.setattr(model_module, "MAX_PAGES", 2)
    demo_data.generate(3 * PAGE_SIZE + 17, seed=2)
    model = ParticipantTableModel()
    model.set_query(listing.ListQuery())
    assert model.rowCount() == 3 * PAGE_SIZE + 17
    assert list(model._pages) == [0]          # the first page comes with the count
    last = model.row_at(model.rowCount() - 1)
    assert last is not None and list(model._pages) == [0, 3]
    model.row_at(PAGE_SIZE + 1)
    assert list(model._pages) == [3, 1]       # the oldest page was dropped
    ordered = [p.id for p in Participant.select(Participant.id).order_by(Participant.nama, Participant.id)]
    assert model.ids_at(range(model.rowCount())) == ordered
