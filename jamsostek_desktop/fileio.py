"""The one way the program writes a file: atomically, and never over the open database.

Every writer (roster and summary PDFs, Excel exports and the import report, the sync
file, keys, the audit CSV, backups) goes through `Staged`, or through the helpers built on
it: the bytes go to a hidden temporary file in the target's folder, which is flushed and
fsynced, renamed over the target, and the folder is fsynced; so a name only ever holds a
complete file, whatever happens (power cut, disk full, SIGKILL).

Before a byte is written the target is checked. Refused:
- the open database, its `-wal`, `-shm` and `-journal` files and its `.lock` file (the
  paths services/startup.py registers with `protect()`): a roster named like the database
  once replaced the live data and reported success;
- any file inside the backups folder (registered the same way), unless the writer is the
  backup feature itself (`backup=True`);
- an existing SQLite database file anywhere (a backup on a flash drive, another office's
  database), again unless `backup=True`;
- a folder.
This module imports nothing above itself (errors only), so db/ and services/ can use it.
A refusal is an errors.ProtectedTargetError (an existing key: errors.TargetExistsError),
so the ui tells it apart by type; every message is marked with errors.translate, and the
`what` a writer passes to name its file is a marked text too.

Output names get the document's suffix (`output_path`): `out` becomes `out.pdf`; a name
that already ends in the suffix (any letter case) is kept; any other suffix is kept and the
document's suffix appended (`daftar.rt03` -> `daftar.rt03.pdf`, `data.sqlite3` ->
`data.sqlite3.pdf`), so a file never carries a suffix that lies about what it holds.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TypeVar

from jamsostek_desktop.errors import (  # the refusals live in errors, so the ui tells them apart by type
    ProtectedTargetError,
    StorageError,
    TargetExistsError,
    translate,
)

T = TypeVar("T")

TEMP_SUFFIX = ".partial"
SQLITE_HEADER = b"SQLite format 3\x00"
# The files beside a database that belong to it (SQLite's, then our instance lock).
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


# How messages name a file when the writer does not say (writers pass their own, marked too).
FILE = translate("fileio", "Berkas")
EXISTS = translate("fileio", "{what} sudah ada dan tidak ditimpa: {target}")


_protected_files: tuple[Path, ...] = ()
_database: Path | None = None
_backup_folders: tuple[Path, ...] = ()


def protect(database: str | os.PathLike | None, backup_folders: Iterable[str | os.PathLike] = ()) -> None:
    """Register the open database (with its companions) and the backup folders; replaces the last call."""
    global _protected_files, _database, _backup_folders
    if database is None or str(database) == ":memory:":
        _database, _protected_files = None, ()
    else:
        _database = Path(database)
        _protected_files = tuple(Path(str(_database) + extra) for extra in DATABASE_COMPANIONS)
    _backup_folders = tuple(Path(folder) for folder in backup_folders)


def protected_database() -> Path | None:
    """The database `protect()` registered (None when none is open)."""
    return _database


def _real(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _same_file(target: Path, protected: Path) -> bool:
    try:
        if os.path.samefile(target, protected):     # hard links, symbolic links, letter case
            return True
    except OSError:
        pass
    return _real(target) == _real(protected)


def _inside(target: Path, folder: Path) -> bool:
    real_target, real_folder = _real(target), _real(folder)
    return real_target == real_folder or real_target.startswith(real_folder.rstrip(os.sep) + os.sep)


def _is_database_file(target: Path) -> bool:
    try:
        with open(target, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check(target: str | os.PathLike, *, backup: bool = False) -> Path:
    """Refuse (ProtectedTargetError) a target the program must never write over; returns it as a Path."""
    target = Path(target)
    name = target.name or str(target)
    for i, protected in enumerate(_protected_files):
        if _same_file(target, protected):
            if i == 0:
                message = translate("fileio", "{name} adalah basis data yang sedang dibuka ({protected}). "
                                    "Berkas itu tidak ditimpa; tidak ada yang diubah. Pilih nama berkas lain.")
            else:
                message = translate("fileio", "{name} adalah berkas pendamping basis data yang sedang dibuka "
                                    "({protected}). Berkas itu tidak ditimpa; tidak ada yang diubah. "
                                    "Pilih nama berkas lain.")
            raise ProtectedTargetError(message.format(name=name, protected=protected))
    if target.is_dir():
        raise ProtectedTargetError(translate(
            "fileio", "{target} adalah folder, bukan berkas. Tulis nama berkasnya.").format(target=target))
    if backup:
        return target
    for folder in _backup_folders:
        if _inside(target, folder):
            raise ProtectedTargetError(translate(
                "fileio", "{name} berada di folder cadangan ({folder}); folder itu hanya untuk cadangan "
                "basis data. Tidak ada yang diubah; pilih folder lain.").format(name=name, folder=folder))
    if target.exists() and _is_database_file(target):
        raise ProtectedTargetError(translate(
            "fileio", "{name} adalah berkas basis data (mungkin sebuah cadangan). Berkas itu tidak ditimpa; "
            "tidak ada yang diubah. Pilih nama berkas lain.").format(name=name))
    return target


def output_path(path: str | os.PathLike, suffix: str) -> Path:
    """The name a document is written under: `path` with `suffix` unless it already ends so.

    The name as typed is checked too: asking for a roster named like the database is a
    mistake to point out, even though the suffixed name would not hit it.
    """
    path = check(path)
    if path.suffix.lower() == suffix.lower():
        return path
    return check(path.with_name(path.name + suffix))


def _reason(exc: OSError) -> str:
    code = exc.errno
    if code == errno.ENOSPC:
        return translate("fileio", "ruang penyimpanan (disk) penuh")
    if code == errno.EROFS:
        return translate("fileio", "lokasi penyimpanan hanya dapat dibaca (read-only)")
    if code in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return translate("fileio", "tidak ada izin menulis, atau berkas sedang dibuka program lain "
                         "(misalnya Excel)")
    if code == errno.ENOENT:
        return translate("fileio", "folder tujuan tidak ada")
    return exc.strerror or str(exc)


def storage_error(exc: OSError, target: Path, what: str = FILE) -> StorageError:
    """The clerk's message for a write that failed in the file system."""
    return StorageError(translate("fileio", "{what} tidak dapat disimpan ke {target}: {reason}. "
                                  "Tidak ada berkas setengah jadi yang tertinggal.").format(
        what=what, target=target, reason=_reason(exc)))


