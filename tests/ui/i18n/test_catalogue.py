"""The English catalogue: complete, faithful to the placeholders, in step with the code, compiled.

lupdate runs here over ui/ into a temporary file (well under a second), so a string
added to the code without an English translation fails this test, not a clerk.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "i18n" / "jamsostek_en.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent

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


def test_every_message_has_a_finished_english_translation():
    missing = [f"{ctx}: {src!r}" for ctx, src, forms, finished in _messages(TS)
               if not finished or not all(f.strip() for f in forms)]
    assert not missing, "Untranslated in jamsostek_en.ts:\n" + "\n".join(missing)


def test_translations_keep_the_placeholders_of_the_source():
    wrong = []
    for ctx, src, forms, _finished in _messages(TS):
        for form in forms:
            if _placeholders(form) != _placeholders(src):
                wrong.append(f"{ctx}: {src!r} -> {form!r}")
    assert not wrong, "Placeholders lost or added:\n" + "\n".join(wrong)


def test_translations_keep_an_accelerator_when_the_source_has_one():
    # "&Berkas" must stay reachable by keyboard in English ("&File"); "&&" is a literal ampersand.
    def has_mnemonic(text: str) -> bool:
        return re.search(r"&(?!&)\w", text.replace("&&", "")) is not None

    wrong = [f"{ctx}: {src!r} -> {forms[0]!r}" for ctx, src, forms, _ in _messages(TS)
             if has_mnemonic(src) != has_mnemonic(forms[0])]
    assert not wrong, "\n".join(wrong)


def test_catalogue_holds_every_string_the_code_marks(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "jamsostek_desktop" / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {(ctx, src) for ctx, src, _, _ in _messages(fresh)}
    shipped = {(ctx, src) for ctx, src, _, _ in _messages(TS)}
    assert len(in_code) > 400
    missing = sorted(in_code - shipped)
    assert not missing, ("Strings in the code but not in jamsostek_en.ts; run "
                         "tools/update_translations.py and translate them:\n"
                         + "\n".join(f"{c}: {s!r}" for c, s in missing))


def test_compiled_catalogue_is_built_from_the_shipped_source(tmp_path):
    rebuilt = tmp_path / "rebuilt.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(rebuilt)], check=True,
                   capture_output=True)
    assert QM.read_bytes() == rebuilt.read_bytes(), "run tools/update_translations.py to rebuild the .qm"


def test_checker_flags_a_lost_placeholder():
    assert _placeholders("{n} peserta dipilih") != _placeholders("participants selected")
    assert _placeholders("%1 halaman, %2 peserta") == _placeholders("%1 pages, %2 participants")
    assert _placeholders("<b>{app}</b> versi {version}") == _placeholders("<b>{app}</b> version {version}")


@pytest.mark.parametrize("context, source, english", [
    ("MainWindow", "&Berkas", "&File"),
    ("Status", "Terverifikasi", "Verified"),
    ("ParticipantTableModel", "Tanggal lahir", "Date of birth"),
])
def test_compiled_catalogue_translates(qapp, context, source, english):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate(context, source) == english


def test_indonesian_qt_supplement_is_compiled_from_its_source(tmp_path):
    source = TS.parent / "qt_id.ts"
    rebuilt = tmp_path / "qt_id.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(source), "-qm", str(rebuilt)], check=True,
                   capture_output=True)
    assert (TS.parent / "qt_id.qm").read_bytes() == rebuilt.read_bytes()
    assert all(finished and forms[0].strip() for _c, _s, forms, finished in _messages(source))
