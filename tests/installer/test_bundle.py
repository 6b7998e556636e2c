"""Build the PyInstaller bundle from build_installer.spec and run its self-test (`make installer-test`).

Slow (about two minutes on two cores) and needs PyInstaller, so it is marked `installer`
and `make test` leaves it out. Beside the self-test: the bundle stays under 120 MB (issue 19),
runs from a folder whose path has spaces as another user with another HOME, and its command
line reaches a real PostgreSQL server through the bundled libpq.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.installer

ROOT = Path(__file__).resolve().parents[2]
DEV_PACKAGES = ("pytest", "_pytest", "hypothesis", "pytestqt", "pdfplumber", "PyInstaller", "ruff", "pypdf",
                "pgserver")
SIZE_LIMIT = 120_000_000      # bytes, as `du -sb` counts them (issue 19)
STEPS = 9


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[installer]')")
    build = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"), "build_installer.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr[-4000:]
    return build / "dist" / "jamsostek-desktop"


def _run(exe: Path, args: list[str], home: Path | None, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "JAMSOSTEK_DB", "JAMSOSTEK_HOME", "PYTHONPATH", "VIRTUAL_ENV")
           and not k.startswith("XDG_")}
    if home is not None:
        env["JAMSOSTEK_HOME"] = str(home)
    env.update(kwargs.pop("env", {}))
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=300, **kwargs)


def test_bundled_self_test_passes_without_a_display(bundle, tmp_path, capsys):
    # QT_QPA_PLATFORM is removed from the environment: the program must choose offscreen itself.
    result = _run(bundle / "jamsostek-desktop", ["--self-test"], tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "Self-test OK" in lines
    assert ", bundle" in lines[0]
    assert sum(1 for line in lines if line.startswith("[") and "] OK " in line) == STEPS
    assert "teks halaman 1 terbaca; rekapitulasi" in result.stdout    # QtPdf, QtPrintSupport, charts
    assert "proses pencetak 11 halaman" in result.stdout                # the print child: --print-worker
    assert "Waktu Indonesia Barat" in result.stdout                    # the trimmed ICU data
    log = (tmp_path / "home" / "logs" / "selftest.log").read_text(encoding="utf-8")
    assert log.splitlines()[-1] == "Self-test OK"


def test_bundle_is_under_the_size_limit(bundle, capsys):
    size = _size(bundle)
    table = subprocess.run([sys.executable, str(ROOT / "installer" / "bundle_size.py"), str(bundle), "--top", "15"],
                           capture_output=True, text=True, check=True).stdout
    with capsys.disabled():
        print(f"\n{table}")
    assert size < SIZE_LIMIT, f"{size:,} bytes"


def _world_readable_copy(bundle: Path) -> Path:
    """The bundle in a folder with spaces in its path, readable by every user (pytest's are 0700)."""
    top = Path(tempfile.mkdtemp(prefix="jamsostek bundle "))
    top.chmod(0o755)
    folder = top / "Program Files" / "Jamsostek Desktop"
    shutil.copytree(bundle, folder, symlinks=True)
    for path in [top / "Program Files", *folder.rglob("*"), folder]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    return folder


def test_bundle_runs_from_a_path_with_spaces_as_another_user(bundle):
    folder = _world_readable_copy(bundle)
    other_home = Path(tempfile.mkdtemp(prefix="jamsostek-home-"))
    try:
        user = {}
        if hasattr(os, "geteuid") and os.geteuid() == 0:      # root: run it as the user nobody
            import pwd

            try:
                nobody = pwd.getpwnam("nobody")
            except KeyError:
                nobody = None
            if nobody is not None:
                os.chown(other_home, nobody.pw_uid, nobody.pw_gid)
                user = dict(user=nobody.pw_uid, group=nobody.pw_gid, extra_groups=[])
        env = {"HOME": str(other_home), "USER": "nobody", "LOGNAME": "nobody"}
        # No JAMSOSTEK_HOME: the data folder comes from that user's HOME (platformdirs).
        result = _run(folder / "jamsostek-desktop", ["--self-test"], None, env=env, cwd=other_home, **user)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.splitlines()[-1] == "Self-test OK"
        logs = list(other_home.rglob("selftest.log"))
        assert len(logs) == 1 and logs[0].read_text(encoding="utf-8").splitlines()[-1] == "Self-test OK"
        made = _run(folder / "jamsostek", ["--db", str(other_home / "kel.sqlite3"), "init", "--code",
                                           "18.72.01.1001", "--name", "Yosodadi", "--kecamatan", "Metro Timur",
                                           "--kota", "Kota Metro"], None, env=env, cwd=other_home, **user)
        assert made.returncode == 0, made.stderr
        assert (other_home / "kel.sqlite3").stat().st_uid == user.get("user", os.stat(other_home).st_uid)
    finally:
        shutil.rmtree(folder.parent.parent, ignore_errors=True)
        shutil.rmtree(other_home, ignore_errors=True)


def test_bundled_command_line_reaches_a_postgresql_server(bundle, pg_server, tmp_path):
    with pg_server.admin() as conn:
        conn.execute('DROP DATABASE IF EXISTS "bundle_kota"')
        conn.execute('CREATE DATABASE "bundle_kota"')
    url = pg_server.url("bundle_kota")
    try:
        made = _run(bundle / "jamsostek", ["--db", url, "init", "--city", "--code", "18.72", "--name", "Metro"],
                    tmp_path / "home")
        assert made.returncode == 0, made.stdout + made.stderr
        checked = _run(bundle / "jamsostek", ["--db", url, "check"], tmp_path / "home")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        import psycopg

        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT mode, region_code FROM profile").fetchall() == [("city", "18.72")]
    finally:
        pg_server.drop(url)


def test_bundle_holds_every_resource_and_no_development_files(bundle):
    internal = bundle / "_internal"
    resources = internal / "resources"
    source = ROOT / "resources"
    for path in source.rglob("*"):
        if path.is_file():
            assert (resources / path.relative_to(source)).is_file(), path
    for name in DEV_PACKAGES:
        assert not (internal / name).exists(), name
    dangling = [p.name for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []
    assert not list(internal.rglob("*qtvirtualkeyboard*"))
    assert not list(internal.rglob("*platformthemes*")) and not list(internal.rglob("libqgtk3*"))
    # One executable; on Linux `jamsostek` is a link to it, so its archive is stored once.
    assert (bundle / "jamsostek").is_symlink() and os.readlink(bundle / "jamsostek") == "jamsostek-desktop"


def test_bundled_command_line_works(bundle, tmp_path):
    db = tmp_path / "kel.sqlite3"
    made = _run(bundle / "jamsostek", ["--db", str(db), "init", "--code", "18.72.01.1001", "--name",
                                       "Yosodadi", "--kecamatan", "Metro Timur", "--kota", "Kota Metro"],
                tmp_path / "home")
    assert made.returncode == 0, made.stderr
    assert "Yosodadi (18.72.01.1001) siap." in made.stdout
    version = _run(bundle / "jamsostek-desktop", ["--version"], tmp_path / "home")
    from jamsostek_desktop import __version__

    assert version.stdout.strip() == __version__
