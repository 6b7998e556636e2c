"""The database, backups, keys and logs are readable by their owner only (issue 12).

Reproduced first: with the usual umask (022) the database, its -wal and -shm, every backup,
the log file and the data folders were readable by every account on the computer; only the
secret keys were 0600. Real processes, the real data folder layout.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.processes import jamsostek

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

INIT = ["init", "--code", "18.72.01.1001", "--name", "Yosodadi", "--kecamatan", "Metro Timur",
        "--kota", "Kota Metro", "--admin", "admin"]
ADMIN = {"JAMSOSTEK_PASSWORD": "admin-rahasia"}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run(home: Path, *args, db: Path | None = None):
    prefix = ["--db", str(db)] if db else []
    done = jamsostek(*prefix, *args, home=home, env=ADMIN, text=True, preexec_fn=lambda: os.umask(0o022))
    assert done.returncode == 0, (args, done.stderr)
    return done


def test_everything_in_the_data_folder_is_private(tmp_path):
    home = tmp_path / "home"
    run(home, *INIT)                                      # the database in the data folder itself
    run(home, "--user", "admin", "demo-data", "--count", "20")
    run(home, "--user", "admin", "backup")
    run(home, "--user", "admin", "export-sync", str(tmp_path / "kirim"))   # makes the installation key
    run(home, "--user", "admin", "restore", str(next((home / "backups").glob("*.sqlite3"))), "--yes")
    found = {p.relative_to(home).as_posix(): mode(p) for p in [home, *home.rglob("*")]}
    assert {"jamsostek.sqlite3", "logs/jamsostek.log", "backups", "keys"} <= set(found)
    assert any(name.startswith("keys/installation-") for name in found)
    assert any(name.startswith("backups/") and "sebelum-pulihkan" in name for name in found)
    shared = {name: oct(m) for name, m in found.items() if m & 0o077}
    assert shared == {}
    folders = {name: oct(found[name]) for name in found if (home / name).is_dir()}
    assert set(folders.values()) == {"0o700"}


def test_a_database_elsewhere_is_private_but_its_folder_is_left_alone(tmp_path):
    home = tmp_path / "home"
    work = tmp_path / "kerja"
    work.mkdir(mode=0o755)
    db = work / "kel.sqlite3"
    run(home, *INIT, db=db)
    run(home, "--user", "admin", "demo-data", "--count", "5", db=db)
    run(home, "--user", "admin", "backup", str(work / "salinan"), db=db)
    for name in ("kel.sqlite3", "kel.sqlite3.lock", "salinan.sqlite3"):
        assert mode(work / name) == 0o600, name
    for extra in ("-wal", "-shm"):
        if Path(f"{db}{extra}").exists():
            assert mode(Path(f"{db}{extra}")) == 0o600
    assert mode(work) == 0o755                            # the clerk's own folder keeps its mode


def test_an_old_database_becomes_private_when_opened(tmp_path):
    home = tmp_path / "home"
    work = tmp_path / "kerja"
    work.mkdir()
    db = work / "kel.sqlite3"
    run(home, *INIT, db=db)
    os.chmod(db, 0o644)                                   # as an earlier version left it
    run(home, "--user", "admin", "stats", db=db)
    assert mode(db) == 0o600


def test_a_printed_copy_opened_in_the_viewer_is_private(kelurahan_db, tmp_path):
    """The print dialog's "Buka di penampil PDF" keeps its copy in the data folder's `cetak`
    folder: a roster names people, so the folder is 0700 and the copy 0600 whatever the umask."""
    from jamsostek_desktop import paths
    from jamsostek_desktop.services.printing import documents

    source = tmp_path / "pratinjau.pdf"
    source.write_bytes(b"%PDF-1.4\n%%EOF\n")
    old = os.umask(0o022)
    try:
        copy = documents.open_copy(source, "daftar-nama")
    finally:
        os.umask(old)
    assert copy == paths.data_dir() / "cetak" / "daftar-nama.pdf" and copy.read_bytes() == source.read_bytes()
    assert (mode(copy.parent), mode(copy)) == (0o700, 0o600)
