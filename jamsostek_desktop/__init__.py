"""Jamsostek Desktop: offline enrolment of community workers in BPJS Ketenagakerjaan."""

from __future__ import annotations

APP_NAME = "Jamsostek Desktop"


def __getattr__(name: str) -> str:
    """`__version__`, read from the installed package's metadata when first asked for: importing
    importlib.metadata costs 25 ms, which a child process (an export's reader) never needs."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("jamsostek-desktop")
    except metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
        version = "0.1.0"
    globals()["__version__"] = version
    return version
