"""Commands of the excel feature."""

from __future__ import annotations


def register(sub) -> None:
    """Filled in by the excel feature."""
