"""Bantuan > Panduan: the offline manual in Indonesian and English, F1 opening the page about the
window in front; every page, link and picture of the manual is there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jamsostek_desktop.paths import resource
from jamsostek_desktop.ui.help import manual

# The offscreen platform cannot raise a window (the viewer is raised when F1 is pressed again).
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")

MANUAL = resource("manual")
LINK = re.compile(r'(?:href|src)="([^"#]+)(?:#([^"]+))?"')


@pytest.fixture(autouse=True)
def no_viewer_left():
    yield
    if manual._viewer is not None:
        try:
            manual._viewer.close()
        except RuntimeError:
            pass
        manual._viewer = None


def test_every_page_exists_in_both_languages_with_its_links_and_pictures():
    indonesian = sorted(p.name for p in (MANUAL / "id").glob("*.html"))
    assert "index.html" in indonesian and len(indonesian) >= 8
    assert sorted(p.name for p in (MANUAL / "en").glob("*.html")) == indonesian
    for language in ("id", "en"):
        for page in (MANUAL / language).glob("*.html"):
            text = page.read_text(encoding="utf-8")
            for target, anchor in LINK.findall(text):
                path = (page.parent / target).resolve()
                assert path.exists(), f"{language}/{page.name}: {target}"
                if anchor:
                    assert f'name="{anchor}"' in path.read_text(encoding="utf-8"), f"{page.name}: #{anchor}"
    for topic in set(manual.TOPICS.values()) | {"daftar.html", "dasbor.html"}:
        page, _, anchor = topic.partition("#")
        for language in ("id", "en"):
            text = (MANUAL / language / page).read_text(encoding="utf-8")
            assert not anchor or f'name="{anchor}"' in text, f"{language}/{topic}"


def test_the_help_menu_opens_the_manual_and_f1_is_shown(window, qtbot):
    actions = [a for a in window.menu("menu_bantuan").actions() if not a.isSeparator()]
    assert [a.objectName() for a in actions] == ["manual", "about"]
    assert actions[0].text().endswith("\tF1")
    actions[0].trigger()
    viewer = manual._viewer
    assert viewer.isVisible() and viewer.topic() == "daftar.html"
    assert "Daftar peserta" in viewer.browser.toPlainText()
    assert "Ketik sebagian nama" in viewer.browser.toPlainText()


def _f1(qtbot, widget) -> manual.ManualDialog:
    qtbot.keyClick(widget, Qt.Key_F1)
    return manual._viewer


def test_f1_opens_the_page_of_the_window_in_front(window, qtbot):
    with qtbot.waitActive(window):
        window.activateWindow()
    viewer = _f1(qtbot, window.list_page.table)
    assert viewer.topic() == "daftar.html"
    viewer.close()
    window.show_dashboard()
    viewer = _f1(qtbot, window.dashboard_page)
    assert viewer.topic() == "dasbor.html"
    viewer.close()
    form = window.add_participant("ketua-rt")
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    viewer = _f1(qtbot, form.inputs["nik"].widget)
    assert viewer.topic() == "formulir.html" and "Simpan dan baru" in viewer.browser.toPlainText()
    form.reject()


def test_an_english_interface_gets_the_english_manual(qapp):
    from jamsostek_desktop.ui.common import i18n

    assert manual.manual_folder("en") == MANUAL / "en"
    assert i18n.install(qapp, "en") == "en"
    try:
        url = manual.page_url("formulir.html")
        assert Path(url.toLocalFile()) == MANUAL / "en" / "formulir.html"
    finally:
        i18n.uninstall(qapp)
    assert Path(manual.page_url("status.html#arsip").toLocalFile()).parent == MANUAL / "id"
