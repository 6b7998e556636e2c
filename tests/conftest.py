"""Shared fixtures: a temporary data folder and database per test, offscreen Qt, hypothesis profiles.

Databases come from templates: each kind (migrated and seeded; with the Yosodadi profile;
a 5,000-participant city) is built once per test process (each xdist worker) and copied
into the test's folder, instead of running every migration for every test.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# `make test` runs the derandomized "ci" profile (the same examples on every run and machine);
# "dev" (the default) searches fresh examples each run. Choose with --hypothesis-profile.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
settings.load_profile("dev")

# A real PostgreSQL server for the city-mode tests that run on both backends (tests/pg_server.py).
pytest_plugins = ["tests.pg_server"]


PROFILE = dict(
    region_code="18.72.01.1001", kelurahan="Yosodadi", kecamatan="Metro Timur", kota="Kota Metro",
    provinsi="Lampung", alamat="Jl. Jenderal Sudirman No. 12, Metro", telepon="(0725) 41234",
    email="kel.yosodadi@metrokota.go.id", lurah_nama="Budi Santoso, S.IP.",
    lurah_pangkat="Penata Tingkat I (III/d)", lurah_nip="197501012000031001",
)


# --- template databases ------------------------------------------------------------------

def _build_empty() -> None:
    """Migrated and seeded (init_db already did it)."""


def _build_kelurahan() -> None:
    from jamsostek_desktop.services.participants import profile

    profile.save(dict(PROFILE))


TEMPLATES: dict[str, Callable[[], None]] = {"empty": _build_empty, "kelurahan": _build_kelurahan}
_built: dict[str, Path] = {}
_folder: Path | None = None


def copy_template(name: str, target: str | os.PathLike, build: Callable[[], None] | None = None) -> Path:
    """Copy the template database `name` to `target`; built (by `build` or TEMPLATES[name]) on first use.

    The build runs on a fresh database with its own data folder and no logged-in user;
    the file is closed (checkpointed) before it is copied, so it holds everything.
    """
    global _folder
    if name not in _built:
        if _folder is None:
            _folder = Path(tempfile.mkdtemp(prefix="jamsostek-templates-"))
            atexit.register(shutil.rmtree, _folder, True)
        _built[name] = _build_template(name, build or TEMPLATES[name], _folder)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_built[name], target)
    # The template's seal key (services/accounts/seal.py) goes with it, as a backup's would.
    from jamsostek_desktop import paths

    for key in (_folder / f"{name}-home" / "keys").glob("seal-*.key"):
        shutil.copyfile(key, paths.keys_dir() / key.name)
    return target


def _build_template(name: str, build: Callable[[], None], folder: Path) -> Path:
    from jamsostek_desktop.db.connection import close_db, db
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.participants import catalogue
    from jamsostek_desktop.services.startup import init_db

    path = folder / f"{name}.sqlite3"
    was_open = None if db.is_closed() else db.database
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JAMSOSTEK_HOME", str(folder / f"{name}-home"))
        session.set_actor(None)
        catalogue.invalidate()
        init_db(path)
        build()
        session.set_actor(None)
        close_db()
        catalogue.invalidate()
    assert not Path(f"{path}-wal").exists(), "template left a WAL behind"
    if was_open:
        init_db(was_open)
    return path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Every test gets its own data folder, QSettings and no logged-in user."""
    home = tmp_path / "home"
    monkeypatch.setenv("JAMSOSTEK_HOME", str(home))
    monkeypatch.delenv("JAMSOSTEK_DB", raising=False)
    monkeypatch.delenv("JAMSOSTEK_PASSWORD", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    from jamsostek_desktop.services.accounts import session

    session.set_actor(None)
    yield home
    session.set_actor(None)
    from jamsostek_desktop.db.connection import forget
    from jamsostek_desktop.services.participants import catalogue

    forget()          # the next test starts on the SQLite stand-in, whatever backend this one used
    catalogue.invalidate()


class Shown(tuple):
    """One message box as (kind, text); `.title` and `.box` for the rest."""

    def __new__(cls, box):
        shown = super().__new__(cls, (box.kind, box.text))
        shown.title, shown.box = box.title, box
        return shown


class MessageBoxes(list):
    """Every message box a test caused, answered at once: [(kind, text), ...].

    `answers` holds the replies to give, in order (True = the accepting button); when it
    runs out every box gets `default`. `texts(kind, ...)` lists what boxes of those kinds said.
    """

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool] = []
        self.default = True

    def present(self, box) -> bool:
        self.append(Shown(box))
        return self.answers.pop(0) if self.answers else self.default

    def texts(self, *kinds: str) -> list[str]:
        return [text for kind, text in self if not kinds or kind in kinds]


