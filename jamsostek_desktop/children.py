"""How the program's worker children start and talk: a full export's readers
(services/sync/payload_child.py) and a large merge's checker (services/sync/format/parse_child.py).

One way for both, so they keep the same guarantees: the request goes through the child's
standard input as a pickle (never its command line, environment or disk: it may hold a secret
key or personal data); the answers come back on its standard output as pickled tuples; a
failure is answered as ("error", what went wrong) and the parent raises it; the child ends
when its parent stops reading. In the PyInstaller bundle the child is the program's own
executable with a flag (installer/entry.py), from source `python -m` its module. No Qt, no
database: a child imports only what it needs, so it starts in a few tens of milliseconds.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Callable

PROTOCOL = 5
Send = Callable[[tuple], None]


def command(module: str, flag: str) -> list[str]:
    """How to start the child: the bundle's executable with `flag`, or `module` from source."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag]
    return [sys.executable, "-m", module]


def start(argv: list[str]) -> subprocess.Popen:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)        # Windows: no console flashing up
    return subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, creationflags=flags)


def talk(process: subprocess.Popen, request: bytes, put: Send, last: Callable[[tuple], bool]) -> None:
    """A parent's reading thread: the request written, then every answer handed to `put` until
    `last(answer)`; ("died",) when the child ends without its last answer."""
    try:
        process.stdin.write(request)
        process.stdin.close()
        while True:
            answer = pickle.load(process.stdout)
            put(answer)
            if last(answer):
                return
    except (OSError, EOFError, ValueError, pickle.UnpicklingError):
        put(("died",))


def end(process: subprocess.Popen, reader) -> None:
    """The child killed if still running, reaped, and its reading thread let finish."""
    if process.poll() is None:
        process.kill()
    process.wait()
    reader.join(timeout=5)            # it reads to the end of the pipe, then stops
    process.stdout.close()


def serve(answer: Callable[[dict, Send], None], describe: Callable[[Exception], str]) -> int:
    """A child's main: the request from standard input, the answers to standard output."""
    out = sys.stdout.buffer

    def send(message: tuple) -> None:
        pickle.dump(message, out, protocol=PROTOCOL)
        out.flush()

    try:
        answer(pickle.load(sys.stdin.buffer), send)
    except BrokenPipeError:             # the parent stopped reading: nothing to tell it
        return 1
    except Exception as exc:            # noqa: BLE001 (told to the parent, which raises it there)
        try:
            send(("error", describe(exc)))
        except OSError:
            pass
        return 1
    return 0


def memory_mb() -> dict[str, float]:
    """This process's peak resident memory and its share of mapped files now, in MB (Linux; else {})."""
    found = {}
    try:
        with open("/proc/self/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "RssFile"):
                    found[key] = int(value.split()[0]) / 1024
    except OSError:                  # not Linux: the figures are only for the benchmarks
        pass
    return found
