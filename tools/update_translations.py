"""Refresh the English catalogues from the sources, then compile them.

    .venv/bin/python tools/update_translations.py          # lupdate + lrelease
    .venv/bin/python tools/update_translations.py --check  # fail if a message lacks English

One catalogue per feature, so branches that add strings to different features never
touch the same file: resources/i18n/en/<feature>.ts holds the texts of ui/<feature>/ and
services/<feature>/; common.ts the rest of the package (ui/common, the main window,
domain, db, errors); catalogue.ts the names in resources/categories.json (groups,
categories, their fields) and resources/tenure.json (SK kinds, claim kinds and their
documents), written from the JSON by this script, since lupdate reads only code. The CLI is left out: it prints Indonesian.

lupdate runs with `-locations none` (no line numbers, so moving code changes no
catalogue) and `-no-obsolete`; a message that moved to another feature or context
keeps its English, taken from whichever catalogue had it. New messages arrive
"unfinished": translate them in the .ts (Qt Linguist: pyside6-linguist, or any
editor) and run this again. Each .ts is compiled to the .qm beside it, which the
program loads; resources/i18n/id/qt.ts (Qt's own button and menu texts in Indonesian,
which Qt does not ship, written by hand) is compiled too. Two branches that both
changed a catalogue may conflict in its .qm: take either side, run this script.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jamsostek_desktop"
I18N_DIR = ROOT / "resources" / "i18n"
CATEGORIES = ROOT / "resources" / "categories.json"
TENURE = ROOT / "resources" / "tenure.json"      # SK kinds, claim kinds and their documents: data too
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "id"
COMMON = "common"
CATALOGUE = "catalogue"
CATALOGUE_CONTEXT = "Catalogue"   # errors.data_text() looks names up here
LEFT_OUT = ("cli",)               # the command line speaks Indonesian
DEFAULT_GROUP = "Lainnya"         # domain.categories' group for a category that names none


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


def feature_sources() -> dict[str, list[Path]]:
    """Feature name -> its modules: ui/<feature>/ and services/<feature>/; the rest is common."""
    features = {COMMON: []}
    for layer in ("ui", "services"):
        for folder in sorted((PACKAGE / layer).iterdir()):
            if folder.is_dir() and (folder / "__init__.py").exists() and folder.name != COMMON:
                features.setdefault(folder.name, [])
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] in LEFT_OUT:
            continue
        if parts[0] in ("ui", "services") and len(parts) > 2 and parts[1] in features:
            features[parts[1]].append(path)
        else:
            features[COMMON].append(path)
    return {name: paths for name, paths in features.items() if paths}


def ts_path(language: str, feature: str) -> Path:
    return I18N_DIR / language / f"{feature}.ts"


def catalogues(language: str) -> list[Path]:
    folder = I18N_DIR / language
    return sorted(folder.glob("*.ts")) if folder.is_dir() else []


def messages(ts: Path):
    """(context, source, translation element, finished) of every message in `ts`."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete") and (
                bool((translation.text or "").strip()) or any((f.text or "").strip() for f in translation))
            yield name, message.findtext("source"), translation, finished


def unfinished(ts: Path) -> list[str]:
    return [f"{ts.stem}: {ctx}: {src}" for ctx, src, _t, finished in messages(ts) if not finished]


def memory(language: str) -> dict[tuple[str, str], ET.Element]:
    """Every finished translation of `language` today, so one that moves keeps its English."""
    known: dict[tuple[str, str], ET.Element] = {}
    for ts in catalogues(language):
        for ctx, src, translation, finished in messages(ts):
            if finished:
                known.setdefault((ctx, src), translation)
    return known


def fill_from(ts: Path, known: dict[tuple[str, str], ET.Element]) -> int:
    """Give unfinished messages of `ts` the translation another catalogue had; how many."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            found = known.get((name, message.findtext("source")))
            if found is None or (message.get("numerus") == "yes") != bool(list(found)):
                continue
            translation.attrib.pop("type")
            translation.text = found.text
            for child in list(translation):
                translation.remove(child)
            for child in found:
                translation.append(child)
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def lupdate(sources: list[Path], ts: Path, language: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), *(str(p.relative_to(ROOT)) for p in sources), "-silent",
                    "-no-obsolete", "-locations", "none", "-source-language", SOURCE_LANGUAGE,
                    "-target-language", language, "-ts", str(ts)], check=True, cwd=ROOT)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, cwd=ROOT)


def catalogue_texts(path: Path = CATEGORIES) -> list[str]:
    """The visible names of the shipped catalogue, in file order, each once."""
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = list(data.get("groups", [])) + [DEFAULT_GROUP]
    for category in data.get("categories", []):
        texts += [category.get("name", ""), category.get("group", ""), category.get("description", "")]
        for spec in category.get("fields", []):
            texts += [spec.get("label", ""), spec.get("help", ""), *spec.get("choices", [])]
        jabatan = (category.get("tenure") or {}).get("jabatan") or ""
        if "{" not in jabatan:          # a post's name without the person's own values in it
            texts.append(jabatan)
    if TENURE.exists():
        tenure = json.loads(TENURE.read_text(encoding="utf-8"))
        texts += tenure.get("sk_kinds", [])
        for kind in tenure.get("claim_kinds", []):
            texts += [kind.get("name", ""), *(d.get("label", "") for d in kind.get("documents", []))]
    return list(dict.fromkeys(t for t in texts if t))


def write_catalogue_ts(language: str, known: dict[tuple[str, str], ET.Element]) -> Path:
    """catalogue.ts from categories.json, keeping the translations it had (lupdate's layout)."""
    ts = ts_path(language, CATALOGUE)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">',
             "<context>", f"    <name>{CATALOGUE_CONTEXT}</name>"]
    for text in catalogue_texts():
        found = known.get((CATALOGUE_CONTEXT, text))
        english = escape(found.text or "") if found is not None else ""
        state = "" if found is not None else ' type="unfinished"'
        lines += ["    <message>", f"        <source>{escape(text)}</source>",
                  f"        <translation{state}>{english}</translation>", "    </message>"]
    lines += ["</context>", "</TS>", ""]
    ts.write_text("\n".join(lines), encoding="utf-8")
    return ts


def update(language: str) -> None:
    (I18N_DIR / language).mkdir(parents=True, exist_ok=True)
    known = memory(language)
    wanted = {ts_path(language, feature): sources for feature, sources in feature_sources().items()}
    for ts, sources in wanted.items():
        lupdate(sources, ts, language)
        if fill_from(ts, known):
            lupdate(sources, ts, language)   # back to lupdate's own layout
    wanted[write_catalogue_ts(language, known)] = []
    for ts in catalogues(language):
        if ts not in wanted:                 # a feature that no longer exists
            ts.unlink()
            ts.with_suffix(".qm").unlink(missing_ok=True)
    for ts in catalogues(language):
        lrelease(ts)


def compile_qt_supplements() -> None:
    """<lang>/qt.ts: Qt's own texts for languages Qt ships no catalogue for; written by hand."""
    for ts in sorted(I18N_DIR.glob("*/qt.ts")):
        lrelease(ts)


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
        missing = [text for ts in catalogues(language) for text in unfinished(ts)]
        for text in missing:
            print(f"{language}: untranslated: {text}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
