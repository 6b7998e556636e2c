"""Build the PyInstaller bundle from build_installer.spec and run its self-test (`make installer-test`).

Slow (about two minutes on two cores) and needs PyInstaller, so it is marked `installer`
and `make test` leaves it out.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.installer

ROOT = Path(__file__).resolve().parents[2]
DEV_PACKAGES = ("pytest", "_pytest", "hypothesis", "pytestqt", "pdfplumber", "PyInstaller", "ruff")


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


def _run(exe: Path, args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "JAMSOSTEK_DB", "PYTHONPATH", "VIRTUAL_ENV")}
    env["JAMSOSTEK_HOME"] = str(home)
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=300)


def test_bundled_self_test_passes_without_a_display(bundle, tmp_path, capsys):
    # QT_QPA_PLATFORM is removed from the environment: the program must choose offscreen itself.
    result = _run(bundle / "jamsostek-desktop", ["--self-test"], tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "Self-test OK" in lines
    assert ", bundle" in lines[0]
    assert sum(1 for line in lines if line.startswith("[") and "] OK " in line) == 6
    assert "teks halaman 1 terbaca" in result.stdout    # pypdf is bundled for this check
    log = (tmp_path / "home" / "logs" / "selftest.log").read_text(encoding="utf-8")
    assert log.splitlines()[-1] == "Self-test OK"
    size = _size(bundle)
    with capsys.disabled():
        print(f"\nbundle {bundle}: {size / 1_000_000:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files")


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
