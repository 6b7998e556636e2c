"""The `jamsostek` command line: argparse over the same services the GUI calls.

Each feature module under cli/ has `register(subparsers)`; a command's handler takes
the parsed args and returns an exit code. Errors the user can fix print in
Indonesian on stderr with exit code 2; the database is left as it was.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from jamsostek_desktop import __version__
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.backup.integrity import DATABASE_ERRORS

# Feature modules, each adding its commands.
COMMAND_MODULES = ["participants", "printing", "sync", "excel", "accounts", "backup", "residents", "tenure"]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jamsostek",
        description="Jamsostek Desktop: pendataan peserta BPJS Ketenagakerjaan non-ASN.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="berkas basis data, atau server PostgreSQL kantor kota postgresql://PENGGUNA@HOST/DB "
                             "(kata sandi dari PGPASSWORD atau berkas pgpass; bawaan: JAMSOSTEK_DB atau folder "
                             "data pengguna)")
    parser.add_argument("--user", metavar="NAME",
                        help="pengguna untuk perintah yang mengubah data (kata sandi dari JAMSOSTEK_PASSWORD)")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"jamsostek_desktop.cli.{name}").register(sub)
    return parser


def open_database(args) -> None:
    """init_db on the chosen file, then log in `--user` when given."""
    from jamsostek_desktop.paths import resolve_db_path
    from jamsostek_desktop.services.startup import init_db

    init_db(resolve_db_path(args.db))
    if getattr(args, "user", None):
        from jamsostek_desktop.cli import login

        login.login_from_cli(args.user)


def main(argv: list[str] | None = None) -> int:
    from jamsostek_desktop.logging_setup import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(console=False)
    try:
        if getattr(args, "needs_db", True):
            open_database(args)
        return int(args.handler(args) or 0)
    except AppError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except DATABASE_ERRORS as exc:
        from jamsostek_desktop.services.backup.integrity import storage_error

        known = storage_error(exc, "menjalankan perintah")
        if known is None:
            raise
        print(f"Galat: {known}", file=sys.stderr)
        return 2
    except OSError as exc:
        from jamsostek_desktop.services.backup.integrity import storage_error

        known = storage_error(exc, "menulis berkas")
        if known is not None:
            print(f"Galat: {known}", file=sys.stderr)
            return 2
        log.exception("I/O failure in %s", args.command)
        print(f"Galat berkas: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})", file=sys.stderr)
        return 2
    finally:
        from jamsostek_desktop.services.startup import close_database

        close_database()
