"""A real PostgreSQL 16 for the tests: one server per test process (each xdist worker), started by
the `pgserver` package (its wheel ships the binaries; nothing is installed by hand).

Each test gets a fresh database copied from a migrated, seeded template (CREATE DATABASE ...
TEMPLATE), dropped afterwards. If the server cannot start, the tests that need it fail: they
never skip.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import psycopg
import pytest

TEMPLATE = "jamsostek_template"
_numbers = itertools.count(1)


class PgServer:
    def __init__(self, folder) -> None:
        import warnings

        with warnings.catch_warnings():
            # pgserver asks platformdirs for a runtime folder it then does not use here.
            warnings.simplefilter("ignore")
            import pgserver

        self.server = pgserver.get_server(folder, cleanup_mode="stop")
        self.folder = Path(folder)
        self.socket_dir = str(folder)
        self._template_ready = False
        with self.admin() as conn:
            # A throwaway server: nothing to keep across a power cut, so no waiting on the disk
            # (the machine's other test runs share it).
            for setting in ("fsync = off", "synchronous_commit = off", "full_page_writes = off"):
                conn.execute(f"ALTER SYSTEM SET {setting}")
            conn.execute("SELECT pg_reload_conf()")

    def stop(self) -> None:
        """Stop at once (no shutdown checkpoint: the data is thrown away)."""
        import subprocess

        pg_ctl = Path(self.server.pginstall_bin if hasattr(self.server, "pginstall_bin") else "") / "pg_ctl"
        if not pg_ctl.exists():
            import pgserver

            pg_ctl = Path(pgserver.__file__).parent / "pginstall" / "bin" / "pg_ctl"
        subprocess.run([str(pg_ctl), "-D", str(self.folder), "-m", "immediate", "-w", "stop"],
                       capture_output=True, check=False, timeout=60)

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@/{dbname}?host={self.socket_dir}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.url("postgres"), autocommit=True)

    def _build_template(self) -> None:
        from jamsostek_desktop.db.connection import close_db, db
        from jamsostek_desktop.services.participants import catalogue
        from jamsostek_desktop.services.startup import init_db

        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
        was_open = None if db.is_closed() else db.database
        catalogue.invalidate()
        init_db(self.url(TEMPLATE))
        close_db()
        catalogue.invalidate()
        assert was_open is None or True
        self._template_ready = True

    def fresh_database(self, prefix: str = "t") -> str:
        """A new migrated and seeded database (catalogue and rates, no profile); returns its URL."""
        if not self._template_ready:
            self._build_template()
        name = f"{prefix}_{os.getpid()}_{next(_numbers)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
        return self.url(name)

    def empty_database(self, prefix: str = "e") -> str:
        name = f"{prefix}_{os.getpid()}_{next(_numbers)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1].split("?", 1)[0]
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    """The worker's server, in a folder of its own (pytest prunes old base folders of every run on the
    machine, so not under it) with a short path: a Unix socket's name is at most 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="jamsostek-pg-"))
    server = PgServer(folder)
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A fresh migrated, seeded PostgreSQL database for one test."""
    from jamsostek_desktop.db.connection import close_db

    url = pg_server.fresh_database()
    yield url
    close_db()
    pg_server.drop(url)
