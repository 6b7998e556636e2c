"""Build the Windows setup program: read the version from pyproject.toml, run Inno Setup's ISCC.

Usage (on Windows, from the repository root, after `pyinstaller --noconfirm build_installer.spec`):
    python installer\\build_setup.py [--iscc "C:\\Program Files (x86)\\Inno Setup 6\\ISCC.exe"]
The version lives in one place, pyproject.toml; this passes it to jamsostek.iss as /DAppVersion.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ISCC = (
    Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe",
    Path(os.environ.get("ProgramFiles", r"C:\Program Files")) / "Inno Setup 6" / "ISCC.exe",
    Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6" / "ISCC.exe",
)


def version() -> str:
    import tomllib  # Python 3.11+, as the build machine's virtualenv

    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def find_iscc(given: str | None) -> Path:
    if given:
        return Path(given)
    on_path = shutil.which("ISCC") or shutil.which("iscc")
    if on_path:
        return Path(on_path)
    for candidate in DEFAULT_ISCC:
        if candidate.is_file():
            return candidate
    raise SystemExit("ISCC.exe (Inno Setup 6) not found; install it or pass --iscc PATH")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iscc", help="path of ISCC.exe")
    args = parser.parse_args()
    if not (ROOT / "dist" / "jamsostek-desktop" / "jamsostek-desktop.exe").is_file():
        raise SystemExit("dist\\jamsostek-desktop\\jamsostek-desktop.exe not found: run "
                         "pyinstaller --noconfirm build_installer.spec first")
    command = [str(find_iscc(args.iscc)), f"/DAppVersion={version()}", str(ROOT / "installer" / "jamsostek.iss")]
    print(" ".join(command))
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