@pytest.fixture(autouse=True)
def message_boxes(request, monkeypatch):
    """No test ever waits on a modal message box: ui.common.messages.present answers it."""
    boxes = MessageBoxes()
    if "ui" in request.node.path.relative_to(request.config.rootpath).parts[:2]:
        from jamsostek_desktop.ui.common import messages

        monkeypatch.setattr(messages, "present", boxes.present)
    return boxes


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.sqlite3"


@pytest.fixture
def empty_db(db_path):
    """A migrated, seeded database with no profile yet (a copy of the template), open."""
    from jamsostek_desktop.services.startup import init_db

    init_db(copy_template("empty", db_path))
    return db_path


@pytest.fixture
def kelurahan_db(db_path):
    """A database with the Yosodadi profile (a copy of the template), open."""
    from jamsostek_desktop.services.startup import init_db

    init_db(copy_template("kelurahan", db_path))
    return db_path


@pytest.fixture
def person():
    """Typed values of a valid male participant (NIK from Kota Metro, born 12-08-1975)."""
    import datetime as dt

    return {
        "nik": "1872011208750003", "nama": "Slamet Riyadi", "tempat_lahir": "Metro",
        "tanggal_lahir": dt.date(1975, 8, 12), "jenis_kelamin": "L",
        "alamat": "Jl. Kenanga No. 5", "rt": 3, "rw": 2, "telepon": "081234567890",
        "fields": {"nomor_rt": 3, "nomor_rw": 2},
    }


def seal_problems() -> list[str]:
    """What `jamsostek check` (integrity.full_check) reports about the open database: a participant
    or user row written without its digest, or an audit entry outside the chain, is listed as
    tampering (services/accounts/seal.py). The seal must have begun, or there is nothing to find."""
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.models import Setting
    from jamsostek_desktop.services.accounts import seal
    from jamsostek_desktop.services.backup import integrity

    assert Setting.read(seal.KEY_SETTING), "the seal has not begun on this database"
    from jamsostek_desktop.services import startup

    return integrity.full_check(startup.database_target() if startup.on_server() else db.database).problems


# --- accounts: staff of a kelurahan office, shared by tests/unit/accounts and tests/ui/accounts ---

PASSWORDS = {"admin": "admin-rahasia", "budi": "operator-rahasia", "sari": "verif-rahasia"}


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch, request):
    """argon2 with tiny costs, so a test does not pay 50 ms per password; the real
    parameters are checked by the tests marked `real_hash`."""
    if request.node.get_closest_marker("real_hash") is not None:
        return
    from argon2 import PasswordHasher

    from jamsostek_desktop.services.accounts import users as accounts

    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=256, parallelism=1))


@pytest.fixture
def staffed_db(kelurahan_db):
    """The Yosodadi database with an administrator, an operator (budi) and a verifikator (sari)."""
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts

    admin = accounts.create_user("admin", PASSWORDS["admin"], role="admin", full_name="Admin Kelurahan")
    session.set_actor(admin)
    accounts.create_user("budi", PASSWORDS["budi"], role="operator", full_name="Budi Operator")
    accounts.create_user("sari", PASSWORDS["sari"], role="verifikator", full_name="Sari Verifikator")
    session.set_actor(None)
    return kelurahan_db


@pytest.fixture
def login_as():
    """login_as("budi"): authenticate with the fixture password and act as that user."""
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts

    def as_user(name: str):
        actor = accounts.authenticate(name, PASSWORDS[name])
        session.set_actor(actor)
        return actor

    return as_user

