"""Every folder and file the program uses, in one place, overridable for tests.

`JAMSOSTEK_HOME` moves the whole data folder (tests, portable installs);
`JAMSOSTEK_DB` or `--db` chooses another database file.

The data folder and its backups, keys, logs and cetak folders hold personal data and secrets: on
POSIX they are made (and kept) 0700, and the files in them 0600 (`make_private`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "JamsostekDesktop"
DB_FILE_NAME = "jamsostek.sqlite3"


PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def make_private(path: str | os.PathLike, folder: bool = False) -> None:
    """Readable by its owner only (POSIX; Windows keeps the user profile's own access rules).

    Only what this user owns is changed; a failure (a FAT flash drive) is not an error.
    """
    if os.name != "posix":
        return
    try:
        info = os.stat(path)
        wanted = PRIVATE_FOLDER if folder else PRIVATE_FILE
        if info.st_uid == os.getuid() and (info.st_mode & 0o777) != wanted:
            os.chmod(path, wanted)
    except OSError:
        pass


def _private_folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    make_private(path, folder=True)
    return path


def data_dir() -> Path:
    override = os.environ.get("JAMSOSTEK_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    return _private_folder(path)


def default_db_path() -> Path:
    env = os.environ.get("JAMSOSTEK_DB")
    return Path(env) if env else data_dir() / DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike | None) -> Path | str:
    """The database a command works on: `--db` first, then JAMSOSTEK_DB, then the data folder.

    A `postgresql://` URL (the city office's server, docs/postgresql.md) is returned as it is.
    """
    if is_server_url(cli_value):
        return str(cli_value)
    if not cli_value and is_server_url(os.environ.get("JAMSOSTEK_DB")):
        return os.environ["JAMSOSTEK_DB"]
    return Path(cli_value).expanduser() if cli_value else default_db_path()


def is_server_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("postgresql://", "postgres://"))


def backups_dir() -> Path:
    return _private_folder(data_dir() / "backups")


def logs_dir() -> Path:
    return _private_folder(data_dir() / "logs")


def keys_dir() -> Path:
    return _private_folder(data_dir() / "keys")


def prints_dir() -> Path:
    """Copies of printed documents opened in the system's PDF viewer (names, NIKs: private)."""
    return _private_folder(data_dir() / "cetak")


def printable(name: str | os.PathLike) -> str:
    """A file name as text that can be stored and shown anywhere (database, JSON, PDF, log).

    On POSIX a name may hold bytes that are not UTF-8; Python keeps them as lone
    surrogates, which the file system accepts back but SQLite, JSON and Qt refuse. Such
    bytes become U+FFFD here; use the original path itself to open the file.
    """
    text = os.fspath(name)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
