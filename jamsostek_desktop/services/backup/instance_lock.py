"""One program instance per database file.

An exclusive OS lock on `<database>.lock` (flock on POSIX, msvcrt on Windows). The
operating system drops the lock when the holder exits, crashes or is killed, so a
stale lock file never keeps the clerk out; the PID written inside only serves the
message. The GUI holds the lock for its whole life, and every command that changes the
database takes it too (cli/command.py), so `restore` can never replace the file under a
running writer, and a writer never runs beside an open window. The lock file is
readable by its owner only, like the database.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import sys
from pathlib import Path

from jamsostek_desktop import paths
from jamsostek_desktop.errors import DatabaseInUseError, StorageError, translate

log = logging.getLogger(__name__)

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(db_path: str | os.PathLike) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """Held while the object lives (or until release()); use acquire() to take one."""

    def __init__(self, db_path: str | os.PathLike, fd: int) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)   # an empty file: nobody holds it
            _unlock(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self) -> None:
        self.release()


def holder_of(db_path: str | os.PathLike) -> str:
    """What the lock file says about its holder ("PID 1234 di komputer X"), or ""."""
    try:
        text = lock_path(db_path).read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    parts = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    if "pid" not in parts:
        return ""
    if parts.get("program"):
        return translate("instance_lock", "{program}, PID {pid} di komputer {host}, sejak {since}").format(
            program=parts["program"], pid=parts["pid"], host=parts.get("host", "?"), since=parts.get("since", "?"))
    return translate("instance_lock", "PID {pid} di komputer {host}, sejak {since}").format(
        pid=parts["pid"], host=parts.get("host", "?"), since=parts.get("since", "?"))


def acquire(db_path: str | os.PathLike, holder: str = "Jamsostek Desktop") -> InstanceLock:
    """Take the lock or raise StorageError naming who holds it; `holder` names this program in
    the lock file ("jamsostek restore") for the message another one shows."""
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        paths.make_private(path)        # one left by an earlier version
    except OSError as exc:
        raise StorageError(translate("instance_lock", "Berkas kunci tidak dapat dibuat di {folder}: {reason}.").format(
            folder=path.parent, reason=exc.strerror or exc)) from exc
    if not _try_lock(fd):
        os.close(fd)
        who = holder_of(db_path)
        text = (translate("instance_lock", "Jamsostek Desktop sudah terbuka untuk basis data ini ({holder}). "
                          "Gunakan jendela yang sudah terbuka, atau tutup dulu program itu.").format(holder=who)
                if who else
                translate("instance_lock", "Jamsostek Desktop sudah terbuka untuk basis data ini. "
                          "Gunakan jendela yang sudah terbuka, atau tutup dulu program itu."))
        raise DatabaseInUseError(text)
    since = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
    info = f"pid={os.getpid()}\nhost={socket.gethostname()}\nsince={since}\nprogram={holder}\n".encode()
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, info, 0) if hasattr(os, "pwrite") else os.write(fd, info)
    except OSError:
        pass  # the lock itself holds; the note is only for the message
    log.info("instance lock taken")
    return InstanceLock(db_path, fd)
