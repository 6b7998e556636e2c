"""A child process that reads part of a full export's lines and deflates them (payload_parts.py).

Threads do not make SQLite faster here: two connections building lines in two threads of one
process spent twice the CPU of one (SQLite's shared allocator and page cache serialise them),
so a city-sized export was slower on two cores than on one. Two processes each read half
the rows in the same time as one thread reads all of them, and deflate them too.

The request comes on standard input as a pickle (the database's path, the SQL of each
section and the id ranges this child reads), never on the command line or in the
environment; the answers go to standard output as pickles: the change number the child's
snapshot starts at, then per section its pieces (format/deflated.py) and its count, then
what the child cost. A failure is answered as ("error", the exception's name and SQLite's
message, which never carries a row's values). Its connection is query-only: it cannot write,
whatever it is sent. It ends when its parent stops reading (a broken pipe).

In the PyInstaller bundle the program's own executable is the child (`--export-worker`,
installer/entry.py); from source it is `python -m` this module. It imports nothing but the
standard library, APSW, ISA-L and format/deflated.py, so it starts in a few tens of milliseconds.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from jamsostek_desktop import children
from jamsostek_desktop.services.sync.format import deflated

WORKER_FLAG = "--export-worker"


def command() -> list[str]:
    return children.command(__name__, WORKER_FLAG)


def utf8(run: bytes) -> bytes:
    """The run as is when it is UTF-8 (nearly always: the check costs a few ms for 100 MB),
    else with U+FFFD for each bad byte sequence, as the connection's lenient text reading does."""
    try:
        run.decode("utf-8")
    except UnicodeDecodeError:
        return run.decode("utf-8", "replace").encode("utf-8")
    return run


def _apsw():
    """APSW (its own, recent SQLite) when installed, imported here in the child only; None on a
    platform without its wheel and in the bundle (Python's SQLite, a fifth slower)."""
    try:
        import apsw
    except ImportError:
        return None
    return apsw


class _Reader:
    """One query-only connection to the database file: APSW's when installed, else sqlite3's.

    Two SQLite libraries must never open the same file in one process (their POSIX locks do not
    see each other: sqlite.org/howtocorrupt.html, 2.2.1); a child has only this connection, and
    the program's own process never imports APSW. The lines come as bytes either way (the SQL
    casts them to a blob)."""

    def __init__(self, path: str) -> None:
        apsw = _apsw()
        if apsw is not None:
            self._connection = apsw.Connection(path)
            self._connection.set_busy_timeout(5000)
        else:
            self._connection = sqlite3.connect(path, isolation_level=None)
        for pragma in ("PRAGMA query_only = 1",
                       "PRAGMA cache_size = -2000",            # 2 MB: its reads are scans
                       # The file mapped rather than read into a page cache of its own: a fifth less
                       # CPU; mapped pages are the system's file cache, shared, not allocated here.
                       "PRAGMA mmap_size = 1073741824"):
            self.run(pragma)

    def one(self, sql: str, args: tuple = ()) -> tuple:
        return tuple(self._connection.execute(sql, args).fetchone())

    def run(self, sql: str) -> None:
        self._connection.execute(sql).fetchall()

    def close(self) -> None:
        self._connection.close()


def serve(request: dict, send: Callable[[tuple], None]) -> None:
    started = time.process_time()
    connection = _Reader(request["database"])
    try:
        connection.run("BEGIN")
        send(("snapshot", connection.one(request["snapshot_sql"])[0] or 0))
        level, keep_plain = request["level"], request["keep_plain"]
        for index, (sql, ranges) in enumerate(request["sections"]):
            count = 0
            for args in ranges:
                text, rows, *extra = connection.one(sql, args)
                if rows:
                    send(("piece", index, rows, deflated.piece(utf8(text) + b"\n", level, keep_plain), extra))
                    count += rows
            send(("end", index, count))
        connection.run("COMMIT")
        memory = children.memory_mb()    # while the file is still mapped
    finally:
        connection.close()
    send(("done", time.process_time() - started, memory.get("VmHWM", 0.0), memory.get("RssFile", 0.0)))


def main() -> int:
    # SQLite's messages name tables and columns, never a row's values.
    return children.serve(serve, lambda exc: f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    raise SystemExit(main())
