"""Archive with a reason, the Arsip view and restore, status changes single and in bulk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.services.participants import enrolment

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def select_rows(page, rows):
    from PySide6.QtCore import QItemSelectionModel

    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)


def answer_dialog(name: str, fill):
    """Answer the next modal dialog called `name` once it opens."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            QTimer.singleShot(20, attempt)
            return
        fill(dialog)

    QTimer.singleShot(0, attempt)


def test_archive_with_reason_then_restore(window, person, answers):
    p = enrolment.enrol(person, "ketua-rt")
    window.refresh_data()
    page = window.list_page
    select_rows(page, [0])
    assert window.action_archive.isEnabled() and not window.action_restore.isEnabled()

    def fill(dialog):
        assert not dialog.ok.isEnabled()   # a reason is required
        dialog.reason.setText("Pindah domisili")
        dialog.ok.click()

    answer_dialog("reason_dialog", fill)
    window.findChild(type(window.action_archive), "archive").trigger()
    archived = Participant.get_by_id(p.id)
    assert archived.archived and archived.archive_reason == "Pindah domisili"
    assert page.model.rowCount() == 0
    assert window.navigator.archive_item.text(0) == "Arsip (1)"
    assert window.navigator.all_item.text(0) == "Semua peserta (0)"

    window.navigator.select("archive")
    assert page.archived and page.model.rowCount() == 1
    assert page.model.row_at(0).archive_reason == "Pindah domisili"
    select_rows(page, [0])
    assert window.action_restore.isEnabled() and not window.action_archive.isEnabled()
    assert not window.action_edit.isEnabled()
    assert window.restore_selected(reason="Salah arsip") == 1
    assert not Participant.get_by_id(p.id).archived
    assert page.model.rowCount() == 0
    assert window.navigator.all_item.text(0) == "Semua peserta (1)"
    assert AuditEntry.select().where(AuditEntry.action == "restore").count() == 1


def test_restore_refused_when_the_nik_was_enrolled_again(window, person, answers):
    first = enrolment.enrol(person, "ketua-rt")
    enrolment.archive([first.id], "Keliru kategori")
    enrolment.enrol(person, "ketua-rw")
    window.navigator.select("archive")
    select_rows(window.list_page, [0])
    assert window.restore_selected(reason="") == 0
    assert "tidak dapat dipulihkan" in answers["errors"][0]
    assert Participant.get_by_id(first.id).archived


def test_status_change_through_the_dialog(window, person, answers):
    p = enrolment.enrol({**person, "no_sk": "12/KPTS/2024", "alamat": "Jl. Kenanga",
                         "tanggal_sk": person["tanggal_lahir"].replace(year=2024)}, "ketua-rt")
    window.refresh_data()
    select_rows(window.list_page, [0])

    def fill(dialog):
        assert dialog.target.currentData() == "verified"   # the one move a draft may make
        dialog.ok.click()

    answer_dialog("status_dialog", fill)
    window.action_status.trigger()
    assert Participant.get_by_id(p.id).status == "verified"
    assert window.list_page.model.row_at(0).status == "verified"
    assert window.selected_participant_ids() == [p.id]
    # Back to draft needs a reason.
    assert window.change_status("draft", "") == 0
    assert "memerlukan alasan" in answers["errors"][0]
    assert window.change_status("draft", "SK belum ditandatangani") == 1
    assert Participant.get_by_id(p.id).status_reason == "SK belum ditandatangani"


def test_bulk_status_change(demo_window, answers):
    page = demo_window.list_page
    page.filter_status.setCurrentIndex(page.filter_status.findData("submitted"))
    count = page.model.rowCount()
    assert count > 5
    page.table.selectAll()
    # Aktif needs a KPJ (issue 15): without one, nobody moves and the message says why
    assert demo_window.change_status("active", "") == 0
    from jamsostek_desktop.services.participants import enrolment

    for n, pid in enumerate(demo_window.selected_participant_ids()):
        enrolment.update(pid, {"kpj": f"{24_000_000_000 + n}"}, accept_warnings=True)
    page.table.selectAll()
    assert demo_window.change_status("active", "") == count
    assert Participant.select().where(Participant.status == "submitted").count() == 0
    assert page.model.rowCount() == 0
    assert f"{count} dipilih" not in demo_window.statusBar().currentMessage()


def test_status_dialog_refuses_a_missing_reason(qtbot):
    from jamsostek_desktop.ui.common.messages import StatusDialog

    dialog = StatusDialog(None, 3, {"submitted"})
    qtbot.addWidget(dialog)
    offered = [dialog.target.itemData(i) for i in range(dialog.target.count())]
    assert offered == ["verified", "active", "rejected"]
    dialog.target.setCurrentIndex(offered.index("rejected"))
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Data ganda di kelurahan lain")
    assert dialog.ok.isEnabled()


def test_add_from_a_group_asks_which_category(window, qtbot):
    window.navigator.select("group", "Keagamaan")

    def fill(dialog):
        dialog.setTextValue("Marbot Masjid")
        dialog.accept()

    answer_dialog("category_chooser", fill)
    form = window.add_participant()
    assert form is not None and form.category.code == "marbot"
    form.reject()
