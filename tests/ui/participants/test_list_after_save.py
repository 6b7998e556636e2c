"""The list after a save in the form shows exactly what a list read afresh shows.

A save no longer resets the list's model: the view is told of one inserted, moved, removed
or changed line, so Qt keeps its header, column widths and selection. Each case here is
compared, line by line and role by role, with a model built from nothing on the same query.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import enrolment, fast_paths, regions
from jamsostek_desktop.ui.participants.model import ROW_ROLE, ParticipantTableModel, column_of
from tests.ui.participants.test_form import NIK_MAN, NIK_OTHER, NIK_WOMAN, fill_identity

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROLES = (Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole, ROW_ROLE)


def lines(model) -> list[list]:
    return [[model.data(model.index(row, column), role) for column in range(model.columnCount()) for role in ROLES]
            for row in range(model.rowCount())]


def assert_as_fresh(page) -> None:
    """The page's list holds what a model reading its query from nothing holds, and says so."""
    fresh = ParticipantTableModel()
    fresh.set_kelurahan_names({k.code: k.kelurahan for k in regions.all_kelurahan()})
    fresh.set_query(page.model.query)
    assert page.model.rowCount() == fresh.rowCount()
    assert lines(page.model) == lines(fresh)
    assert page.title.text().endswith(f"· {fresh.rowCount()} peserta")


class Changes:
    """What the list's model told its views: resets, and which rows came, went or moved."""

    def __init__(self, model) -> None:
        self.resets, self.inserted, self.removed, self.moved, self.changed = 0, [], [], [], []
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(lambda _parent, first, last: self.inserted.append((first, last)))
        model.rowsRemoved.connect(lambda _parent, first, last: self.removed.append((first, last)))
        model.rowsMoved.connect(lambda _p, first, _last, _d, row: self.moved.append((first, row)))
        model.dataChanged.connect(lambda top, bottom, _roles: self.changed.append((top.row(), bottom.row())))

    def _reset(self) -> None:
        self.resets += 1


def add(window, clerk, nik: str, nama: str, rt: str = "3"):
    form = window.add_participant()
    fill_identity(clerk, form, nik, nama, rt=rt)
    form.save()
    assert form.saved_id is not None
    return form.saved_id


def edit(window, clerk, participant_id: int, **typed: str) -> None:
    form = window.edit_participant(participant_id)
    for key, text in typed.items():
        clerk.type(form, key, text)
    form.save()
    assert form.saved_id == participant_id


def selected_name(page) -> str:
    return page.model.row_at(page.table.currentIndex().row()).nama


def select(page, row: int) -> None:
    page.table.selectionModel().setCurrentIndex(page.model.index(row, 0),
                                                QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)


@pytest.mark.parametrize("name", ["Aaaa Siti", "Maria Ulfa", "Zzzz Yusuf"])
def test_a_new_row_is_inserted_where_a_fresh_list_has_it(demo_window, clerk, name):
    page = demo_window.list_page
    demo_window.navigator.select("category", "ketua-rt")
    widths = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
    before = page.model.rowCount()
    changes = Changes(page.model)
    new_id = add(demo_window, clerk, NIK_WOMAN, name)
    assert changes.resets == 0 and len(changes.inserted) == 1
    row = changes.inserted[0][0]
    assert page.model.id_at(row) == new_id
    assert page.table.currentIndex().row() == row and page.selected_ids() == [new_id]
    assert page.model.rowCount() == before + 1
    assert [page.table.columnWidth(c) for c in range(page.model.columnCount())] == widths
    assert_as_fresh(page)
    # The new line is on screen.
    assert page.table.viewport().rect().intersects(page.table.visualRect(page.model.index(row, 1)))


