"""Giving a long print's memory back to the system once the document is written.

A 150,000-row roster holds thousands of finished pages until reportlab saves the file,
and the layout remembers word widths and wrapped texts while it draws. Python frees
them afterwards, but the C allocator keeps the freed heap for reuse, so the program's
memory would stay at its peak for as long as it runs. On glibc, malloc_trim(0) hands the
free pages back; elsewhere a collection is all there is.

The peak matters as much as what stays: before a print the window gives back SQLite's page
cache (shrink_caches), and the print reads through a small one of its own (small_read_cache).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from jamsostek_desktop.db import backends
from jamsostek_desktop.db.connection import db

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):          # musl and others have no malloc_trim
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release() -> None:
    """Drop the layout's caches, collect garbage and return the allocator's free memory."""
    from jamsostek_desktop.services.printing.layout import columns, grid_table

    columns.forget()
    grid_table.forget()
    give_back()


def give_back() -> None:
    """After work that gathered many rows and let them go (the dashboard's figures over a whole
    city): the heap they left free goes back to the system instead of raising the window's
    memory for the rest of the day (5 MB after the dashboard of 150,000 people, bench_gui.py)."""
    gc.collect()
    trim = _trim()
    if trim is not None:
        trim(0)


# Pages of the database file SQLite keeps for a long print's connection: a roster reads its
# rows in order, once to measure and once to draw, so the program's own page cache (16 MB a
# connection, db/connection.py) would only copy what the system's file cache holds anyway.
# Filled by a 35,000-row roster, it was 15 MB of the window's peak (bench_gui.py).
PRINT_CACHE_KB = 1000


@contextmanager
def small_read_cache() -> Iterator[None]:
    """SQLite's page cache of this connection at PRINT_CACHE_KB while a long print reads, then
    as it was (the CLI and the tests print on the connection the rest of the program uses)."""
    if backends.current().name != "sqlite":
        yield
        return
    before = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = -{PRINT_CACHE_KB}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(before)}")


def shrink_caches() -> None:
    """Before a long print: the pages SQLite keeps for this connection (up to 16 MB after a day's
    searching and saving) go back to the system, and the allocator's free memory with them, so
    the print's own memory comes on top of less. The cache fills again as the list is used."""
    if backends.current().name == "sqlite":
        db.execute_sql("PRAGMA shrink_memory")
    release()
