"""A full export's lines read and deflated by child processes at once (payload_child.py).

Each section (participants, then each tenure kind) is cut into id ranges dealt out to the
children in turn, so they move through a section together. Every range comes back as a piece
deflated apart (format/deflated.py) and goes to the file writer as it comes: the order of
lines within a section is free, and a section's header goes first, once. A child that runs
ahead into the next section waits (its reader thread holds the message back) until every
child has finished the current one, so what waits in memory is a few pieces.

The children see what the export's transaction sees: that transaction took the write lock
before anything was read, and each child's snapshot is checked against it (the highest
change number); on a mismatch nothing is written and the caller reads on its own connection.
Whatever happens, no child outlives the call: on an error each is killed and reaped.
"""

from __future__ import annotations

import pickle
import queue
import threading
from collections.abc import Callable

from jamsostek_desktop import children
from jamsostek_desktop.errors import StorageError, translate
from jamsostek_desktop.services.sync.format import deflated
from jamsostek_desktop.services.sync.payload_child import command

READ_FAILED = translate("export", "Membaca data untuk berkas kirim gagal ({reason}); tidak ada berkas yang ditulis.")
CHILD_DIED = translate("export", "pembaca data berhenti tiba-tiba")

# What the last parallel read's children cost (benchmarks): CPU seconds summed, the largest peak
# resident memory and the largest share of it that was the database file mapped (MB).
last_usage: dict[str, float] = {}


class _Router:
    """Messages from every child into one queue, a section at a time."""

    def __init__(self, parts: int, sections: int) -> None:
        self.queue: queue.Queue = queue.Queue(4 * parts)
        self._sections = sections
        self._condition = threading.Condition()
        self._section = -1               # no piece passes before the snapshots are checked
        self._stopped = False

    def route(self, message: tuple) -> None:
        index = message[1] if message[0] in ("piece", "end") else self._sections if message[0] == "done" else -1
        if index >= 0:
            with self._condition:
                self._condition.wait_for(lambda: self._stopped or index <= self._section)
                if self._stopped:
                    return
        while True:                      # a stopped reading no longer takes from the queue
            try:
                self.queue.put(message, timeout=0.2)
                return
            except queue.Full:
                with self._condition:
                    if self._stopped:
                        return

    def open_section(self, index: int) -> None:
        with self._condition:
            self._section = index
            self._condition.notify_all()

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._condition.notify_all()


class _Child:
    def __init__(self, request: dict, router: _Router) -> None:
        try:
            self.process = children.start(command())
        except OSError as exc:              # not the file being written: the reader could not start
            raise StorageError(READ_FAILED.format(reason=exc.strerror or type(exc).__name__)) from exc
        self.thread = threading.Thread(target=children.talk, args=(
            self.process, pickle.dumps(request, children.PROTOCOL), router.route,
            lambda answer: answer[0] in ("done", "error")), name="sync-payload-child", daemon=True)
        self.thread.start()

    def end(self) -> None:
        children.end(self.process, self.thread)


class Reading:
    """The children, started at once so they read while the export works out its manifest;
    `write_all` hands their pieces over, `close` ends them whatever happened (call it always).

    `sections` is (kind, SQL giving (lines joined by newlines, their count) for one range, ranges)."""

    def __init__(self, database: str, sections: list[tuple[str, str, list[tuple]]], snapshot_sql: str,
                 parts: int, header: Callable[[str], bytes], keep_plain: bool, level: int = 1) -> None:
        self._kinds = [kind for kind, _, _ in sections]
        self._parts, self._header, self._keep_plain, self._level = parts, header, keep_plain, level
        self._router = _Router(parts, len(sections))
        self._children: list[_Child] = []
        try:
            for n in range(parts):
                self._children.append(_Child({
                    "database": database, "snapshot_sql": snapshot_sql, "level": level, "keep_plain": keep_plain,
                    "sections": [(sql, ranges[n::parts]) for _, sql, ranges in sections]}, self._router))
        except BaseException:
            self.close()
            raise

    def write_all(self, write: Callable, snapshot: int) -> tuple[dict[str, int], dict[str, list]] | None:
        """Every section's lines through `write` as deflated pieces; the count of lines by kind
        and what else each range's SQL gave beyond its lines and count (a list per kind), or None
        (nothing written) when a child's snapshot is not `snapshot`."""
        router = self._router
        if any(_next(router) != ("snapshot", snapshot) for _ in self._children):
            return None
        counts, extras = {}, {}
        for index, kind in enumerate(self._kinds):
            router.open_section(index)
            counts[kind], extras[kind] = _section(router, write, kind, self._parts, self._header, self._keep_plain,
                                                  self._level)
        router.open_section(len(self._kinds))
        usage = [_next(router) for _ in self._children]
        last_usage.update(cpu=sum(u[1] for u in usage), peak_mb=max(u[2] for u in usage),
                          mapped_mb=max(u[3] for u in usage))
        return counts, extras

    def close(self) -> None:
        self._router.stop()
        for child in self._children:
            child.end()


def _next(router: _Router) -> tuple:
    message = router.queue.get()
    if message[0] == "error":
        raise StorageError(READ_FAILED.format(reason=message[1]))
    if message[0] == "died":
        raise StorageError(READ_FAILED.format(reason=CHILD_DIED))
    return message


def _section(router: _Router, write: Callable, kind: str, parts: int, header: Callable[[str], bytes],
             keep_plain: bool, level: int) -> tuple[int, list]:
    count, ended, extras = 0, 0, []
    while ended < parts:
        message = _next(router)
        if message[0] == "end":
            ended += 1
            continue
        if not count:
            write(deflated.piece(header(kind), level, keep_plain))
        write(message[3])
        count += message[2]
        extras.append(message[4])
    return count, extras
