"""`--user NAME` for commands that change data: the password comes from JAMSOSTEK_PASSWORD
or, on a terminal, from a prompt."""

from __future__ import annotations

import getpass
import os
import sys

from jamsostek_desktop.errors import AppError


def password_from_environment(prompt: str = "Kata sandi: ") -> str:
    password = os.environ.get("JAMSOSTEK_PASSWORD")
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise AppError("Kata sandi tidak diberikan: isi JAMSOSTEK_PASSWORD atau jalankan di terminal.")


def login_from_cli(username: str) -> None:
    try:
        from jamsostek_desktop.services.accounts import users as accounts
    except ImportError as exc:  # accounts arrive with the accounts feature
        raise AppError("Fitur akun pengguna belum tersedia pada versi ini.") from exc
    from jamsostek_desktop.services.accounts.session import set_actor

    set_actor(accounts.authenticate(username, password_from_environment()))
