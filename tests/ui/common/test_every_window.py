"""Every window and dialog of the program (tests/ui/gallery.py), walked once, checked three ways:
the keyboard (typing starts in a field, Tab walks fields then buttons, Enter never cancels), the
manual (F1 has a page about it), and the screen (at 1024x768 less a taskbar every button shows)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from jamsostek_desktop.ui.help import manual
from tests.ui import gallery
from tests.ui.common.test_dialog_keys import keyboard_problems
from tests.ui.common.test_screen_fit import fit_problems

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _walk(shots) -> list[str]:
    found, seen = [], 0
    for shot in shots:
        seen += 1
        QApplication.processEvents()
        found += keyboard_problems(shot.name, shot.widget)
        if shot.name != "bug-dialog" and manual.topic_of(shot.widget) == manual.INDEX:
            found.append(f"{shot.name} ({shot.widget.objectName()}): no page of the manual for F1")
        found += fit_problems(shot.name, shot.widget)        # last: it resizes the window
    assert seen, "the gallery showed nothing"
    return found


def test_the_kelurahan_windows(tmp_path, qapp):
    found = _walk(gallery.kelurahan(tmp_path))
    assert not found, "\n".join(found)


def test_the_first_start(tmp_path, qapp):
    found = _walk(gallery.first_start(tmp_path))
    assert not found, "\n".join(found)


def test_the_city_windows(tmp_path, qapp):
    found = _walk(gallery.city(tmp_path))
    assert not found, "\n".join(found)


# The form's resident picker pops its list up: the offscreen platform grabs no keyboard, raises nothing.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise",
                           "does not support grabbing the keyboard")
def test_the_resident_register(tmp_path, qapp):
    found = _walk(gallery.residents(tmp_path))
    assert not found, "\n".join(found)


def test_the_tenure_windows(tmp_path, qapp):
    found = _walk(gallery.tenure(tmp_path))
    assert not found, "\n".join(found)


def test_the_screening_windows(tmp_path, qapp):
    found = _walk(gallery.screening(tmp_path))
    assert not found, "\n".join(found)
