"""The entry form driven through its widgets: three categories, NIK-derived fields, duplicates,
warnings, keyboard (Enter moves on, Ctrl+S saves, Esc asks), editing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.ui.participants.form import ParticipantForm

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# Valid NIKs issued in Kota Metro: a man born 12-08-1975, a woman born 03-04-1988, a man born 01-01-1990.
NIK_MAN = "1872011208750003"
NIK_WOMAN = "1872014304880002"
NIK_OTHER = "1872010101900005"


def open_form(window, qtbot, category: str):
    window.navigator.select("category", category)
    form = window.add_participant()
    qtbot.waitExposed(form)
    return form


def fill_identity(clerk, form, nik: str, nama: str, rt: str = "3", rw: str = "2") -> None:
    clerk.type(form, "nik", nik)
    clerk.type(form, "nama", nama)
    clerk.type(form, "tempat_lahir", "Metro")
    clerk.type(form, "alamat", "Jl. Kenanga No. 5")
    clerk.type(form, "rt", rt)
    clerk.type(form, "rw", rw)


def test_add_in_three_categories_by_typing(window, qtbot, clerk, answers):
    # Ketua RT, with the category's own fields.
    form = open_form(window, qtbot, "ketua-rt")
    assert form.windowTitle() == "Tambah peserta — Ketua RT"
    fill_identity(clerk, form, NIK_MAN, "Slamet Riyadi")
    clerk.type(form, "nomor_rt", "3")
    clerk.type(form, "nomor_rw", "2")
    assert form.save_button.isEnabled()
    clerk.press(form.inputs["nomor_rw"].widget, Qt.Key_S, Qt.ControlModifier)
    assert form.result() == form.DialogCode.Accepted
    p = Participant.get(Participant.nik == NIK_MAN)
    assert (p.nama, p.category.code, p.rt, p.rw, p.fields) == ("Slamet Riyadi", "ketua-rt", 3, 2,
                                                                {"nomor_rt": 3, "nomor_rw": 2})
    assert p.tanggal_lahir == dt.date(1975, 8, 12) and p.jenis_kelamin == "L"

    # Kader posyandu: a woman, with the posyandu name, saved by the button.
    form = open_form(window, qtbot, "kader-posyandu")
    assert "nama_posyandu" in form.inputs and "nomor_rt" not in form.inputs
    fill_identity(clerk, form, NIK_WOMAN, "Siti Rahayu", rt="5", rw="1")
    clerk.type(form, "nama_posyandu", "Posyandu Melati 3")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    p = Participant.get(Participant.nik == NIK_WOMAN)
    assert (p.category.code, p.jenis_kelamin, p.fields) == ("kader-posyandu", "P",
                                                            {"nama_posyandu": "Posyandu Melati 3"})

    # Guru TPA, identity fields only: a draft that still lacks its documents.
    form = open_form(window, qtbot, "guru-tpa")
    fill_identity(clerk, form, NIK_OTHER, "Ahmad Hidayat", rt="7", rw="3")
    assert "Untuk verifikasi masih perlu" in form.summary.text()
    assert "Nama TPA/TPQ" in form.summary.text()
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    p = Participant.get(Participant.nik == NIK_OTHER)
    assert p.category.code == "guru-tpa" and p.status == "draft"

    # The list and the navigator follow; the draft shows what it lacks.
    assert window.navigator._category_items["guru-tpa"].text(0) == "Guru TPA (1)"
    assert window.navigator.all_item.text(0) == "Semua peserta (3)"
    model = window.list_page.model
    assert model.rowCount() == 1
    row = model.row_at(0)
    assert row.nama == "Ahmad Hidayat"
    assert "Nomor SK" in row.lacks and "Nama TPA/TPQ" in row.lacks
    assert window.selected_participant_ids() == [p.id]
    assert answers["errors"] == []


def test_birth_date_and_sex_come_from_the_nik(window, qtbot, clerk):
    form = open_form(window, qtbot, "ketua-rt")
    clerk.type(form, "nik", NIK_WOMAN)
    assert form.inputs["tanggal_lahir"].widget.text() == "03-04-1988"
    assert form.inputs["jenis_kelamin"].raw() == "P"
    assert form.messages["tanggal_lahir"].text() == "Diisi dari NIK."
    # Another NIK replaces what the form filled in, not what the clerk typed.
    clerk.type(form, "nik", NIK_MAN)
    assert form.inputs["tanggal_lahir"].widget.text() == "12-08-1975"
    assert form.inputs["jenis_kelamin"].raw() == "L"
    clerk.type(form, "tanggal_lahir", "13-08-1975")
    clerk.type(form, "nik", NIK_OTHER)
    assert form.inputs["tanggal_lahir"].widget.text() == "13-08-1975"
    # ... and the disagreement is an error next to the NIK; save stays disabled.
    assert "tidak cocok" in form.messages["nik"].text()
    assert not form.save_button.isEnabled()


def test_errors_show_next_to_their_field_as_you_type(window, qtbot, clerk):
    form = open_form(window, qtbot, "ketua-rt")
    assert not form.save_button.isEnabled()
    assert form.messages["nik"].isHidden()   # nothing typed yet: no red text
    clerk.type(form, "nik", "18720112")
    assert form.messages["nik"].text() == "NIK harus 16 digit (sekarang 8 digit)."
    assert form.messages["nik"].isVisible()
    clerk.type(form, "telepon", "12345")
    assert "Nomor HP tidak valid" in form.messages["telepon"].text()
    clerk.type(form, "tanggal_sk", "31-02-2024")
    assert "tidak ada di kalender" in form.messages["tanggal_sk"].text()
    assert not form.save_button.isEnabled()
    assert "periksa" in form.summary.text()


def test_duplicate_nik_is_refused_naming_where(window, qtbot, clerk, person):
    enrolment.enrol(person, "ketua-rt")
    window.refresh_data()
    form = open_form(window, qtbot, "guru-tpa")
    clerk.type(form, "nik", person["nik"])
    message = form.messages["nik"].text()
    assert "NIK sudah terdaftar atas nama Slamet Riyadi" in message and "Ketua RT, RT 003/RW 002" in message
    fill_identity(clerk, form, person["nik"], "Slamet R")
    assert not form.save_button.isEnabled()
    form.save()
    assert Participant.select().count() == 1


def test_warnings_need_confirmation(window, qtbot, clerk, answers):
    form = open_form(window, qtbot, "ketua-rt")
    # Born 1950: outside the age window, a warning, not an error.
    fill_identity(clerk, form, "1872010101500007", "Mbah Karto")
    assert form.save_button.isEnabled()
    assert "di luar rentang" in form.messages["tanggal_lahir"].text()
    answers["answers"] = [False]
    form.save()
    assert Participant.select().count() == 0 and form.isVisible()
    assert "Tetap simpan?" in answers["asked"][0]
    answers["answers"] = [True]
    form.save()
    assert Participant.select().count() == 1


def test_enter_moves_on_and_tab_order_follows_the_paper_form(window, qtbot, clerk):
    form = open_form(window, qtbot, "ketua-rt")
    form.inputs["nik"].widget.setFocus()
    clerk.press(form.inputs["nik"].widget, Qt.Key_Return)
    assert form.focusWidget() is form.inputs["nama"].widget
    assert form.isVisible()   # Enter does not save or close
    order = []
    widget = form.inputs["nik"].widget
    while True:
        if widget.objectName() in form.inputs and widget.objectName() not in order:
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is form.inputs["nik"].widget:
            break
    assert order[:8] == ["nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat", "rt", "rw"]
    assert order[-5:] == ["nomor_rt", "nomor_rw", "masa_jabatan", "jenis_sk", "tmt_akhir"]


def test_escape_asks_before_discarding(window, qtbot, clerk, answers):
    form = open_form(window, qtbot, "ketua-rt")
    clerk.press(form, Qt.Key_Escape)   # nothing typed: closes without a question
    assert not form.isVisible() and answers["asked"] == []
    form = open_form(window, qtbot, "ketua-rt")
    clerk.type(form, "nama", "Budi")
    answers["answers"] = [False]
    clerk.press(form.inputs["nama"].widget, Qt.Key_Escape)
    assert form.isVisible() and "Buang isian ini?" in answers["asked"][0]
    answers["answers"] = [True]
    clerk.press(form.inputs["nama"].widget, Qt.Key_Escape)
    assert not form.isVisible()


def test_edit_by_double_click_and_enter(window, qtbot, clerk, person):
    p = enrolment.enrol(person, "ketua-rt")
    window.navigator.select("category", "ketua-rt")
    table = window.list_page.table
    index = window.list_page.model.index(0, 1)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    forms = [w for w in window.findChildren(ParticipantForm) if w.isVisible()]
    assert len(forms) == 1
    form = forms[0]
    assert form.inputs["nama"].widget.text() == "Slamet Riyadi"
    assert form.inputs["rt"].widget.text() == "3"
    assert form.messages["nik"].isHidden()
    clerk.type(form, "nama", "Slamet Riyadi Santoso")
    form.save()
    assert Participant.get_by_id(p.id).nama == "Slamet Riyadi Santoso"
    assert window.list_page.model.row_at(0).nama == "Slamet Riyadi Santoso"
    # Enter on the selected row opens it too.
    table.setFocus()
    clerk.press(table, Qt.Key_Return)
    forms = [w for w in window.findChildren(ParticipantForm) if w.isVisible()]
    assert len(forms) == 1 and forms[0].participant_id == p.id
    forms[0].reject()


def test_enter_through_the_last_field_reaches_save(window, qtbot, clerk):
    form = open_form(window, qtbot, "ketua-rt")
    fill_identity(clerk, form, NIK_MAN, "Slamet Riyadi")
    last = form.inputs["tmt_akhir"].widget
    last.setFocus()
    clerk.press(last, Qt.Key_Return)
    assert form.focusWidget() is form.save_button
    clerk.press(form.save_button, Qt.Key_Return)
    assert Participant.select().where(Participant.nik == NIK_MAN).exists()


def test_list_after_adding_into_a_long_filtered_list(demo_window, qtbot, clerk):
    page = demo_window.list_page
    demo_window.navigator.select("category", "ketua-rt")
    before = page.model.rowCount()
    qtbot.keyClicks(page.search, "zz")      # the newcomer will not match: the count stays
    assert page.model.rowCount() == 0
    form = demo_window.add_participant()
    fill_identity(clerk, form, NIK_MAN, "Slamet Riyadi")
    form.save()
    assert page.model.rowCount() == 0
    page.search.clear()
    assert page.model.rowCount() == before + 1
    form = demo_window.add_participant()
    fill_identity(clerk, form, NIK_WOMAN, "Aaaa Siti")
    form.save()
    assert page.model.rowCount() == before + 2
    assert page.model.row_at(page.table.currentIndex().row()).nama == "Aaaa Siti"
    assert page.title.text() == f"Ketua RT · {before + 2} peserta"
