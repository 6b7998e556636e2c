"""The English catalogues: complete, faithful to the placeholders, in step with the code, compiled.

lupdate runs here over the package into a temporary file (about a second), so a string
added to the code without an English translation fails this test, not a clerk.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"
CATALOGUES = sorted((I18N / "en").glob("*.ts"))
TOOLS = Path(sys.executable).parent


def _tool():
    """tools/update_translations.py, the one command that refreshes the catalogues."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# {0}, {name}, {n:,} ; %1 .. %99 ; %n ; and the HTML tags a label may carry.
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}|%\d+|%n|<[a-z/][^>]*>")


def _messages(path: Path):
    """(context, source, [translations], finished) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            yield name, message.findtext("source"), forms, finished


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _all_messages():
    for ts in CATALOGUES:
        yield from _messages(ts)


def test_one_catalogue_per_feature_plus_common_and_the_category_names():
    names = {ts.stem for ts in CATALOGUES}
    assert {"common", "catalogue", "participants", "printing", "excel", "sync", "accounts"} <= names
    assert all(ts.with_suffix(".qm").exists() for ts in CATALOGUES)
    # No line numbers: moving code must not change a catalogue (merges stay quiet).
    assert not any("<location" in ts.read_text(encoding="utf-8") for ts in CATALOGUES)


def test_every_message_has_a_finished_english_translation():
    missing = [f"{ctx}: {src!r}" for ctx, src, forms, finished in _all_messages()
               if not finished or not all(f.strip() for f in forms)]
    assert not missing, "Untranslated in resources/i18n/en:\n" + "\n".join(missing)


def test_translations_keep_the_placeholders_of_the_source():
    wrong = []
    for ctx, src, forms, _finished in _all_messages():
        for form in forms:
            if _placeholders(form) != _placeholders(src):
                wrong.append(f"{ctx}: {src!r} -> {form!r}")
    assert not wrong, "Placeholders lost or added:\n" + "\n".join(wrong)


def test_translations_keep_an_accelerator_when_the_source_has_one():
    # "&Berkas" must stay reachable by keyboard in English ("&File"); "&&" is a literal ampersand.
    def has_mnemonic(text: str) -> bool:
        return re.search(r"&(?!&)\w", text.replace("&&", "")) is not None

    wrong = [f"{ctx}: {src!r} -> {forms[0]!r}" for ctx, src, forms, _ in _all_messages()
             if has_mnemonic(src) != has_mnemonic(forms[0])]
    assert not wrong, "\n".join(wrong)


def test_catalogues_hold_every_string_the_code_marks(tmp_path):
    tool = _tool()
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for paths in tool.feature_sources().values() for p in paths]
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {(ctx, src) for ctx, src, _, _ in _messages(fresh)}
    shipped = {(ctx, src) for ctx, src, _, _ in _all_messages()}
    assert len(in_code) > 400
    missing = sorted(in_code - shipped)
    assert not missing, ("Strings in the code but not in resources/i18n/en; run "
                         "tools/update_translations.py and translate them:\n"
                         + "\n".join(f"{c}: {s!r}" for c, s in missing))


def test_category_names_of_the_shipped_catalogue_have_english():
    tool = _tool()
    names = {src for ctx, src, _, finished in _messages(I18N / "en" / "catalogue.ts")
             if ctx == tool.CATALOGUE_CONTEXT and finished}
    assert set(tool.catalogue_texts()) <= names
    assert {"Ketua RT", "Guru TPA", "Kesehatan"} <= names


def test_compiled_catalogues_are_built_from_the_shipped_sources(tmp_path):
    for ts in CATALOGUES:
        rebuilt = tmp_path / f"{ts.stem}.qm"
        subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(rebuilt)], check=True,
                       capture_output=True)
        assert ts.with_suffix(".qm").read_bytes() == rebuilt.read_bytes(), \
            f"run tools/update_translations.py to rebuild {ts.stem}.qm"


def test_checker_flags_a_lost_placeholder():
    assert _placeholders("{n} peserta dipilih") != _placeholders("participants selected")
    assert _placeholders("%1 halaman, %2 peserta") == _placeholders("%1 pages, %2 participants")
    assert _placeholders("<b>{app}</b> versi {version}") == _placeholders("<b>{app}</b> version {version}")


@pytest.mark.parametrize("feature, context, source, english", [
    ("common", "MainWindow", "&Berkas", "&File"),
    ("common", "status", "Terverifikasi", "Verified"),
    ("participants", "ParticipantTableModel", "Tanggal lahir", "Date of birth"),
    ("catalogue", "Catalogue", "Ketua RT", "RT head"),
])
def test_compiled_catalogue_translates(qapp, feature, context, source, english):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(I18N / "en" / f"{feature}.qm"))
    assert translator.translate(context, source) == english


def test_indonesian_qt_supplement_is_compiled_from_its_source(tmp_path):
    source = I18N / "id" / "qt.ts"
    rebuilt = tmp_path / "qt.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(source), "-qm", str(rebuilt)], check=True,
                   capture_output=True)
    assert (I18N / "id" / "qt.qm").read_bytes() == rebuilt.read_bytes()
    assert all(finished and forms[0].strip() for _c, _s, forms, finished in _messages(source))
