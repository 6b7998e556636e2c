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
