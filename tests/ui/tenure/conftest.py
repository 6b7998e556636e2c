"""Fixtures for the tenure window tests: a kelurahan with aged terms, and its main window."""

from __future__ import annotations

import pytest


@pytest.fixture
def office(tmp_path, qtbot):
    """(main window, people) over tests/ui/tenure/scenario.py's kelurahan, 12 demo participants."""
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.ui.main_window import MainWindow
    from tests.ui.tenure.scenario import build

    people = build(tmp_path, 12)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window, people
    session.set_actor(None)


@pytest.fixture
def tenure_window(office, qtbot):
    from jamsostek_desktop.ui.tenure.menu import open_tenure_window

    window, people = office
    dialog = open_tenure_window(window)
    qtbot.addWidget(dialog)
    return dialog, window, people