def fsync_folder(folder: str | os.PathLike) -> None:
    """Make a rename in `folder` durable (a no-op on Windows, where folders cannot be opened)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass            # some file systems (network shares) refuse fsync on a folder
    finally:
        os.close(fd)


def fsync_file(path: str | os.PathLike) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def temporaries(folder: str | os.PathLike, name_glob: str = "*") -> list[Path]:
    """Temporary files a killed writer left in `folder` for targets matching `name_glob`."""
    return sorted(Path(folder).glob(f".{name_glob}.*{TEMP_SUFFIX}"))


class Staged:
    """A temporary file beside `target` that becomes `target` on commit() (or is discarded).

    Every file is created readable by this user only; `private` is kept for the callers that
    say so explicitly (keys, backups). `exclusive`: commit() never
    replaces an existing file (TargetExistsError). `backup`: the backup feature writing
    into its folder or over an older copy. `what` names the file in messages (a
    translate(...) text).
    As a context manager it commits when the block ends normally and discards otherwise;
    a writer that must commit something else first (the sync export records its number)
    calls commit() itself later.
    """

    def __init__(self, target: str | os.PathLike, *, backup: bool = False, private: bool = False,
                 exclusive: bool = False, what: str = FILE) -> None:
        self.target = check(target, backup=backup)
        self.backup, self.exclusive, self.what = backup, exclusive, what
        folder = self.target.parent
        if not folder.is_dir():
            raise StorageError(translate("fileio", "Folder tujuan tidak ada: {folder}. Tidak ada yang ditulis.")
                               .format(folder=folder))
        if exclusive and self.target.exists():
            raise TargetExistsError(EXISTS.format(what=what, target=self.target))
        self.path = folder / f".{self.target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            # Everything the program writes holds personal data or keys (a roster lists NIKs, an
            # export birth dates): readable by its owner only (UU PDP), whatever the umask.
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            os.close(fd)
        except OSError as exc:
            raise storage_error(exc, self.target, what) from exc
        self.done = False

    @contextmanager
    def open(self, mode: str = "wb", **kwargs) -> Iterator[IO]:
        """The temporary file opened for writing; flushed and fsynced when the block ends."""
        try:
            with open(self.path, mode, **kwargs) as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            self.discard()
            raise storage_error(exc, self.target, self.what) from exc

    def commit(self) -> Path:
        """Give the finished file its name: fsync it, rename it over the target, fsync the folder."""
        if self.done:
            return self.target
        try:
            check(self.target, backup=self.backup)      # a second look right before the rename
            fsync_file(self.path)
            if self.exclusive:
                self._link_exclusive()
            else:
                os.replace(self.path, self.target)
        except FileExistsError as exc:
            self.discard()
            raise TargetExistsError(EXISTS.format(what=self.what, target=self.target)) from exc
        except OSError as exc:
            self.discard()
            raise storage_error(exc, self.target, self.what) from exc
        except BaseException:
            self.discard()
            raise
        self.done = True
        fsync_folder(self.target.parent)
        return self.target

    def _link_exclusive(self) -> None:
        # A hard link fails when the name exists, so no other writer's file is ever replaced.
        try:
            os.link(self.path, self.target)
        except FileExistsError:
            raise
        except OSError:                     # no hard links here (FAT flash drive): check, then rename
            if self.target.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(self.target)) from None
            os.replace(self.path, self.target)
            return
        os.unlink(self.path)

    def discard(self) -> None:
        self.done = True
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        elif not self.done:
            self.discard()


def write_with(target: str | os.PathLike, render: Callable[[IO[bytes]], T], *, what: str = FILE,
               **options) -> T:
    """Call render(stream) on the temporary file; the target appears only if render returns."""
    with Staged(target, what=what, **options) as staged, staged.open("wb") as stream:
        return render(stream)


def write_bytes(target: str | os.PathLike, data: bytes, *, what: str = FILE, **options) -> Path:
    with Staged(target, what=what, **options) as staged, staged.open("wb") as stream:
        stream.write(data)
    return staged.target


def write_text(target: str | os.PathLike, text: str, *, encoding: str = "utf-8", what: str = FILE,
               **options) -> Path:
    with Staged(target, what=what, **options) as staged, staged.open("w", encoding=encoding,
                                                                      newline="") as stream:
        stream.write(text)
    return staged.target
