"""Fixtures for sync tests: separate database files for two kelurahan and the city office.

`init_db(path)` switches the single deferred database, so `Offices.use(name)` switches
files (and clears the catalogue cache, whose row ids differ between files).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from tests.conftest import copy_template

KELURAHAN = {
    "yosodadi": dict(region_code="18.72.01.1001", kelurahan="Yosodadi", kecamatan="Metro Timur",
                     kota="Kota Metro"),
    "hadimulyo": dict(region_code="18.72.02.1002", kelurahan="Hadimulyo Barat", kecamatan="Metro Pusat",
                      kota="Kota Metro"),
}


def person(nik: str, nama: str, rt: int = 3, rw: int = 2) -> dict:
    """Typed values of a valid male Ketua RT born 12-08-1975 (NIK serial varies)."""
    return {
        "nik": nik, "nama": nama, "tempat_lahir": "Metro", "tanggal_lahir": dt.date(1975, 8, 12),
        "jenis_kelamin": "L", "alamat": "Jl. Kenanga No. 5", "rt": rt, "rw": rw,
        "fields": {"nomor_rt": rt, "nomor_rw": rw},
    }


def nik(serial: int) -> str:
    return f"187201120875{serial:04d}"


class Offices:
    """The kelurahan are SQLite files; the city is a file or, with `city_server`, a PostgreSQL database."""

    def __init__(self, folder: Path, city_server=None) -> None:
        self.folder = folder
        self.paths: dict[str, Path | str] = {}
        self.current: str | None = None
        self.city_server = city_server

    def use(self, name: str) -> None:
        from jamsostek_desktop.services.participants import catalogue
        from jamsostek_desktop.services.startup import init_db

        catalogue.invalidate()
        init_db(self.paths[name])
        catalogue.invalidate()
        self.current = name

    def create(self, name: str) -> None:
        from jamsostek_desktop.services.participants import profile

        if self.city_server is not None and name in ("city", "other_city"):
            self.paths[name] = self.city_server.fresh_database(name)
        else:
            self.paths[name] = copy_template("empty", self.folder / f"{name}.sqlite3")
        self.use(name)
        if name == "city":
            profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
        elif name == "other_city":
            profile.save({"region_code": "18.71", "kota": "Kota Bandar Lampung"}, mode="city")
        else:
            profile.save(dict(KELURAHAN[name]))

    def trust(self, *names: str) -> None:
        """The city accepts these kelurahan installations' keys, as a person does with the
        fingerprint from the cover letter (services/sync/trust.py)."""
        from jamsostek_desktop.db.connection import db
        from jamsostek_desktop.services.sync import keys, trust
        from jamsostek_desktop.services.sync.format import crypto

        was = self.current
        for name in names:
            self.use(name)
            with db.atomic():
                installation_id, seed = keys.installation()
            public = crypto.b64(crypto.verify_key_of(seed))
            self.use("city")
            trust.accept_installation(installation_id, KELURAHAN[name]["region_code"], KELURAHAN[name]["kelurahan"],
                                      public, crypto.fingerprint(crypto.verify_key_of(seed)))
        if was is not None:
            self.use(was)

    def digest(self, name: str) -> str:
        """SHA-256 of a database file, closed (checkpointed) first; of every table's rows on a server."""
        from jamsostek_desktop.db.connection import close_db

        if isinstance(self.paths[name], str):
            from jamsostek_desktop.services.server import city_move

            was = self.current
            self.use(name)
            sums = city_move.table_checksums()
            if was is not None:
                self.use(was)
            return hashlib.sha256(repr(sums).encode()).hexdigest()
        close_db()
        data = self.paths[name].read_bytes()
        wal = self.paths[name].with_name(self.paths[name].name + "-wal")
        if wal.exists():
            data += wal.read_bytes()
        return hashlib.sha256(data).hexdigest()


@pytest.fixture(params=["sqlite", "postgresql"])
def offices(request, tmp_path) -> Offices:
    """Two kelurahan and the city office; every test using it runs with the city on both backends."""
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    o = Offices(tmp_path / "db", server)
    o.folder.mkdir()
    for name in ("yosodadi", "hadimulyo", "city"):
        o.create(name)
    o.trust("yosodadi", "hadimulyo")
    yield o
    if server is not None:
        from jamsostek_desktop.db.connection import close_db

        close_db()
        for target in o.paths.values():
            if isinstance(target, str):
                server.drop(target)


def city_records() -> dict[str, tuple]:
    """{uuid: (kelurahan_code, revision, content)} of the open (city) database."""
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.services.sync import rows
    from jamsostek_desktop.services.sync.format import records

    out = {}
    for code, *record in db.execute_sql(rows.select('p."kelurahan_code"')):
        out[record[records.AT["uuid"]]] = (code, record[records.AT["revision"]], records.content_of_row(record))
    return out


def own_records() -> dict[str, tuple]:
    """The same view of a kelurahan database (its own code on every row)."""
    return city_records()
