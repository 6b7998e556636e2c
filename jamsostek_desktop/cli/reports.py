"""Commands of the reports feature."""

from __future__ import annotations


def register(sub) -> None:
    """Filled in by the reports feature."""
