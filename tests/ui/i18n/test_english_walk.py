"""Every window and dialog, opened in English, shows no Indonesian word.

tests/ui/gallery.py opens each window and dialog of the program in a realistic state
(data, validation errors, reports, message boxes). Every visible text of it is split
into words and checked against the translation catalogue: a word that the catalogue's
Indonesian sources use and its English translations never do is Indonesian left on
screen. Names a clerk typed (people, streets, kelurahan) are data and pass, and so do
the domain terms the English keeps (NIK, RT, RW, kelurahan, posyandu ...), because
the English translations use them too. PDFs stay Indonesian and are not looked at here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)

from tests.ui import gallery

pytestmark = [pytest.mark.usefixtures("english"),
              pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"
WORD = re.compile(r"[^\W\d_]{3,}")
# Paths and file names are data (a sync file is named kirim-..., like a PDF's name it is part
# of the document, which stays Indonesian).
PATH = re.compile(r"(?:[A-Za-z]:)?\S*[/\\]\S*|\b[\w-]+\.(?:jamsync|xlsx|pdf|sqlite3|csv|pub|key|log)\b")
# The offices' own names (typed into their profiles) are data too: "Kota Metro" is a name.
OFFICE_NAMES = ("Kota Metro", "Metro Timur", "Metro Pusat", "Hadimulyo Barat", "Yosodadi")
# Columns that name a record by its key (a category's code, a file's installation id): data.
RECORDED = {"audit_table": {"Record"}}
# A post is named by the office: its unit ("RT 003/RW 002", "Posyandu Melati", a school) and, for
# many categories, its jabatan too (a PTHL's own job title); a jabatan the catalogue knows is translated.
RECORDED.update({name: {"Post", "Post it belongs to", "Unit"}
                 for name in ("ending_table", "tenure_ending", "posts_table", "without_post_table",
                              "replacements_table")})
# The language chooser names each language in itself, and says when the change applies in both.
BILINGUAL = {"language"}
CELLS_PER_TABLE = 40


# Words the English keeps on purpose: domain terms with no English equivalent, abbreviations,
# the names of file columns and keys a clerk must type as they are, the language chooser.
DOMAIN_TERMS = {"nik", "kelurahan", "kecamatan", "kel", "kec", "lurah", "camat", "posyandu", "poskeskel", "linmas",
                "marbot", "kaum", "ppkbd", "tpk", "tpa", "tpq", "pkk", "lpm", "psm", "tksk", "pthl", "ksb", "kpj",
                "ktp", "jkk", "jkm", "jht", "bpjs", "ketenagakerjaan", "apbd", "kemendagri", "tmt", "nip",
                "jamsostek", "jamsync", "bahasa", "agustus", "metro", "timur", "ketua",
                # the registers residents come from (OpenSID, SIAK, BIP e-KTP) and a village's hamlet
                "opensid", "siak", "bip", "dusun",
                # screening (issue 13): civil-servant kinds and the office that lists them
                "asn", "pppk", "bkpsdm",
                # keys of the BPJS column file and the sync records, headings of a clerk's own list
                "isi", "judul", "kolom", "nilai", "nama", "lahir", "tanggal", "tgl", "lengkap", "penghasilan"}
# English words that also occur in the Indonesian sources (loanwords, file types, identifiers).
SHARED_ENGLISH = {"accept", "administrator", "archived", "audit", "bank", "cells", "check", "city", "created",
                  "csv", "ctrl", "data", "desktop", "digit", "disk", "drive", "email", "esc", "excel", "false",
                  "field", "fields", "flash", "folder", "foreign", "format", "full", "import", "init", "install",
                  "integrity", "json", "jpeg", "jpg", "key", "language", "log", "logo", "manifest", "manual",
                  "menu", "merge", "minimum", "mode", "non", "ods", "only", "operator", "payload", "pdf", "per",
                  "pid", "png", "printer", "program", "pub", "read", "sealed", "secret", "sha", "sqlite", "status",
                  "sub", "target",
                  "sync", "text", "tombstone", "true", "unit", "updated", "user", "utc", "utf", "uuid", "valid",
                  "wizard", "workbook", "xls", "xlsm", "xlsx"}


def _words(text: str) -> set[str]:
    text = re.sub(r"\{[^{}]*\}|%\d+|%n", " ", re.sub(r"<[^>]*>|&\w+;", " ", text or ""))
    text = PATH.sub(" ", text)
    for name in OFFICE_NAMES:
        text = text.replace(name, " ")
    return {w.lower() for w in WORD.findall(text)}


def _catalogue_words() -> tuple[set[str], set[str]]:
    sources, english = set(), set()
    for ts in (I18N / "en").glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            sources |= _words(message.findtext("source"))
            translation = message.find("translation")
            english |= _words(translation.text or "")
            for form in translation:
                english |= _words(form.text or "")
    return sources, english


SOURCE_WORDS, ENGLISH_WORDS = _catalogue_words()
# A word of the Indonesian sources is Indonesian on screen, unless only the English uses it
# or it is one the English keeps on purpose. A translation that merely copies an Indonesian
# word does not make it English.
INDONESIAN = SOURCE_WORDS - DOMAIN_TERMS - SHARED_ENGLISH


def indonesian_in(text: str) -> set[str]:
    return _words(text) & INDONESIAN


def _model_texts(view: QAbstractItemView) -> list[str]:
    """Headers and the cells (text and tooltip) of the first rows; a tree's branches too."""
    model = view.model()
    if model is None:
        return []
    headers = [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
    skipped = {c for c, h in enumerate(headers) if h in RECORDED.get(view.objectName(), ())}
    texts = list(headers)
    pending = [QModelIndex()]
    while pending and len(texts) < 2000:
        parent = pending.pop()
        for row in range(min(model.rowCount(parent), CELLS_PER_TABLE)):
            for column in range(model.columnCount(parent)):
                if column in skipped:
                    continue
                index = model.index(row, column, parent)
                texts += [str(model.data(index, Qt.DisplayRole) or ""), str(model.data(index, Qt.ToolTipRole) or "")]
            if isinstance(view, QTreeView):
                pending.append(model.index(row, 0, parent))
    return texts


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a person can read in `top` as it is shown now."""
    out = [("window title", top.windowTitle())]
    widgets = [top] + [w for w in top.findChildren(QWidget) if w.isVisibleTo(top)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName()})"
        if w.toolTip():
            out.append((name + " tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((name + " placeholder", w.placeholderText()))
            out.append((name + " accessible", w.accessibleName()))
        elif isinstance(w, QComboBox):
            out += [(name + " item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append((name, w.toPlainText()))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            out += [(name + " cell", t) for t in _model_texts(w)]
    if isinstance(top, QWizard):
        page = top.currentPage()
        out += [("wizard page title", page.title()), ("wizard page subtitle", page.subTitle())]
        out += [("wizard button", top.buttonText(b)) for b in (QWizard.BackButton, QWizard.NextButton,
                                                                QWizard.CommitButton, QWizard.FinishButton,
                                                                QWizard.CancelButton)]
    if isinstance(top, QMainWindow):
        out += [(f"action {a.objectName()}", a.text()) for a in top.findChildren(QAction)]
        out += [(f"action {a.objectName()} tooltip", a.toolTip()) for a in top.findChildren(QAction)]
        out += [("menu", m.title()) for m in top.menuBar().findChildren(type(top.menuBar().addMenu("x")))]
        out.append(("status bar", top.statusBar().currentMessage()))
    return [(where, text) for where, text in out if text]


def _walk(shots, message_boxes) -> list[str]:
    found, seen = [], 0
    for shot in shots:
        seen += 1
        if shot.name in BILINGUAL:
            continue
        for where, text in visible_texts(shot.widget):
            words = indonesian_in(text) - shot.data
            if words:
                found.append(f"{shot.name}: {where}: {text[:90]!r} -> {sorted(words)}")
    for shown in message_boxes:
        for part in (shown.title, shown[1], shown.box.yes, shown.box.no):
            words = indonesian_in(part)
            if words:
                found.append(f"{shown[0]} box: {part[:90]!r} -> {sorted(words)}")
    assert seen, "the gallery showed nothing"
    return found


def test_the_check_knows_indonesian_from_english():
    assert {"peserta", "simpan", "berkas"} <= INDONESIAN
    assert not {"nik", "kelurahan", "jamsostek"} & INDONESIAN
    assert indonesian_in("3 peserta diekspor") == {"peserta", "diekspor"}
    assert indonesian_in("Slamet Riyadi, Jl. Kenanga No. 5") == set()
    assert indonesian_in("File: /media/flashdisk/kirim-1872011001-0001.jamsync") == set()


def test_first_start_is_english(tmp_path, qapp, message_boxes):
    found = _walk(gallery.first_start(tmp_path), message_boxes)
    assert not found, "Indonesian in English windows:\n" + "\n".join(found)


def test_kelurahan_windows_and_dialogs_are_english(tmp_path, qapp, message_boxes):
    found = _walk(gallery.kelurahan(tmp_path), message_boxes)
    assert len(message_boxes) >= 2           # the integrity check's verdict and "backup made"
    assert not found, "Indonesian in English windows:\n" + "\n".join(found)


def test_city_windows_are_english(tmp_path, qapp, message_boxes):
    found = _walk(gallery.city(tmp_path), message_boxes)
    assert not found, "Indonesian in English windows:\n" + "\n".join(found)


def test_tenure_windows_and_dialogs_are_english(tmp_path, qapp, message_boxes):
    found = _walk(gallery.tenure(tmp_path), message_boxes)
    assert not found, "Indonesian in English windows:\n" + "\n".join(found)


# The form's resident picker pops its list up: the offscreen platform grabs no keyboard, raises nothing.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise",
                           "does not support grabbing the keyboard")
def test_the_resident_register_is_english(tmp_path, qapp, message_boxes):
    found = _walk(gallery.residents(tmp_path), message_boxes)
    assert not found, "Indonesian in English windows:\n" + "\n".join(found)


def test_the_screening_windows_are_english(tmp_path, qapp, message_boxes):
    found = _walk(gallery.screening(tmp_path), message_boxes)
    assert not found, "Indonesian in English windows:\n" + "\n".join(found)
