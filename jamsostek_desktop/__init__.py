"""Jamsostek Desktop: offline enrolment of community workers in BPJS Ketenagakerjaan."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("jamsostek-desktop")
except metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "Jamsostek Desktop"
