"""The first-start wizard, driven page by page, for a kelurahan and for a city office."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard

from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.services.accounts import users as accounts
from jamsostek_desktop.services.participants import profile as profile_service

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def wizard(empty_db, qtbot):
    from jamsostek_desktop.ui.participants.setup_wizard import SetupWizard

    w = SetupWizard()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def png_bytes() -> bytes:
    image = QImage(32, 32, QImage.Format_ARGB32)
    image.fill(QColor("#1d6b2f"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def type_profile(qtbot, page, values: dict) -> None:
    for key, text in values.items():
        page.inputs[key].clear()
        qtbot.keyClicks(page.inputs[key], text)


def test_kelurahan_setup(wizard, qtbot):
    assert wizard.currentPage() is wizard.office_page
    assert wizard.office_page.kelurahan.isChecked()
    wizard.next()
    page = wizard.profile_page
    assert wizard.currentPage() is page and page.inputs["kelurahan"].isVisible()
    type_profile(qtbot, page, {"region_code": "1872011001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                               "kota": "Kota Metro", "provinsi": "Lampung", "lurah_nama": "Budi Santoso, S.IP.",
                               "lurah_pangkat": "Penata Tingkat I (III/d)", "lurah_nip": "19750101200003100"})
    wizard.next()   # 17-digit NIP: refused, with the reason on the page
    assert wizard.currentPage() is page
    assert "NIP harus 18 digit" in page.error.text()
    qtbot.keyClicks(page.inputs["lurah_nip"], "1")
    assert page.set_logo(png_bytes())
    assert not page.set_logo(b"not an image")
    wizard.next()
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    qtbot.keyClicks(admin.username, "admin")
    qtbot.keyClicks(admin.full_name, "Rina Operator")
    qtbot.keyClicks(admin.password, "rahasia-kelurahan")
    qtbot.keyClicks(admin.password_repeat, "rahasia-lain")
    wizard.button(QWizard.FinishButton).click()
    assert "tidak sama" in admin.error.text() and profile_service.get() is None
    admin.password_repeat.clear()
    qtbot.keyClicks(admin.password_repeat, "rahasia-kelurahan")
    wizard.button(QWizard.FinishButton).click()
    assert wizard.result() == QWizard.Accepted
    profile = profile_service.get()
    assert (profile.mode, profile.region_code, profile.kelurahan, profile.lurah_nip) == (
        "kelurahan", "18.72.01.1001", "Yosodadi", "197501012000031001")
    assert profile.logo == png_bytes()
    assert accounts.authenticate("admin", "rahasia-kelurahan").role == "admin"
    assert session.current_actor().username == "admin"


def test_city_office_setup(wizard, qtbot):
    wizard.office_page.city.setChecked(True)
    wizard.next()
    page = wizard.profile_page
    assert not page.inputs["kelurahan"].isVisible() and not page.inputs["kecamatan"].isVisible()
    assert page.captions["region_code"].text() == "Kode kota/kabupaten:"
    type_profile(qtbot, page, {"region_code": "18.72.01", "kota": "Kota Metro"})
    wizard.next()
    assert "4 digit" in page.error.text()
    type_profile(qtbot, page, {"region_code": "18.72"})
    wizard.next()
    admin = wizard.admin_page
    qtbot.keyClicks(admin.username, "kota")
    qtbot.keyClicks(admin.password, "kotametro123")
    qtbot.keyClicks(admin.password_repeat, "kotametro123")
    wizard.button(QWizard.FinishButton).click()
    profile = profile_service.get()
    assert (profile.mode, profile.region_code, profile.kota) == ("city", "18.72", "Kota Metro")


def test_first_start_skips_the_wizard_once_a_profile_exists(kelurahan_db):
    from jamsostek_desktop.app import first_start

    assert first_start(kelurahan_db) is True
