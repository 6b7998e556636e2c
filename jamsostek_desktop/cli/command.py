"""Running one command: its standard streams, the instance lock, the database, the login.

- Standard streams: a descriptor 0-2 closed by the caller is reopened on the null device
  first, so no file the command opens (the database!) becomes its "stdout"; file names
  that are not UTF-8 print as the bytes they are (surrogateescape); a reader that went
  away (`jamsostek stats | head -1`, a closed stdout) is not an error: the command
  finishes its work and says nothing more.
- Every command that changes the database takes the instance lock the GUI holds
  (services/backup/instance_lock.py), so `restore` never swaps the file under a writer,
  and a writer never runs beside an open window. A read command runs beside the window;
  it takes the lock only when the file needs an upgrade first.
- `init` on a file that did not exist leaves nothing behind when it fails.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from jamsostek_desktop.errors import DatabaseInUseError

log = logging.getLogger(__name__)

# The files a database brings with it; a failed `init` of a new file removes them all.
_COMPANIONS = ("", "-wal", "-shm", "-journal")


class QuietOutput:
    """stdout that goes quiet, instead of failing, once its reader has gone away."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._go_quiet()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._go_quiet()

    def _go_quiet(self) -> None:
        # The descriptor itself points at the null device from now on, so the flush at
        # exit does not complain either.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self._stream.fileno())
            os.close(null)
        self._stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _reopen_closed_descriptors() -> None:
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


@contextlib.contextmanager
def standard_streams() -> Iterator[None]:
    """The streams a command prints to, made safe for the duration of the command."""
    _reopen_closed_descriptors()
    saved = sys.stdout, sys.stderr
    if sys.stdout is None:          # started with stdout closed
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="surrogateescape")
    sys.stdout = QuietOutput(sys.stdout)
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        sys.stdout, sys.stderr = saved


def _declared(args, name: str, default: bool) -> bool:
    value = getattr(args, name, default)
    return bool(value(args)) if callable(value) else bool(value)


class Command:
    """The database side of one command, from `prepare()` to the end of the `with` block."""

    def __init__(self, args) -> None:
        self.args = args
        self.result: int | None = None
        self.lock = None
        self.fresh = False
        self.db_path: Path | None = None

    def __enter__(self) -> Command:
        return self

    def prepare(self) -> None:
        from jamsostek_desktop.cli import open_database
        from jamsostek_desktop.paths import resolve_db_path
        from jamsostek_desktop.services import startup

        args = self.args
        target = resolve_db_path(args.db)
        needs_db = _declared(args, "needs_db", True)
        creates = _declared(args, "creates_db", False)
        if isinstance(target, str):
            # A city office's server (docs/postgresql.md): several staff write at once, each
            # transaction under the server's own locks; there is no file to lock or remove.
            if needs_db:
                self._open(open_database, creates)
            return
        self.db_path = target
        if creates:
            self.fresh = not any(Path(f"{self.db_path}{extra}").exists() for extra in _COMPANIONS)
        elif needs_db and not self.db_path.exists():
            raise startup.missing_database(self.db_path)    # before the lock makes a file beside it
        if not _declared(args, "reads", False) or (needs_db and startup.needs_upgrade(self.db_path)):
            self.lock = take_lock(self.db_path, args.command)
        if not needs_db:
            return
        self._open(open_database, creates)

    def _open(self, open_database, creates: bool) -> None:
        open_database(self.args, create=creates)
        if _declared(self.args, "personal", False):
            from jamsostek_desktop.services.accounts.session import require

            require("data.view")

    def __exit__(self, *exc) -> None:
        from jamsostek_desktop.services.startup import close_database

        close_database()
        if self.lock is not None:
            self.lock.release()
        if self.fresh and self.result != 0 and self.db_path is not None:
            self._remove_new_files()

    def _remove_new_files(self) -> None:
        """A failed `init` of a new file: the database it began is removed, with its companions."""
        from jamsostek_desktop.services.backup import instance_lock

        leftovers = [Path(f"{self.db_path}{extra}") for extra in _COMPANIONS]
        leftovers.append(instance_lock.lock_path(self.db_path))
        for path in leftovers:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        log.info("failed init: the new database file was removed")


def take_lock(db_path: Path, command: str):
    """The instance lock for a command that changes data, or a clear refusal."""
    from jamsostek_desktop.services.backup import instance_lock

    try:
        return instance_lock.acquire(db_path, holder=f"jamsostek {command}")
    except DatabaseInUseError as exc:
        who = instance_lock.holder_of(db_path)
        raise DatabaseInUseError(
            f"Basis data {db_path.name} sedang dipakai" + (f" ({who})" if who else "")
            + "; perintah yang mengubah data tidak dijalankan selama program itu terbuka. Tutup Jamsostek "
              "Desktop (atau tunggu perintah lain selesai) lalu ulangi. Tidak ada yang diubah.") from exc
