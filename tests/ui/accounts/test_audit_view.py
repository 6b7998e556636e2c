"""The global audit log with filters and export, and "Riwayat" of one participant."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.ui.accounts.audit_view import AuditLogDialog, AuditModel, HistoryDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def changed(staffed_db, login_as):
    login_as("budi")
    p = Participant.select().where(Participant.status == "draft").order_by(Participant.id).first()  # an operator edits drafts
    enrolment.update(p.id, {"alamat": "Jl. Flamboyan 7"}, accept_warnings=True, reason="salah ketik")
    login_as("sari")
    enrolment.archive([p.id], "pindah domisili")
    return p


def test_model_passes_the_model_tester(qtbot, qtmodeltester, changed):
    model = AuditModel()
    qtmodeltester.check(model)
    assert model.rowCount() == AuditEntry.select().count()


def test_log_filters_by_user_table_action_and_text(qtbot, changed):
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    total = AuditEntry.select().count()
    assert dialog.model.rowCount() == total and str(total) in dialog.count_label.text()
    dialog.actor.setCurrentIndex(dialog.actor.findData("sari"))
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("participant"))
    assert dialog.model.rowCount() == 1
    row = dialog.model.row_values(0)
    assert row[1:5] == ("sari", "Arsipkan", "Peserta", changed.nama)
    assert row[-1] == "pindah domisili"
    dialog.actor.setCurrentIndex(0)
    qtbot.keyClicks(dialog.search, "flamboyan")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    old, new = dialog.model.row_values(0)[6:8]
    assert new == "Jl. Flamboyan 7" and old and old != new
    dialog.search.clear()
    dialog.table_combo.setCurrentIndex(0)
    dialog.use_dates.setChecked(True)  # the last 30 days hold everything
    qtbot.waitUntil(lambda: dialog.model.rowCount() == total, timeout=2000)


def test_log_exports_what_is_shown(qtbot, changed, tmp_path, monkeypatch, no_dialogs):
    out = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    dialog.action.setCurrentIndex(dialog.action.findData("archive"))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.export_operation.running, timeout=10_000)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 2 and rows[1][1:4] == ["sari", "archive", "participant"]
    assert no_dialogs[-1][0] == "information" and "1 entri" in no_dialogs[-1][1]


def test_history_shows_one_participants_changes(qtbot, changed, qtmodeltester):
    dialog = HistoryDialog(changed.id)
    qtbot.addWidget(dialog)
    assert changed.nama in dialog.windowTitle()
    rows = [dialog.model.row_values(r) for r in range(dialog.model.rowCount())]
    assert [r[2] for r in rows] == ["Arsipkan", "Ubah"]
    assert rows[0][5:8] == ("Diarsipkan", "tidak", "ya")
    assert rows[1][1] == "budi" and rows[1][8] == "salah ketik"
    qtmodeltester.check(dialog.model)


def test_operator_cannot_open_the_global_log(qtbot, changed, login_as, no_dialogs):
    from jamsostek_desktop.ui.accounts.audit_view import open_audit_log

    login_as("budi")
    open_audit_log(None)
    assert no_dialogs == [("warning", no_dialogs[0][1])] and "log audit" in no_dialogs[0][1]


def test_export_refuses_the_open_database_and_leaves_it_unchanged(qtbot, changed, monkeypatch, no_dialogs):
    """The save dialog answered with the database's own name (issue 12): refused, nothing written."""
    import hashlib

    from jamsostek_desktop.db.connection import db

    database = db.database
    before = hashlib.sha256(Path(database).read_bytes()).hexdigest()
    entries = AuditEntry.select().count()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (database, ""))
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.export_operation.running, timeout=10_000)
    kind, text = no_dialogs[-1]
    assert kind == "warning" and "basis data yang sedang dibuka" in text and "tidak ada yang diubah" in text
    assert hashlib.sha256(Path(database).read_bytes()).hexdigest() == before
    assert AuditEntry.select().count() == entries       # the database still opens and reads
