"""Fixtures of the printing GUI tests: a kelurahan with participants, message boxes recorded."""

from __future__ import annotations

import pytest


@pytest.fixture
def printing_db(kelurahan_db):
    from jamsostek_desktop.services.participants import demo_data

    demo_data.generate(120, seed=11)
    return kelurahan_db


@pytest.fixture
def messages(monkeypatch):
    """QMessageBox calls answer at once and are recorded as (kind, text)."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            staticmethod(lambda parent, title, text, *a, _k=kind, **kw: shown.append((_k, text))))
    return shown
