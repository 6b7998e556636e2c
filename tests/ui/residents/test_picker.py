"""The participant form fills a person picked from the register: typed NIK or name, popup, differences."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from jamsostek_desktop.db.models import Participant
from tests.unit.residents.layouts import BY_NAME

# The offscreen platform cannot raise a popup or grab the keyboard for it; not our warnings.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise",
                                       "does not support grabbing the keyboard")


def _form(window, qtbot, category="ketua-rt"):
    window.navigator.select("category", category)
    form = window.add_participant()
    qtbot.waitExposed(form)
    return form


def _type(qtbot, form, key, text):
    widget = form.inputs[key].widget
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_typing_a_name_offers_residents_and_picking_one_fills_the_form(register_window, qtbot):
    form = _form(register_window, qtbot)
    picker = form.resident_picker
    _type(qtbot, form, "nama", "slam")
    popup = picker.completers["nama"].popup()
    qtbot.waitUntil(popup.isVisible)
    assert picker.model.rowCount() == 1
    assert picker.model.item(0).text().startswith("SLAMET RIYADI — 1872011208750003 — METRO, 12-08-1975")
    popup.setCurrentIndex(picker.model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key_Return)
    qtbot.waitUntil(lambda: form.inputs["nik"].raw() == BY_NAME["SLAMET RIYADI"].nik)
    raw = form.raw_values()
    assert (raw["nama"], raw["tempat_lahir"], raw["tanggal_lahir"], raw["jenis_kelamin"], raw["alamat"],
            raw["rt"], raw["rw"]) == ("SLAMET RIYADI", "METRO", "12-08-1975", "L", "JL. KENANGA NO. 5, DUSUN I", "3", "2")
    assert picker.box.isVisible() and "Ada di data penduduk: SLAMET RIYADI" in picker.note.text()
    assert not picker.fill_button.isVisible()               # nothing differs yet

    # Still editable; the difference is shown, and the register can fill the field again.
    _type(qtbot, form, "nama", "Slamet Riyadi Bin Karto")
    assert "Berbeda dengan data penduduk: Nama lengkap (SLAMET RIYADI)" in picker.note.text()
    assert picker.fill_button.isVisible()
    qtbot.mouseClick(picker.fill_button, Qt.LeftButton)
    assert form.inputs["nama"].raw() == "SLAMET RIYADI" and "Berbeda" not in picker.note.text()

    form.inputs["nomor_rt"].set_value("3")
    form.inputs["nomor_rw"].set_value("2")
    assert form.save()
    saved = Participant.get(Participant.nik == BY_NAME["SLAMET RIYADI"].nik)
    assert (saved.nama, saved.tanggal_lahir, saved.rt, saved.rw) == ("SLAMET RIYADI", dt.date(1975, 8, 12), 3, 2)


def test_typing_a_nik_offers_residents_and_warns_of_the_dead(register_window, qtbot):
    form = _form(register_window, qtbot)
    picker = form.resident_picker
    suparmi = BY_NAME["SUPARMI"]
    _type(qtbot, form, "nik", suparmi.nik[:9])
    popup = picker.completers["nik"].popup()
    qtbot.waitUntil(popup.isVisible)
    assert [picker.model.item(r).data(Qt.UserRole + 2) for r in range(picker.model.rowCount())] == [suparmi.nik]
    assert "(Mati)" in picker.model.item(0).text()
    popup.setCurrentIndex(picker.model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key_Return)
    qtbot.waitUntil(lambda: form.inputs["nama"].raw() == "SUPARMI")
    assert "sudah meninggal" in picker.note.text()


def test_a_village_without_rw_and_a_birth_date_the_source_got_wrong(register_window, qtbot):
    form = _form(register_window, qtbot)
    wahyu = BY_NAME["WAHYU HIDAYAT"]
    _type(qtbot, form, "nama", "wahyu")
    picker = form.resident_picker
    qtbot.waitUntil(picker.completers["nama"].popup().isVisible)
    picker.completers["nama"].popup().setCurrentIndex(picker.model.index(0, 0))
    qtbot.keyClick(picker.completers["nama"].popup(), Qt.Key_Return)
    qtbot.waitUntil(lambda: form.inputs["nik"].raw() == wahyu.nik)
    raw = form.raw_values()
    assert (raw["tanggal_lahir"], raw["rw"], raw["alamat"]) == ("03-11-1995", "0", "KARANG ANYAR")
    assert "tidak cocok dengan NIK" in picker.note.text()
    # The mismatch is a warning, not a refusal: the form can be saved.
    form.revalidate()
    assert form.save_button.isEnabled()
    assert any("tidak cocok dengan NIK" in f.message and not f.is_error for f in form.findings())


def test_without_a_register_the_form_has_no_picker(window, qtbot):
    form = _form(window, qtbot)
    assert form.resident_picker is None
