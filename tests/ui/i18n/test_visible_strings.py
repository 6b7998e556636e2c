"""Every visible string in ui/ goes through Qt's translation system.

Walks the AST of each ui/ module and fails on a string literal (or f-string, or
literal `.format`/`%`/`+` expression) passed straight to a call that shows text,
without self.tr() / QCoreApplication.translate() around it. lupdate only extracts
literal strings inside tr/translate, so anything else would stay Indonesian in English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jamsostek_desktop

UI_DIR = Path(jamsostek_desktop.__file__).parent / "ui"

# Method or constructor name -> positions of the arguments that are shown to the user
# (None: every positional argument). Keyword arguments named in TEXT_KEYWORDS are checked too.
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setPlaceholderText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setTitle": (0,), "setSubTitle": (0,), "setLabelText": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "setSpecialValueText": (0,),
    "setPrefix": (0,), "setSuffix": (0,), "showMessage": (0,), "setButtonText": (1,),
    "setTabText": (1,), "setItemText": (1,), "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "addAction": (0,), "addMenu": (0,), "addTab": (1,), "insertTab": (2,), "addItem": (0,),
    "insertItem": (1,), "addItems": (0,), "addRow": (0,), "addButton": (0,), "setNameFilter": (0,),
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0,), "QToolButton": (), "QMenu": (0,), "QToolBar": (0,),
    "QCommandLinkButton": (0, 1), "QStandardItem": (0,), "QTreeWidgetItem": None, "QListWidgetItem": (0,),
    "setHeaderLabel": (0,), "setOkButtonText": (0,), "setCancelButtonText": (0,),
    "setComboBoxItems": (0,), "setStrings": (0,), "setWindowIconText": (0,),
    # QMessageBox.information(parent, title, text) and friends; QMessageBox(icon, title, text)
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "about": (1, 2), "QMessageBox": (1, 2),
    # QInputDialog.getText(parent, title, label) ...; QFileDialog.getSaveFileName(parent, caption, dir, filter)
    "getText": (1, 2), "getInt": (1, 2), "getItem": (1, 2), "getDouble": (1, 2),
    "getMultiLineText": (1, 2),
    "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3), "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    # The project's own helpers in ui/common/messages.py: (parent, title, text)
    "confirm": (1, 2), "show_error": (1, 2), "ReasonDialog": (1, 2), "inform": (1, 2), "warn": (1, 2),
    "with_progress": (0,),
}
TEXT_KEYWORDS = {"text", "title", "caption", "filter", "label", "question", "yes", "no", "ok_text",
                 "placeholder", "tooltip"}
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_t"}


def _has_words(text: str) -> bool:
    """Words a reader would see: markup and file extensions (".xlsx") do not count."""
    text = re.sub(r"<[^>]*>|&\w+;|^\.\w+$", "", text)
    return re.search(r"[^\W\d_]{2,}", text) is not None


def _untranslated(node: ast.AST) -> bool:
    """True when `node` builds visible text from a literal without a translate call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _has_words(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_untranslated(e) for e in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "literal {0}".format(x) or "sep".join(...) applied to a bare literal
        if node.func.attr == "format":
            return _untranslated(node.func.value)
    return False


def _call_name(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node.func)
        where = f"{path.relative_to(UI_DIR.parent)}:{node.lineno}"
        if isinstance(node.func, ast.Attribute) and name == "tr" and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")):
            # lupdate takes the context from the receiver's name, Qt from the object's class.
            found.append(f"{where}: {ast.unparse(node.func)}(): use self.tr() or QCoreApplication.translate()")
        if isinstance(node.func, ast.Name) and name in ("_", "_tr", "tr") and node.args:
            found.append(f"{where}: {name}(): lupdate does not extract wrapper calls")
        if name not in TEXT_CALLS or name in TRANSLATE_CALLS:
            continue
        positions = TEXT_CALLS[name]
        args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            if _untranslated(arg):
                found.append(f"{where}: {name}({ast.unparse(arg)[:70]})")
    return found


def test_no_visible_literal_bypasses_translation():
    found = [v for path in sorted(UI_DIR.rglob("*.py")) for v in violations(path)]
    assert not found, "Untranslatable visible strings:\n" + "\n".join(found)


def test_checker_catches_a_bare_literal(tmp_path, monkeypatch):
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        "label = QLabel('Nama peserta')\n"
        "box.setWindowTitle(f'Cetak {n} peserta')\n"
        "ok = QLabel(self.tr('Nama peserta'))\n"
        "QMessageBox.warning(self, self.tr('Galat'), str(exc))\n"
        "path.setText(name + '.xlsx')\n"
        "window.tr('Tambah peserta')\n",
        encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["UI_DIR"]), "UI_DIR", tmp_path / "ui")
    found = violations(sample)
    assert len(found) == 3
    assert "Nama peserta" in found[0] and "Cetak" in found[1] and "window.tr" in found[2]


if __name__ == "__main__":
    for p in sorted(UI_DIR.rglob("*.py")):
        for v in violations(p):
            print(v)
