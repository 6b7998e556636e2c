"""Shared fixtures: a temporary data folder and database per test, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


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
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.participants import catalogue

    close_db()
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
    """A migrated, seeded database with no profile yet."""
    from jamsostek_desktop.services.startup import init_db

    init_db(db_path)
    return db_path


PROFILE = dict(
    region_code="18.72.01.1001", kelurahan="Yosodadi", kecamatan="Metro Timur", kota="Kota Metro",
    provinsi="Lampung", alamat="Jl. Jenderal Sudirman No. 12, Metro", telepon="(0725) 41234",
    email="kel.yosodadi@metrokota.go.id", lurah_nama="Budi Santoso, S.IP.",
    lurah_pangkat="Penata Tingkat I (III/d)", lurah_nip="197501012000031001",
)


@pytest.fixture
def kelurahan_db(empty_db):
    """A database with the Yosodadi profile."""
    from jamsostek_desktop.services.participants import profile

    profile.save(dict(PROFILE))
    return empty_db


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


# --- accounts: staff of a kelurahan office, shared by tests/unit/accounts and tests/ui/accounts ---

PASSWORDS = {"admin": "admin-rahasia", "budi": "operator-rahasia", "sari": "verif-rahasia"}


def pytest_configure(config):
    config.addinivalue_line("markers", "real_hash: use the production argon2 parameters")


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

