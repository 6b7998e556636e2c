"""The main window over the Yosodadi database, for the manual's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def window(kelurahan_db, qtbot):
    from jamsostek_desktop.app import create_main_window

    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win
