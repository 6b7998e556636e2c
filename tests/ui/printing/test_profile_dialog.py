"""The kop and signer dialog: an administrator edits the profile; others may only look."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from jamsostek_desktop.services.participants import profile
from jamsostek_desktop.ui.printing.profile_dialog import ProfileDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_an_administrator_edits_the_kop_and_the_signers(qtbot, kelurahan_db):
    d = ProfileDialog()
    qtbot.addWidget(d)
    assert d.inputs["kelurahan"].text() == "Yosodadi"
    assert d.inputs["penanda_jabatan"].placeholderText().endswith("LURAH YOSODADI")
    d.inputs["website"].setText("yosodadi.metrokota.go.id")
    d.inputs["kode_pos"].setText("34111")
    d.inputs["mengetahui_nama"].setText("Drs. Hendra Gunawan, M.Si.")
    d.inputs["mengetahui_nip"].setText("19700101 199003 1 002")
    office_lines, address = d.kop_lines                                 # the kop as it will print
    assert office_lines[-1] == "KELURAHAN YOSODADI" and not d.kop_preview.pixmap().isNull()
    assert "Laman yosodadi.metrokota.go.id" in address[-1]
    assert address[0].startswith("Jalan Jenderal Sudirman Nomor 12")
    d.buttons.button(QDialogButtonBox.Save).click()
    assert d.result() == ProfileDialog.DialogCode.Accepted
    saved = profile.get()
    assert (saved.website, saved.kode_pos, saved.mengetahui_nip) == (
        "yosodadi.metrokota.go.id", "34111", "197001011990031002")


def test_a_wrong_value_is_explained_and_nothing_is_saved(qtbot, kelurahan_db):
    d = ProfileDialog()
    qtbot.addWidget(d)
    d.inputs["mengetahui_nip"].setText("1234")
    d.inputs["kode_pos"].setText("341")
    d.buttons.button(QDialogButtonBox.Save).click()
    assert d.isVisible() or d.result() != ProfileDialog.DialogCode.Accepted
    assert "NIP harus 18 digit" in d.error.text() and "Kode pos harus 5 digit" in d.error.text()
    assert profile.get().mengetahui_nip == "" and profile.get().kode_pos == ""


def test_an_operator_may_look_but_not_change(qtbot, staffed_db):
    from jamsostek_desktop.services.accounts import session

    session.set_actor(session.Actor("budi", "operator", "Budi Operator"))
    d = ProfileDialog()
    qtbot.addWidget(d)
    assert d.inputs["alamat"].isReadOnly()
    assert not d.buttons.button(QDialogButtonBox.Save).isEnabled()
    assert "Hanya administrator" in d.error.text()
