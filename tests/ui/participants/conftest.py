"""Fixtures for the data-entry window tests: a real main window over a temporary database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def window(kelurahan_db, qtbot):
    from jamsostek_desktop.app import create_main_window

    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def demo_window(kelurahan_db, qtbot):
    """The window over 300 demo participants."""
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.services.participants import demo_data
    from jamsostek_desktop.services.startup import init_db

    init_db(kelurahan_db)
    demo_data.generate(300, seed=7)
    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


class _Answers:
    """answers["answers"]: replies to the next questions (then "no"); ["asked"]: the questions;
    ["errors"]: the warnings shown. A view over the message_boxes fixture."""

    def __init__(self, boxes) -> None:
        self.boxes = boxes

    def __getitem__(self, key: str) -> list:
        if key == "answers":
            return self.boxes.answers
        return self.boxes.texts("question") if key == "asked" else self.boxes.texts("warning", "critical")

    def __setitem__(self, key: str, replies: list[bool]) -> None:
        assert key == "answers"
        self.boxes.answers[:] = replies


@pytest.fixture
def answers(message_boxes):
    message_boxes.default = False
    return _Answers(message_boxes)


class Clerk:
    """Types into form fields the way a clerk does (focus, clear, key presses)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def type(self, form, key: str, text: str) -> None:
        widget = form.inputs[key].widget
        widget.setFocus()
        widget.clear()
        self.qtbot.keyClicks(widget, text)

    def choose(self, form, key: str, data: str) -> None:
        combo = form.inputs[key].widget
        combo.setCurrentIndex(combo.findData(data))

    def press(self, widget, key=Qt.Key_Return, modifier=Qt.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def clerk(qtbot):
    return Clerk(qtbot)
