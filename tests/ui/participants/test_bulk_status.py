"""A bulk status change: offered only moves some selected person can make, applied to those who
can take it, the others named with their reason, one transaction for what the clerk agreed to."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.participants import enrolment
from tests.ui.participants.test_records import answer_dialog, select_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def three(window, person):
    """A complete draft, a draft without its SK, and one already submitted."""
    sk = {"no_sk": "12/KPTS/2024", "tanggal_sk": dt.date(2024, 3, 1)}
    complete = enrolment.enrol({**person, **sk, "nama": "Agus Complete"}, "ketua-rt")
    lacking = enrolment.enrol({**person, "nik": "1872014304880002", "nama": "Budi Lacking",
                               "tanggal_lahir": dt.date(1988, 4, 3), "jenis_kelamin": "P"}, "ketua-rt",
                              accept_warnings=True)
    submitted = enrolment.enrol({**person, **sk, "nik": "1872010101900005", "nama": "Citra Submitted",
                                 "tanggal_lahir": dt.date(1990, 1, 1)}, "ketua-rt")
    enrolment.change_status([submitted.id], "verified")
    enrolment.change_status([submitted.id], "submitted")
    window.refresh_data()
    select_rows(window.list_page, [0, 1, 2])
    return complete.id, lacking.id, submitted.id


def statuses(*ids):
    return [Participant.get_by_id(i).status for i in ids]


def test_the_dialog_offers_the_moves_of_any_selected_person(window, three):
    offered = []

    def look(dialog):
        offered.extend(dialog.target.itemData(i) for i in range(dialog.target.count()))
        dialog.reject()

    answer_dialog("status_dialog", look)
    window.action_status.trigger()
    # draft -> verified; submitted -> active, rejected, verified; nothing else (no "draft").
    assert offered == ["verified", "active", "rejected"]


def test_the_people_who_can_take_it_move_and_the_others_are_named(window, three, message_boxes):
    complete, lacking, submitted = three
    message_boxes.answers = [True]
    assert window.change_status("verified", "") == 2
    question = message_boxes.texts("question")[0]
    assert "2 dari 3 peserta" in question and "Budi Lacking" in question and "Nomor SK" in question
    assert "Agus Complete" not in question
    assert message_boxes[-1].box.yes == "Ubah 2 peserta"
    assert statuses(complete, lacking, submitted) == ["verified", "draft", "verified"]


def test_saying_no_changes_nobody(window, three, message_boxes):
    message_boxes.answers = [False]
    assert window.change_status("verified", "") == 0
    assert statuses(*three) == ["draft", "draft", "submitted"]


def test_nobody_can_take_it_is_a_warning_naming_them(window, three, message_boxes):
    assert window.change_status("inactive", "Tidak aktif lagi") == 0
    warning = message_boxes.texts("warning")[0]
    assert all(name in warning for name in ("Agus Complete", "Budi Lacking", "Citra Submitted"))
    assert statuses(*three) == ["draft", "draft", "submitted"]


def test_one_transaction_for_what_the_clerk_agreed_to(window, three, message_boxes, monkeypatch):
    complete, lacking, submitted = three
    original, calls = audit.record, []

    def failing_second(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")   # the disk fills while writing the second
        return original(*args, **kwargs)

    monkeypatch.setattr(audit, "record", failing_second)
    message_boxes.answers = [True]
    assert window.change_status("verified", "") == 0
    assert statuses(complete, lacking, submitted) == ["draft", "draft", "submitted"]
    assert any("ruang" in t.lower() or "disk" in t.lower() or "penuh" in t.lower()
               for t in message_boxes.texts("warning", "critical"))
