"""Refresh the English catalogue from the sources, then compile it.

    .venv/bin/python tools/update_translations.py          # lupdate + lrelease
    .venv/bin/python tools/update_translations.py --check  # fail if a message lacks English

Runs pyside6-lupdate over every module of jamsostek_desktop/ui to bring
resources/i18n/jamsostek_en.ts up to date (new messages arrive "unfinished",
messages no longer in the code are dropped), then pyside6-lrelease to build
jamsostek_en.qm, the file the program loads; qt_id.ts (Qt's own button and menu
texts in Indonesian, which Qt does not ship) is compiled to qt_id.qm. Translate the unfinished messages in
the .ts (Qt Linguist: pyside6-linguist, or any editor) and run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "jamsostek_desktop" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """A PySide6 tool from the virtualenv this script runs in, else from PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI_DIR.rglob("*.py"))


def ts_path(language: str) -> Path:
    return I18N_DIR / f"jamsostek_{language}.ts"


def unfinished(ts: Path) -> list[str]:
    """Source texts in `ts` that have no finished translation."""
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
            elif not (translation.text or "").strip() and not list(translation):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def update(language: str) -> None:
    ts = ts_path(language)
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "absolute",
                    "-source-language", "id", "-target-language", language, "-ts", str(ts)],
                   check=True, cwd=ROOT)
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, cwd=ROOT)


def compile_qt_supplements() -> None:
    """qt_<lang>.ts: Qt's own texts for languages Qt ships no catalogue for; written by hand."""
    for ts in sorted(I18N_DIR.glob("qt_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated messages")
    args = parser.parse_args(argv)
    status = 0
    if not args.check:
        compile_qt_supplements()
    for language in LANGUAGES:
        if not args.check:
            update(language)
        missing = unfinished(ts_path(language))
        for text in missing:
            print(f"{language}: untranslated: {text}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
