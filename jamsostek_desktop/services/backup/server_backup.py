"""A backup of the city office's PostgreSQL database: pg_dump into the backups folder (or a chosen file).

The file holds every participant's personal data: pg_dump writes fileio's staged file (readable
by its owner only), which takes its name when pg_dump has finished. Where pg_dump is not
installed on this computer, the message names the server-side procedure (docs/postgresql.md).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.db import backends
from jamsostek_desktop.errors import AppError, StorageError, translate
from jamsostek_desktop.services.accounts import session

log = logging.getLogger(__name__)

SUFFIX = ".dump"


def make_dump(dest: str | Path | None = None) -> Path:
    """pg_dump the open server database to `dest` (a file or folder; default: the backups folder)."""
    session.require("backup.make")
    backend = backends.current()
    name = backend.database_name() or "jamsostek"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    if dest is None:
        target = paths.backups_dir() / f"{name}-{stamp}{SUFFIX}"
    else:
        target = Path(dest)
        if target.is_dir():
            target = target / f"{name}-{stamp}{SUFFIX}"
        elif target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
    try:
        # fileio's staged file (private from the start) is where pg_dump writes; it takes the
        # target's name only when pg_dump has finished.
        with fileio.Staged(target, backup=dest is None, private=True,
                           what=translate("server_backup", "cadangan")) as staged:
            backend.dump(staged.path)
    except FileNotFoundError as exc:
        if exc.args and exc.args[0] == "pg_dump":
            raise AppError(translate(
                "server_backup", "Program pg_dump (versi server atau lebih baru) tidak ada di komputer ini, jadi "
                "cadangan basis data server tidak dapat dibuat dari sini. Administrator server membuatnya di "
                "server: 'pg_dump --format=custom -f CADANGAN.dump {database}' (jadwal harian, lihat "
                "docs/postgresql.md), atau pasang paket postgresql-client di komputer ini.").format(
                database=name)) from exc
        raise StorageError(translate("server_backup", "Cadangan tidak dapat ditulis: {reason}.").format(
            reason=exc.strerror or exc)) from exc
    except RuntimeError as exc:
        raise StorageError(translate("server_backup", "pg_dump gagal membuat cadangan: {reason}").format(
            reason=" ".join(exc.args[0]) if exc.args and isinstance(exc.args[0], list) else exc)) from exc
    target = staged.target
    log.info("server backup written (%d bytes)", target.stat().st_size)
    return target
