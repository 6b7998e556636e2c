"""Fixtures for the money window tests: the invoice kelurahan of tests/unit/money and its main window."""

from __future__ import annotations

import pytest

from tests.unit.money.conftest import town  # noqa: F401 (a fixture)
from tests.unit.tenure.conftest import enrol, frozen  # noqa: F401 (fixtures)


@pytest.fixture
def money_window(town, qtbot, monkeypatch, tmp_path):  # noqa: F811
    """(money window, main window, people); file dialogs answered from `chosen`."""
    from jamsostek_desktop.ui.main_window import MainWindow
    from jamsostek_desktop.ui.money import files
    from jamsostek_desktop.ui.money.menu import open_money_window

    chosen: dict[str, str] = {}
    monkeypatch.setattr(files, "save_path", lambda parent, title, suggested, pattern: chosen.get(
        "save", str(tmp_path / suggested)))
    monkeypatch.setattr(files, "open_path", lambda parent, title: chosen.get("open", ""))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    dialog = open_money_window(window)
    qtbot.addWidget(dialog)
    dialog.chosen = chosen
    return dialog, window, town
