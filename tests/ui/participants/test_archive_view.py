"""The archive lists when and why each person was archived; the archive question names them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.participants.model import column_of
from tests.ui.gallery import caught
from tests.ui.participants.test_records import select_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_archive_shows_reason_and_date(window, person):
    p = enrolment.enrol(person, "ketua-rt")
    enrolment.archive([p.id], "Pindah domisili ke Kota Bandar Lampung")
    window.navigator.select("archive")
    page, table = window.list_page, window.list_page.table
    assert not table.isColumnHidden(column_of("archive_reason")) and not table.isColumnHidden(column_of("archived_at"))
    assert table.isColumnHidden(column_of("lacks"))
    model = page.model
    assert model.data(model.index(0, column_of("archive_reason"))) == "Pindah domisili ke Kota Bandar Lampung"
    archived_at = Participant.get_by_id(p.id).archived_at
    assert model.data(model.index(0, column_of("archived_at"))) == f"{archived_at + dt.timedelta(hours=7):%d-%m-%Y}"
    assert model.headerData(column_of("archived_at"), Qt.Horizontal) == "Diarsipkan"
    window.navigator.select("all")                       # the live list: no archive columns
    assert table.isColumnHidden(column_of("archive_reason")) and not table.isColumnHidden(column_of("lacks"))


def test_the_archive_question_names_the_person(window, person):
    p = enrolment.enrol(person, "ketua-rt")
    window.refresh_data()
    select_rows(window.list_page, [0])
    with caught(messages.ReasonDialog) as kept:
        window.archive_selected()
    (dialog,) = kept
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Arsipkan Slamet Riyadi (NIK 1872011208750003)?" in t for t in texts), texts
    assert dialog.result() == QDialog.Rejected
    assert not Participant.get_by_id(p.id).archived


def test_the_question_for_many_names_a_few_and_counts_the_rest(demo_window):
    page = demo_window.list_page
    demo_window.navigator.select("all")
    select_rows(page, list(range(8)))
    names = [page.model.row_at(r).nama for r in range(5)]
    with caught(messages.ReasonDialog) as kept:
        demo_window.archive_selected()
    texts = " ".join(label.text() for label in kept[0].findChildren(QLabel))
    assert "8 peserta: " + ", ".join(names) + " dan 3 lainnya" in texts
