"""History and the audit log show labels, not codes or JSON, and times in the office's zone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.domain import region
from jamsostek_desktop.services.participants import enrolment, profile
from jamsostek_desktop.ui.accounts.audit_view import AuditLogDialog, HistoryDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ketua(kelurahan_db, person):
    p = enrolment.enrol({**person, "no_sk": "12/KPTS/2024", "tanggal_sk": dt.date(2024, 3, 1)}, "ketua-rt")
    enrolment.change_status([p.id], "verified")
    enrolment.update(p.id, {"fields": {"nomor_rt": 3, "nomor_rw": 5},
                            "tanggal_sk": dt.date(2024, 4, 2), "penghasilan": 1_500_000},
                     accept_warnings=True, reason="koreksi")
    return p


def changes(dialog) -> list[str]:
    model = dialog.model
    return [model.data(model.index(r, 3)) for r in range(model.rowCount())]


def test_history_says_what_changed_in_words(qtbot, ketua, qtmodeltester):
    dialog = HistoryDialog(ketua.id)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    headers = [dialog.model.headerData(c, Qt.Horizontal) for c in range(dialog.model.columnCount())]
    assert headers == ["Waktu", "Pengguna", "Aksi", "Perubahan", "Alasan"]
    shown = changes(dialog)
    assert "Status: Draf → Terverifikasi" in shown
    assert "Data tambahan: Nomor RW: 2 → 5" in shown                 # only the category field that changed
    assert "Tanggal SK: 01-03-2024 → 02-04-2024" in shown
    assert "Penghasilan dilaporkan: Rp1.000.000 → Rp1.500.000" in shown
    text = " ".join(shown)
    assert "{" not in text and "verified" not in text and "2024-03-01" not in text


def test_the_log_shows_labels_and_the_office_time_zone(qtbot, ketua):
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    rows = [dialog.model.row_values(r) for r in range(dialog.model.rowCount())]
    status_row = next(r for r in rows if r[5] == "Status")
    assert status_row[6:8] == ("Draf", "Terverifikasi")
    fields_row = next(r for r in rows if r[5] == "Data tambahan")
    assert fields_row[6:8] == ("Nomor RW: 2", "Nomor RW: 5")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    expected = f"{entry.at + dt.timedelta(hours=7):%d-%m-%Y %H:%M} WIB"      # Kota Metro, Lampung
    assert rows[0][0] == expected


def test_codes_stored_in_the_trail_read_as_words(ketua):
    from jamsostek_desktop.ui.accounts import audit_text

    assert audit_text.change("jenis_kelamin", "L", "P") == "Laki-laki → Perempuan"
    assert audit_text.change("category", "ketua-rt", "ketua-rw") == "Ketua RT → Ketua RW"
    assert audit_text.change("program_jht", "False", "True") == "tidak → ya"
    assert audit_text.change("alamat", None, "Jl. Kenanga") == "Jl. Kenanga"
    assert audit_text.shown("fields", '{"nomor_rt": 3, "nomor_rw": 2}') == "Nomor RT: 3, Nomor RW: 2"


@pytest.mark.parametrize("code, zone", [("18.72.01.1001", ("WIB", 7)), ("51.71.01.1001", ("WITA", 8)),
                                        ("73.71.01.1001", ("WITA", 8)), ("91.71.01.1001", ("WIT", 9)),
                                        ("81.71", ("WIT", 9)), ("64.72.01.1001", ("WITA", 8)), ("", ("WIB", 7))])
def test_time_zone_from_the_region(code, zone):
    assert region.time_zone(code) == zone


def test_an_office_in_makassar_sees_wita(qtbot, ketua):
    current = profile.get()
    profile.save({**{k: getattr(current, k) for k in ("kelurahan", "kecamatan", "kota", "provinsi")},
                  "region_code": "73.71.01.1001"})
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert dialog.model.row_values(0)[0] == f"{entry.at + dt.timedelta(hours=8):%d-%m-%Y %H:%M} WITA"
    assert Participant.select().count() == 1
