"""Menu entries of the printing feature: install(window) adds them to the main window."""

from __future__ import annotations


def install(window) -> None:
    """Filled in by the printing feature."""
