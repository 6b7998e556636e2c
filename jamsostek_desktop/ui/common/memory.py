"""Giving memory back after a long job: a 35,000-row PDF preview or a city's merge.

The work runs on a worker thread, whose allocations glibc serves from an arena of their
own; freed, that memory stays in the process until the allocator is told to trim it. So
after each background operation the window asks glibc to return what is free (a few
milliseconds). Elsewhere (Windows, macOS) the allocator returns large blocks itself and
this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys

log = logging.getLogger(__name__)
_trim = None
_looked = False


def _malloc_trim():
    global _trim, _looked
    if not _looked:
        _looked = True
        if sys.platform.startswith("linux"):
            try:
                _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
            except (OSError, AttributeError):
                _trim = None
    return _trim


def release() -> None:
    """Collect unreachable objects and hand free memory back to the system where that is possible."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