def test_a_new_row_in_descending_and_other_orders(demo_window, clerk):
    page = demo_window.list_page
    demo_window.navigator.select("category", "ketua-rt")
    page.table.sortByColumn(column_of("nama"), Qt.DescendingOrder)
    add(demo_window, clerk, NIK_MAN, "Maria Slamet")
    assert selected_name(page) == "Maria Slamet"
    assert_as_fresh(page)
    page.table.sortByColumn(column_of("nik"), Qt.AscendingOrder)       # ids held in order: read again
    add(demo_window, clerk, NIK_WOMAN, "Budi Santoso")
    assert selected_name(page) == "Budi Santoso"
    assert_as_fresh(page)


def test_a_new_row_the_filtered_list_does_not_show(demo_window, clerk):
    page = demo_window.list_page
    demo_window.navigator.select("category", "ketua-rt")
    word = page.model.row_at(0).nama.split()[0]       # a name the newcomer does not have
    assert word.lower() not in ("slamet", "riyadi")
    page.search.setText(word)
    shown = page.model.rowCount()
    assert shown > 0
    select(page, 0)
    first = page.model.id_at(0)
    changes = Changes(page.model)
    add(demo_window, clerk, NIK_MAN, "Slamet Riyadi")
    assert changes.resets == 0 and not changes.inserted
    assert page.model.rowCount() == shown and page.selected_ids() == [first]
    assert_as_fresh(page)
    # The same under an RT filter the newcomer is outside of, and then shown once it is lifted.
    page.search.clear()
    rt = page.filter_rt
    rt.setCurrentIndex(rt.findData(5))
    add(demo_window, clerk, NIK_OTHER, "Rahmat Hidayat", rt="7")
    assert_as_fresh(page)
    rt.setCurrentIndex(0)
    assert "Rahmat Hidayat" in [page.model.row_at(r).nama for r in range(page.model.rowCount())]
    assert_as_fresh(page)


def test_an_edited_row_is_read_again_moved_or_dropped(demo_window, clerk):
    page = demo_window.list_page
    demo_window.navigator.select("category", "ketua-rt")
    pid = add(demo_window, clerk, NIK_MAN, "Maria Slamet")
    row = page.model.row_of_id(pid)

    # Same place: only that line changes.
    changes = Changes(page.model)
    edit(demo_window, clerk, pid, alamat="Jl. Melati 9", rt="12")
    assert changes.resets == 0 and changes.changed == [(row, row)] and not changes.moved
    assert page.model.row_at(row).rt == 12 and page.selected_ids() == [pid]
    assert page.model.data(page.model.index(row, column_of("rt_rw"))) == "012/002"
    assert_as_fresh(page)

    # A name that sorts elsewhere: the line moves there, still selected.
    changes = Changes(page.model)
    edit(demo_window, clerk, pid, nama="Aaaa Slamet")
    assert changes.resets == 0 and len(changes.moved) == 1
    assert page.model.id_at(0) == pid and page.selected_ids() == [pid]
    assert_as_fresh(page)
    edit(demo_window, clerk, pid, nama="Zzzz Slamet")
    assert page.model.id_at(page.model.rowCount() - 1) == pid and page.selected_ids() == [pid]
    assert_as_fresh(page)

    # A search the new name no longer matches: the line leaves the list.
    page.search.setText("zzzz")
    assert page.model.rowCount() == 1
    select(page, 0)
    changes = Changes(page.model)
    edit(demo_window, clerk, pid, nama="Slamet Lagi")
    assert changes.resets == 0 and changes.removed == [(0, 0)]
    assert page.model.rowCount() == 0 and not page.empty_hint.isHidden()
    assert Participant.get_by_id(pid).nama == "Slamet Lagi"
    assert_as_fresh(page)


