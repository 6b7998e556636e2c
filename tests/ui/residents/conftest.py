"""A main window over a database whose register holds the generated OpenSID list."""

from __future__ import annotations

import pytest


@pytest.fixture
def register_db(kelurahan_db, tmp_path):
    from jamsostek_desktop.services.residents import importing
    from tests.unit.residents.layouts import write_layout

    folder = tmp_path / "lists"
    folder.mkdir()
    importing.import_file(write_layout(folder, "opensid", ".xlsx"))
    return kelurahan_db


@pytest.fixture
def register_window(register_db, qtbot):
    from jamsostek_desktop.app import create_main_window

    win = create_main_window(register_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(kelurahan_db, qtbot):
    """A main window over a database with no register yet."""
    from jamsostek_desktop.app import create_main_window

    win = create_main_window(kelurahan_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win
