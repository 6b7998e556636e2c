"""The saved connection profile of a city office's server: host, port, database and user only.

The password is never saved: PGPASSWORD, the pgpass file (libpq reads both) or the GUI's
prompt for this run (db/backends/postgresql.remember_password).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from urllib.parse import quote

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.errors import AppError, ServerGoneError, ValidationError, translate

log = logging.getLogger(__name__)

FILE_NAME = "server.json"


@dataclass(frozen=True)
class ServerProfile:
    host: str
    port: int = 5432
    database: str = "jamsostek"
    user: str = "jamsostek"

    def url(self) -> str:
        """postgresql://USER@HOST:PORT/DATABASE (no password, ever); a host that is a folder is the
        server's Unix socket on this computer."""
        if self.host.startswith("/"):
            return f"postgresql://{quote(self.user)}@/{quote(self.database)}?host={self.host}&port={int(self.port)}"
        return f"postgresql://{quote(self.user)}@{self.host}:{int(self.port)}/{quote(self.database)}"


def checked(host: str, port: int | str, database: str, user: str) -> ServerProfile:
    host, database, user = host.strip(), database.strip(), user.strip()
    try:
        number = int(str(port).strip() or 5432)
    except ValueError:
        number = 0
    if not host or not database or not user:
        raise ValidationError(translate("server_profile", "Isi alamat server, nama basis data dan nama pengguna."))
    if not 0 < number < 65536:
        raise ValidationError(translate("server_profile", "Nomor port harus 1 sampai 65535 (biasanya 5432)."))
    if any(c in host for c in "@ ?&") or ("/" in host and not host.startswith("/")) or any(
            c in database + user for c in "/@ ?&"):
        raise ValidationError(translate("server_profile", "Alamat, nama basis data dan pengguna tidak boleh berisi "
                                        "spasi, '/' atau '@'."))
    return ServerProfile(host, number, database, user)


def load() -> ServerProfile | None:
    path = paths.data_dir() / FILE_NAME
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return ServerProfile(str(document["host"]), int(document["port"]), str(document["database"]),
                             str(document["user"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("server profile unreadable; ignored")
        return None


def save(profile: ServerProfile) -> None:
    fileio.write_text(paths.data_dir() / FILE_NAME, json.dumps(asdict(profile), indent=2) + "\n")


def forget() -> None:
    (paths.data_dir() / FILE_NAME).unlink(missing_ok=True)


def connect(profile: ServerProfile, password: str = "") -> str:
    """Remember `password` for this run (never on disk), try the server and return its URL.

    Raises AppError with the server's reason when it cannot be reached or refuses the login.
    """
    from jamsostek_desktop.db.backends import postgresql
    from jamsostek_desktop.services.startup import init_db

    url = profile.url()
    if password:
        postgresql.remember_password(url, password)
    try:
        init_db(url)
    except ServerGoneError as exc:
        raise AppError(translate("server_profile", "{reason} Periksa alamat, port, nama basis data, pengguna dan "
                                 "kata sandi, atau tanyakan administrator server.").format(reason=exc.message)) from exc
    return url
