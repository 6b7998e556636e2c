"""The `jamsostek` command line: argparse over the same services the GUI calls.

Each feature module under cli/ has `register(subparsers)`; a command's handler takes
the parsed args and returns an exit code. Errors the user can fix print in
Indonesian on stderr with exit code 2; the database is left as it was.

What a command declares with `set_defaults` (cli/command.py honours it):
- `reads=True` (or a function of the args): it never changes the database, so it runs
  beside an open window; every other command takes the instance lock the GUI holds;
- `personal=True`: it shows personal data, so it needs `--user` once accounts exist;
- `creates_db=True` (`init` only): the one command that may create a database file;
- `needs_db=False`: it opens the file itself (`check`).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable

from jamsostek_desktop import __version__
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.backup.integrity import DATABASE_ERRORS

# Feature modules, each adding its commands.
COMMAND_MODULES = ["participants", "printing", "sync", "excel", "accounts", "backup", "residents", "tenure",
                   "server", "screening", "money"]

log = logging.getLogger(__name__)


class Parser(argparse.ArgumentParser):
    """argparse with its complaints in the program's voice: `Galat: ...` and exit code 2."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        if message.startswith("argument "):
            message = message[len("argument "):]
        self.exit(2, f"Galat: {message}\n")


def bounded(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, else a clear message."""
    from jamsostek_desktop.domain.formatting import thousands

    def number(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' bukan bilangan bulat.") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"harus bilangan bulat dari {thousands(low)} sampai {thousands(high)} (diberikan {text}).")
        return value

    number.__name__ = "bilangan"
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="jamsostek",
        description="Jamsostek Desktop: pendataan peserta BPJS Ketenagakerjaan non-ASN.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="berkas basis data, atau server PostgreSQL kantor kota postgresql://PENGGUNA@HOST/DB "
                             "(kata sandi dari PGPASSWORD atau berkas pgpass; bawaan: JAMSOSTEK_DB atau folder "
                             "data pengguna)")
    parser.add_argument("--user", metavar="NAME",
                        help="pengguna untuk perintah yang mengubah atau menampilkan data "
                             "(kata sandi dari JAMSOSTEK_PASSWORD)")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"jamsostek_desktop.cli.{name}").register(sub)
    return parser


def open_database(args, *, create: bool = False) -> None:
    """init_db on the chosen file, then log in `--user` when given.

    Only `init` creates a file (`create`); any other command on a missing file says so,
    instead of leaving a new empty database behind a typing mistake.
    """
    from jamsostek_desktop.paths import resolve_db_path
    from jamsostek_desktop.services.startup import init_db

    init_db(resolve_db_path(args.db), create=create)
    if getattr(args, "user", None):
        from jamsostek_desktop.cli import login

        login.login_from_cli(args.user)


def main(argv: list[str] | None = None) -> int:
    from jamsostek_desktop.cli import command as running
    from jamsostek_desktop.logging_setup import setup_logging

    with running.standard_streams():
        parser = build_parser()
        args = parser.parse_args(argv)
        setup_logging(console=False)
        with running.Command(args) as command:
            try:
                command.prepare()
                command.result = int(args.handler(args) or 0)
                return command.result
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
                print(f"Galat berkas: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})",
                      file=sys.stderr)
                return 2
