"""Moving a city to the server and proving it; check and backup there; a server that goes away mid-merge."""

from __future__ import annotations

import hashlib
import stat
import subprocess
from pathlib import Path

import pytest

from jamsostek_desktop.cli import main
from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.sync_models import SyncImport
from jamsostek_desktop.errors import ServerGoneError
from jamsostek_desktop.services.participants import enrolment, regions
from jamsostek_desktop.services.server import city_move
from jamsostek_desktop.services.startup import init_db
from jamsostek_desktop.services.sync import importing
from tests.unit.sync.conftest import Offices, nik, person


def run(target, *args):
    return main(["--db", str(target), *args])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sqlite_city(tmp_path):
    path = tmp_path / "kota.sqlite3"
    assert run(path, "init", "--city", "--code", "18.72", "--name", "Kota Metro") == 0
    init_db(path)
    regions.register("18.72.01.1001", "Yosodadi", "Metro Timur", "Kota Metro")
    regions.register("18.72.02.1002", "Hadimulyo Barat", "Metro Pusat", "Kota Metro")
    assert run(path, "demo-data", "--count", "400", "--kelurahan", "18.72.01.1001", "--kelurahan",
               "18.72.02.1002") == 0
    init_db(path)
    enrolment.archive([Participant.select().first().id], "Pindah domisili")
    from jamsostek_desktop.db.connection import close_db

    close_db()
    return path


@pytest.fixture
def empty_server_db(pg_server):
    url = pg_server.empty_database("move")
    yield url
    from jamsostek_desktop.db.connection import close_db

    close_db()
    pg_server.drop(url)


def test_city_move_copies_every_table_equal_and_leaves_the_file_untouched(sqlite_city, empty_server_db, capsys):
    before = _sha(sqlite_city)
    assert run(sqlite_city, "city-move", "--to", empty_server_db) == 0
    out = capsys.readouterr().out
    assert "jumlah dan checksum sama" in out and "participant" in out
    assert _sha(sqlite_city) == before                      # the file was only read
    init_db(empty_server_db)
    on_server = city_move.table_checksums()
    init_db(sqlite_city)
    on_file = city_move.table_checksums()
    assert on_file == {t: v for t, v in on_server.items() if t in on_file}
    assert on_file["participant"][0] == 400
    # The moved city works: search, a new enrolment gets a new id, and `check` finds the seal intact.
    init_db(empty_server_db)
    newest = enrolment.enrol(person(nik(9001), "Orang Baru Sekali"), "ketua-rt", accept_warnings=True)
    assert newest.id > 400
    assert run(empty_server_db, "check") == 0
    assert "Hasil: baik" in capsys.readouterr().out


def test_city_move_refuses_a_server_database_that_holds_data(sqlite_city, pg_url, capsys):
    before = _sha(sqlite_city)
    assert run(sqlite_city, "city-move", "--to", pg_url) == 2     # the template holds the catalogue
    assert "sudah berisi data" in capsys.readouterr().err
    assert _sha(sqlite_city) == before
    init_db(pg_url)
    assert Participant.select().count() == 0


def test_check_finds_a_change_made_behind_the_programs_back_on_the_server(sqlite_city, empty_server_db, capsys):
    assert run(sqlite_city, "city-move", "--to", empty_server_db) == 0
    init_db(empty_server_db)
    from jamsostek_desktop.db.connection import db

    db.execute_sql('UPDATE "participant" SET "nama" = ? WHERE "id" = (SELECT MIN("id") FROM "participant")',
                   ("Nama Diubah Diam Diam",))
    capsys.readouterr()
    assert run(empty_server_db, "check") == 1
    assert "BERMASALAH" in capsys.readouterr().out


def test_backup_on_the_server_is_a_private_pg_dump_that_restores(pg_url, tmp_path, capsys, pg_server):
    init_db(pg_url)
    from jamsostek_desktop.services.participants import profile

    profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    assert run(pg_url, "backup", str(tmp_path)) == 0
    (dump,) = tmp_path.glob("*.dump")
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    pg_restore = Path(pg_server.server.__class__.__module__ and __import__("pgserver").__file__).parent
    listing = subprocess.run([str(pg_restore / "pginstall" / "bin" / "pg_restore"), "--list", str(dump)],
                             capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public participant" in listing


def test_without_pg_dump_the_message_names_the_server_side_procedure(pg_url, tmp_path, capsys, monkeypatch):
    from jamsostek_desktop.db.backends.postgresql import PostgresqlBackend

    monkeypatch.setattr(PostgresqlBackend, "pg_dump", lambda self: None)
    assert run(pg_url, "backup", str(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "tidak ada di komputer ini" in err and "docs/postgresql.md" in err
    assert list(tmp_path.glob("*dump*")) == []


def test_a_server_that_goes_away_mid_merge_leaves_nothing_half_written_and_reconnecting_works(
        pg_server, tmp_path, monkeypatch):
    offices = Offices(tmp_path / "db", pg_server)
    offices.folder.mkdir()
    for name in ("yosodadi", "city"):
        offices.create(name)
    offices.trust("yosodadi")
    offices.use("yosodadi")
    for serial in range(1, 21):
        enrolment.enrol(person(nik(serial), f"Orang {serial}"), "ketua-rt", accept_warnings=True)
    from jamsostek_desktop.services.sync import export as sync_export

    (tmp_path / "out").mkdir()
    path = sync_export.export(tmp_path / "out").path
    offices.use("city")
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.services.sync import batches

    written = batches._write

    def write_then_lose_the_server(plan, code, category_ids, seq):
        seq = written(plan, code, category_ids, seq)          # the rows are in, not committed
        pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        with pg_server.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return seq

    monkeypatch.setattr(batches, "_write", write_then_lose_the_server)
    with pytest.raises(ServerGoneError, match="terputus"):
        importing.import_files([path])
    monkeypatch.setattr(batches, "_write", written)
    assert Participant.select().count() == 0 and SyncImport.select().count() == 0   # nothing half-written
    report = importing.import_files([path])
    assert not report.refused and Participant.live().count() == 20
    pg_server.drop(offices.paths["city"])
