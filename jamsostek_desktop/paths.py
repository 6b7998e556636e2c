"""Every folder and file the program uses, in one place, overridable for tests.

`JAMSOSTEK_HOME` moves the whole data folder (tests, portable installs);
`JAMSOSTEK_DB` or `--db` chooses another database file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "JamsostekDesktop"
DB_FILE_NAME = "jamsostek.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("JAMSOSTEK_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    env = os.environ.get("JAMSOSTEK_DB")
    return Path(env) if env else data_dir() / DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike | None) -> Path:
    """The database a command works on: `--db` first, then JAMSOSTEK_DB, then the data folder."""
    return Path(cli_value).expanduser() if cli_value else default_db_path()


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def keys_dir() -> Path:
    path = data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    return path


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
