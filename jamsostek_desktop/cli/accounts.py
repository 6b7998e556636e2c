"""Commands of the accounts feature."""

from __future__ import annotations


def register(sub) -> None:
    """Filled in by the accounts feature."""
