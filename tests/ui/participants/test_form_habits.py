"""The entry form for a clerk used to Excel: Esc keeps the work unless asked twice, "Simpan dan
baru" for a row of people in one RT, shortcuts written on the buttons, capitals offered for a
name typed in lower case, messages that neither cut off nor push the fields about."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.ui.common import messages

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

REAL_PRESENT = messages.present          # before the autouse fixture answers boxes for the tests
NIK_MAN = "1872011208750003"
NIK_WOMAN = "1872014304880002"


def open_form(window, qtbot, category: str = "ketua-rt"):
    window.navigator.select("category", category)
    form = window.add_participant()
    qtbot.waitExposed(form)
    return form


def fill(clerk, form, nik: str, nama: str, rt: str = "3", rw: str = "2") -> None:
    for key, text in (("nik", nik), ("nama", nama), ("tempat_lahir", "Metro"), ("alamat", "Jl. Kenanga 5"),
                      ("rt", rt), ("rw", rw), ("nomor_rt", rt)):
        clerk.type(form, key, text)


def test_escape_on_a_filled_form_asks_with_keep_filling_as_the_default(window, qtbot, clerk, message_boxes):
    form = open_form(window, qtbot)
    clerk.type(form, "nama", "Budi")
    message_boxes.answers = [False]
    clerk.press(form.inputs["nama"].widget, Qt.Key_Escape)
    box = message_boxes[-1].box
    assert (box.yes, box.no, box.safe_default) == ("Buang", "Lanjutkan mengisi", True)
    assert form.isVisible() and form.inputs["nama"].widget.text() == "Budi"


def test_a_question_with_a_safe_default_has_enter_on_its_safe_button(qapp, monkeypatch):
    seen = {}

    def fake_exec(box):
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text() if box.escapeButton() else None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    REAL_PRESENT(messages.Box("question", None, "Batalkan isian", "Buang isian ini?", "Buang", "Lanjutkan mengisi",
                              safe_default=True))
    assert seen == {"default": "Lanjutkan mengisi", "escape": "Lanjutkan mengisi"}
    REAL_PRESENT(messages.Box("question", None, "Arsipkan", "Arsipkan?", "Arsipkan", "Batal"))
    assert seen["default"] == "Arsipkan"


def test_save_and_new_keeps_the_category_and_rt_rw(window, qtbot, clerk):
    form = open_form(window, qtbot)
    assert "Ctrl+S" in form.save_button.text() and "Ctrl+Shift+S" in form.save_new_button.text()
    assert "Esc" in form.cancel_button.text()
    assert not form.save_button.isEnabled() and not form.save_new_button.isEnabled()   # nothing typed yet
    fill(clerk, form, NIK_MAN, "Slamet Riyadi", rt="7", rw="4")
    clerk.press(form.inputs["nomor_rt"].widget, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    assert Participant.get(Participant.nik == NIK_MAN).rt == 7
    assert form.isVisible() and form.category.code == "ketua-rt"
    assert form.inputs["nik"].widget.text() == "" and form.inputs["nama"].widget.text() == ""
    assert (form.inputs["rt"].widget.text(), form.inputs["rw"].widget.text()) == ("7", "4")
    assert form.focusWidget() is form.inputs["nik"].widget
    assert "Slamet Riyadi tersimpan" in form.saved_note.text()
    assert not form.is_dirty() and form.messages["nik"].isHidden()   # no red text for the new person yet
    assert window.list_page.model.rowCount() == 1                       # the list follows each save
    clerk.type(form, "nik", NIK_WOMAN)
    clerk.type(form, "nama", "Siti Rahayu")
    clerk.type(form, "tempat_lahir", "Metro")
    clerk.type(form, "alamat", "Jl. Melati 2")
    clerk.type(form, "nomor_rt", "7")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)                   # the last one: Simpan closes
    assert not form.isVisible()
    assert [p.rt for p in Participant.select().order_by(Participant.id)] == [7, 7]
    assert window.list_page.model.rowCount() == 2


def test_save_and_new_is_not_offered_when_editing(window, qtbot, person):
    from jamsostek_desktop.services.participants import enrolment

    p = enrolment.enrol(person, "ketua-rt")
    form = window.edit_participant(p.id)
    qtbot.waitExposed(form)
    assert not form.save_new_button.isVisible()
    form.reject()


def test_a_lower_case_name_gets_an_offer_of_capitals(window, qtbot, clerk):
    form = open_form(window, qtbot)
    clerk.type(form, "nama", "siti ma'ruf")
    hint = form.messages["nama"]
    assert hint.isVisible() and "Siti Ma'ruf" in hint.text()
    hint.linkActivated.emit("#")
    assert form.inputs["nama"].widget.text() == "Siti Ma'ruf"
    assert hint.isHidden()
    clerk.type(form, "nama", "Siti Ma'ruf")
    assert hint.isHidden()                     # written with capitals: nothing offered


def _positions(form) -> dict[str, int]:
    return {key: field.widget.mapTo(form, field.widget.rect().topLeft()).y() for key, field in form.inputs.items()}


def test_messages_never_move_the_fields_and_are_never_cut(window, qtbot, clerk):
    form = open_form(window, qtbot)
    form.resize(1000, form.height())          # as wide as a 1024x768 screen lets it open
    QApplication.processEvents()
    before = _positions(form)
    clerk.type(form, "nik", "18720112")                     # "NIK harus 16 digit (sekarang 8 digit)."
    clerk.type(form, "telepon", "0812")
    QApplication.processEvents()
    assert form.messages["nik"].isVisible() and form.messages["telepon"].isVisible()
    assert _positions(form) == before
    clerk.type(form, "nik", NIK_MAN)                         # the message goes: nothing moves back
    QApplication.processEvents()
    assert form.messages["nik"].isHidden() or form.messages["nik"].text() == "Diisi dari NIK."
    assert _positions(form) == before
    # Every message shown has the height its wrapped text needs, and lies within the form.
    form._touched = set(form.inputs)
    form.revalidate()
    QApplication.processEvents()
    body = form.scroll.widget()
    for label in form.findChildren(QLabel):
        if label.objectName().endswith("_message") and label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
            bottom = label.mapTo(body, label.rect().bottomLeft()).y()
            assert bottom <= body.height(), label.objectName()
    # The buttons stay in view whatever the messages.
    for button in (form.save_button, form.save_new_button, form.cancel_button):
        assert form.rect().contains(button.geometry())
