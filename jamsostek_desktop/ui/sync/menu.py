"""Menu entries of the sync feature: install(window) adds them to the main window."""

from __future__ import annotations


def install(window) -> None:
    """Filled in by the sync feature."""
