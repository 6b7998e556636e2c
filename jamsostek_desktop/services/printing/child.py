"""A document drawn in a child process, so the window's memory never holds a long print.

A 35,000-row roster costs reportlab and the layout about 20 MB while it draws; in the
window's own process that came on top of everything a day's work had gathered and set the
program's peak (issue 19: the window stays under 200 MB). Drawn by a child, the memory
goes back to the system in full when the child ends, and the window only opens the
finished file for the pages it shows.

    write(kind, out, scope, options, progress, head)      # as documents.write, in a child

The request (the database, the logged-in actor, the choices, and for a city server the
password typed at login) travels through the child's standard input as a pickle: never on
its command line, in its environment or on disk. The child answers on its standard output
with pickled messages: progress, "the first pages are ready", the result or the error,
which is raised again here as it was raised there (an AppError keeps its message). When
`progress` raises (the clerk pressed Cancel), the child is killed; what it wrote stays a
temporary file (fileio), never the finished document.

In the PyInstaller bundle the program's own executable is the child (`--print-worker`,
installer/entry.py); from source it is `python -m` this module.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import BinaryIO

from jamsostek_desktop import fileio
from jamsostek_desktop.db import backends
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import AppError, translate
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.services.printing import documents

log = logging.getLogger(__name__)

WORKER_FLAG = "--print-worker"

# What the last child cost: its peak resident memory (MB, Linux) and CPU seconds (bench_gui.py).
last_usage: dict[str, float] = {}


def command() -> list[str]:
    """How to start the child: the bundle's executable with the flag, or this module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", __name__]


def _request(kind: str, out: Path, scope: Scope | None, options: documents.PrintOptions | None,
             head: documents.Head | None) -> dict:
    backend = backends.current()
    url = backend.name != "sqlite"
    return {
        "kind": kind, "out": str(out), "scope": scope, "options": options,
        "head": (str(head.path), head.pages) if head is not None else None,
        "database": str(backend.target) if url else str(db.database),
        "password": backend.password() if url else None,
        "actor": session.current_actor() if session.is_logged_in() else None,
    }


def write(kind: str, out: str | os.PathLike, scope: Scope | None = None,
          options: documents.PrintOptions | None = None, progress: documents.Progress | None = None,
          head: documents.Head | None = None) -> documents.PrintResult:
    """documents.write in a child process; the same result, messages and errors."""
    request = pickle.dumps(_request(kind, Path(out), scope, options, head))
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)        # Windows: no console flashing up
    try:
        child = subprocess.Popen(command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, creationflags=flags)
    except OSError as exc:
        raise AppError(translate("child", "Program pencetak tidak dapat dijalankan ({reason}).").format(
            reason=exc.strerror or exc)) from exc
    finished = False
    try:
        try:
            child.stdin.write(request)
            child.stdin.close()
        except OSError:
            pass                      # the child ended at once: its answer (or none) says why
        result = _answer(child.stdout, progress, head)
        finished = True
        return result
    finally:
        if child.poll() is None:
            child.kill()              # cancelled (progress raised) or the answer was broken
        child.wait()
        child.stdout.close()
        if not finished:
            _remove_leftovers(Path(out), head)


def _remove_leftovers(out: Path, head: documents.Head | None) -> None:
    """A killed child leaves its temporary file (fileio's `.<name>.*.partial`) and the first pages."""
    leftovers = fileio.temporaries(out.parent, out.name)
    if head is not None:
        leftovers.append(head.path)
    for path in leftovers:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass                      # Windows: still open in the preview; the dialog's folder goes at close


def _answer(stream: BinaryIO, progress: documents.Progress | None,
            head: documents.Head | None) -> documents.PrintResult:
    while True:
        try:
            message = pickle.load(stream)
        except (EOFError, pickle.UnpicklingError) as exc:
            raise AppError(translate("child", "Pembuatan dokumen berhenti sebelum selesai (program pencetak "
                                              "berakhir tiba-tiba). Silakan coba lagi.")) from exc
        what = message[0]
        if what == "progress" and progress is not None:
            progress(message[1], message[2])
        elif what == "head" and head is not None:
            head.ready(Path(message[1]))
        elif what == "done":
            last_usage.update(message[2])
            return message[1]
        elif what == "error":
            raise message[1]
        elif what == "crash":
            raise RuntimeError(f"print worker failed: {message[1]}")


# --- the child -------------------------------------------------------------------------------

def _open(request: dict) -> None:
    from jamsostek_desktop.db import connection

    target = request["database"]
    if backends.is_url(target):
        from jamsostek_desktop.db.backends import postgresql

        if request["password"]:
            postgresql.remember_password(target, request["password"])
    connection.connect(target)
    session.set_actor(request["actor"])


def _serve(request: dict, send) -> None:
    _open(request)
    head = None
    if request["head"] is not None:
        path, pages = request["head"]
        head = documents.Head(Path(path), pages, lambda ready: send(("head", str(ready))))
    result = documents.write(request["kind"], request["out"], request["scope"], request["options"],
                             lambda done, total: send(("progress", done, total)), head)
    send(("done", result, _usage()))


def _usage() -> dict[str, float]:
    peak = 0.0
    try:
        with open("/proc/self/status") as status:
            peak = next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM")), 0.0)
    except OSError:
        pass                          # not Linux: the CPU time only
    return {"peak_mb": peak, "cpu_s": time.process_time()}


def _sendable(exc: AppError) -> AppError:
    """The error itself when it survives a pickle round trip, else an AppError with its message."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:                   # noqa: BLE001 - a subclass whose constructor takes other arguments
        return AppError(exc.message, details=exc.details)


def main() -> int:
    # The answers go through a copy of standard output; anything else printed goes to stderr.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    from jamsostek_desktop.logging_setup import setup_logging

    setup_logging()

    def send(message) -> None:
        pickle.dump(message, answers)
        answers.flush()

    stdin = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb")
    try:
        _serve(pickle.load(stdin), send)
    except AppError as exc:
        send(("error", _sendable(exc)))
    except BrokenPipeError:
        return 1                        # the window cancelled or went away
    except Exception as exc:           # noqa: BLE001 - a bug: logged here, reported to the window
        log.error("print worker failed\n%s", traceback.format_exc())
        send(("crash", type(exc).__name__))
    finally:
        from jamsostek_desktop.db.connection import close_db

        close_db()
    return 0


if __name__ == "__main__":
    sys.exit(main())