def test_archive_after_a_save_and_the_archive_list(demo_window, clerk):
    page = demo_window.list_page
    demo_window.navigator.select("category", "ketua-rt")
    pid = add(demo_window, clerk, NIK_MAN, "Maria Slamet")
    assert page.selected_ids() == [pid]
    assert demo_window.archive_selected(reason="Pindah domisili") == 1
    assert pid not in [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert_as_fresh(page)
    demo_window.navigator.select("archive")
    assert pid in [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert_as_fresh(page)


def test_the_reference_path_shows_the_same_list(demo_window, clerk, monkeypatch):
    """With the prepared statements off the list is read again by a reset: same lines."""
    page = demo_window.list_page
    demo_window.navigator.select("category", "ketua-rt")
    monkeypatch.setattr(fast_paths, "enabled", False)
    changes = Changes(page.model)
    pid = add(demo_window, clerk, NIK_MAN, "Maria Slamet")
    assert changes.resets == 1 and page.selected_ids() == [pid]
    assert_as_fresh(page)
    edit(demo_window, clerk, pid, nama="Aaaa Slamet")
    assert page.model.id_at(0) == pid and page.selected_ids() == [pid]
    assert_as_fresh(page)
    assert enrolment.get(pid).nama == "Aaaa Slamet"


def test_pages_read_next_to_a_newcomer_are_those_a_fresh_list_reads(kelurahan_db, qtbot, monkeypatch):
    """After a save the list holds only the newcomer's page; the pages around it are read by a
    seek from its first or last line, and they are the pages a fresh list reads by offset."""
    from jamsostek_desktop.services.participants import demo_data
    from jamsostek_desktop.services.participants.listing import ListQuery
    from jamsostek_desktop.ui.participants import model as model_module
    from tests.unit.screening.helpers import enrol, values

    monkeypatch.setattr(model_module, "PAGE_SIZE", 8)
    demo_data.generate(100, seed=3)
    model = ParticipantTableModel()
    model.set_query(ListQuery())
    new = enrol(values(1, nik=NIK_MAN, nama="Maria Slamet", born=dt.date(1975, 8, 12)))
    row = model.reload_after_insert(new.id)
    assert row is not None and list(model._pages) == [row // 8]
    fresh = ParticipantTableModel()
    fresh.set_query(ListQuery())
    for at in [*range(row, -1, -1), *range(row, model.rowCount())]:        # up from it, then down
        assert model.row_at(at) == fresh.row_at(at)
    assert model.rowCount() == fresh.rowCount() == 101


def test_pages_held_move_down_around_a_newcomer(kelurahan_db, qtbot, monkeypatch):
    """Every page held when the newcomer is saved stays held, its lines one further down, and
    the list reads as a fresh one does (pages dropped where their first line was not held)."""
    from jamsostek_desktop.services.participants import demo_data
    from jamsostek_desktop.services.participants.listing import ListQuery
    from jamsostek_desktop.ui.participants import model as model_module
    from tests.unit.screening.helpers import enrol, values

    monkeypatch.setattr(model_module, "PAGE_SIZE", 8)
    demo_data.generate(100, seed=3)
    model = ParticipantTableModel()
    model.set_query(ListQuery())
    for at in (*range(0, 40), *range(56, 100)):        # pages 0-4 and 7-12 held, 5 and 6 not
        model.row_at(at)
    texts_before = {model.row_at(at).id: model.data(model.index(at, 1)) for at in range(3)}
    people = [("Maria Slamet", NIK_MAN, dt.date(1975, 8, 12), "L"), ("Aaaa Awal", NIK_WOMAN, dt.date(1988, 4, 3), "P"),
              ("Zzzz Akhir", NIK_OTHER, dt.date(1990, 1, 1), "L")]
    for number, (nama, nik, born, sex) in enumerate(people):
        new = enrol({**values(10 + number, nik=nik, nama=nama, born=born), "jenis_kelamin": sex})
        row = model.reload_after_insert(new.id)
        fresh = ParticipantTableModel()
        fresh.set_query(ListQuery())
        assert model.rowCount() == fresh.rowCount() == 101 + number
        assert model.id_at(row) == new.id
        if number:
            assert len(model._pages) > 1         # first and last page were held: moved, not read again
        assert [model.row_at(at) for at in range(model.rowCount())] == \
            [fresh.row_at(at) for at in range(fresh.rowCount())]
    assert {model.row_at(at).id: model.data(model.index(at, 1)) for at in range(1, 4)} == texts_before
