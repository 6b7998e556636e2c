"""Commands of the backup feature."""

from __future__ import annotations


def register(sub) -> None:
    """Filled in by the backup feature."""
