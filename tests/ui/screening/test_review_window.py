"""Periksa data ganda through the real main window, and the entry form's duplicate hint."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain import eligibility
from jamsostek_desktop.services.screening import flags, references
from tests.unit.screening.helpers import crowd, enrol, values

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
BORN = dt.date(1975, 8, 12)


@pytest.fixture
def window(kelurahan_db, qtbot):
    from jamsostek_desktop.app import create_main_window

    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open(window):
    next(a for a in window.menu("menu_data").actions() if a.objectName() == "screening").trigger()
    return window._screening_window


def test_a_pair_is_found_and_decided_same_person(kelurahan_db, qtbot, tmp_path, qtmodeltester):
    crowd(6)
    kept = enrol(values(1, nik="1872011208750003", nama="AHMAD MARUF", born=BORN))
    other = enrol(values(2, nik="1872011208750008", nama="Ahmad Ma'ruf", born=BORN))
    from jamsostek_desktop.app import create_main_window

    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    win.show()
    dialog = _open(win)
    assert dialog.pair_model.rowCount() == 0
    qtbot.mouseClick(dialog.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.pair_model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(dialog.pair_model)
    assert "AHMAD MARUF" in dialog.pair_model.item(0, 1).text() + dialog.pair_model.item(0, 2).text()
    dialog.pair_view.selectRow(0)
    assert not dialog.keep_one.isEnabled()          # a reason first
    dialog.reason.setText("NIK salah ketik; KTP asli dilihat")
    assert dialog.keep_one.isEnabled()
    pair = dialog.pair_model.item(0, 0).data(Qt.UserRole)
    button = dialog.keep_one if pair.one.uuid == kept.uuid else dialog.keep_two
    button.click()
    assert dialog.pair_model.rowCount() == 0
    assert Participant.get_by_id(other.id).archived and not Participant.get_by_id(kept.id).archived
    dialog.grab().save(str(tmp_path / "review.png"))


def test_a_flag_is_resolved_in_the_window(window, qtbot, tmp_path):
    people = crowd(4)
    path = tmp_path / "asn.csv"
    path.write_text(f"NIK;Nama;NIP\n{people[0].nik};X;198001012006041001\n", encoding="utf-8")
    references.import_file(eligibility.ASN, path)
    dialog = _open(window)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.flag_model.rowCount() == 1 and dialog.keep_flag.isVisible() and not dialog.keep_one.isVisible()
    dialog.flag_view.selectRow(0)
    dialog.reason.setText("Sudah berhenti dari PPPK")
    dialog.keep_flag.click()
    assert dialog.flag_model.rowCount() == 0 and flags.open_count() == 0


def test_the_entry_form_warns_of_a_likely_duplicate_as_the_clerk_types(window, qtbot):
    enrol(values(1, nik="1872011208750003", nama="AHMAD MARUF", born=BORN))
    from jamsostek_desktop.services.participants import catalogue
    from jamsostek_desktop.ui.participants.form import ParticipantForm

    form = ParticipantForm(catalogue.get("ketua-rt"), parent=window)
    qtbot.addWidget(form)
    form.show()
    hint = form.duplicate_hint.label
    assert not hint.isVisible()
    form.inputs["nik"].widget.setText("1872011208750008")
    qtbot.waitUntil(hint.isVisible, timeout=5_000)
    assert "AHMAD MARUF" in hint.text() and "periksa KTP" in hint.text()
    form.inputs["nik"].widget.setText("1872011208759999")
    form.inputs["nama"].widget.setText("Orang Lain")
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=5_000)


def test_a_reference_list_is_imported_from_the_window(window, qtbot, tmp_path):
    people = crowd(4)
    path = tmp_path / "meninggal.xlsx"
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["No", "NIK", "Nama", "Tgl Meninggal"])
    book.active.append([1, people[2].nik, people[2].nama, "03-02-2026"])
    book.save(path)
    review = _open(window)
    dialog = review.import_reference()
    dialog.kind.setCurrentIndex(dialog.kind.findData(eligibility.DECEASED))
    dialog.path.setText(str(path))
    dialog.source.setText("Dinas Dukcapil")
    dialog.check()
    assert "NIK \u2192 NIK" in dialog.columns.text() and "Tanggal meninggal" in dialog.columns.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_report is not None, timeout=10_000)
    assert dialog.result_report.committed
    assert review.flag_model.rowCount() == 1 and "MATI" in review.flag_model.item(0, 2).text()
    (current,) = references.current_lists()
    assert current.source == "Dinas Dukcapil" and current.rows == 1


def test_the_dashboard_counts_the_people_to_check(window, qtbot):
    crowd(5)
    enrol(values(1, nik="1872011208750003", nama="AHMAD MARUF", born=BORN))
    enrol(values(2, nik="1872011208750008", nama="Ahmad Ma'ruf", born=BORN))
    from jamsostek_desktop.services.screening import pairs

    pairs.run()
    window.show_dashboard()
    panel = window.dashboard_page.findChild(type(window.dashboard_page.panels[-1]), "screening_panel")
    qtbot.waitUntil(lambda: "2 peserta perlu diperiksa" in panel.summary.text(), timeout=5_000)
    assert "1 pasangan" in panel.summary.text()
    panel.open_button.click()
    assert window._screening_window.pair_model.rowCount() == 1
