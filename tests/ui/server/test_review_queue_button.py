"""The conflict list's "Ambil catatan berikutnya untuk saya": each person is handed a different open item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.sync_models import ReviewClaim, SyncIssue
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.services.accounts import users as accounts
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.ui.main_window import MainWindow
from jamsostek_desktop.ui.sync import menu
from tests.unit.sync.conftest import Offices, nik, person

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(params=["sqlite", "postgresql"])
def city(request, tmp_path):
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    offices = Offices(tmp_path / "db", server)
    offices.folder.mkdir()
    offices.create("city")
    for name in ("admin", "rina", "agus"):
        actor = accounts.create_user(name, "rahasia-kota-1", role="admin", full_name=name.title())
        session.set_actor(actor)
    for serial in (1, 2):
        p = enrolment.enrol(person(nik(serial), f"Orang {serial}"), "ketua-rt", accept_warnings=True)
        SyncIssue.create(kind="conflict", kelurahan_code="18.72.01.1001", record_key=p.uuid,
                         detail={"incoming": {**_record(p), "revision": p.revision + 1, "alamat": "Versi kelurahan"},
                                 "current": _record(p), "reason": "content", "kelurahan_name": "Yosodadi"})
    yield offices
    if server is not None:
        from jamsostek_desktop.db.connection import close_db

        close_db()
        server.drop(offices.paths["city"])


def _record(p: Participant) -> dict:
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.services.sync import rows
    from jamsostek_desktop.services.sync.format import records

    return records.from_row(db.execute_sql(rows.select() + 'WHERE p."id" = ?', (p.id,)).fetchone())


def test_each_person_is_handed_a_different_item(qtbot, city, message_boxes, tmp_path):
    session.set_actor(accounts.authenticate("rina", "rahasia-kota-1"))
    window = MainWindow()
    qtbot.addWidget(window)
    issues = menu.open_issues_dialog(window)
    qtbot.waitExposed(issues)
    first = SyncIssue.select().order_by(SyncIssue.id).first().id
    qtbot.mouseClick(issues.next_button, Qt.LeftButton)
    assert issues.current_issue().id == first and ReviewClaim.get_by_id(first).username == "rina"
    issues.grab().save(str(tmp_path / "antrean.png"))
    session.set_actor(accounts.authenticate("agus", "rahasia-kota-1"))
    qtbot.mouseClick(issues.next_button, Qt.LeftButton)
    second = issues.current_issue().id
    assert second != first and ReviewClaim.get_by_id(second).username == "agus"
    qtbot.mouseClick(issues.current_button, Qt.LeftButton)       # agus keeps the city's version
    assert SyncIssue.get_by_id(second).resolved_by == "agus"
    qtbot.mouseClick(issues.next_button, Qt.LeftButton)          # nothing left that rina does not hold
    assert message_boxes.texts() and "belum ditangani orang lain" in message_boxes.texts()[-1]
    issues.close()
