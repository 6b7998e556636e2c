"""Commands of the sync feature."""

from __future__ import annotations


def register(sub) -> None:
    """Filled in by the sync feature."""
