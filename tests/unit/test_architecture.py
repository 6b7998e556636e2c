"""The layers point one way: nothing below the UI imports Qt or the UI package."""

from __future__ import annotations

import ast
from pathlib import Path

import jamsostek_desktop

PACKAGE = Path(jamsostek_desktop.__file__).parent
QT_FREE = ("domain", "db", "services", "reports", "sync")
PURE = ("domain",)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _files(layer: str):
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_lower_layers_import_no_qt_and_no_ui():
    offenders = []
    for layer in QT_FREE:
        for path in _files(layer):
            for name in _imports(path):
                if name.startswith(("PySide6", "jamsostek_desktop.ui", "shiboken6")):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_domain_imports_no_database():
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _files("domain") for name in _imports(path)
        if name.startswith(("peewee", "playhouse", "sqlite3", "jamsostek_desktop.db", "jamsostek_desktop.services"))
    ]
    assert offenders == []


def test_the_walk_finds_modules():
    assert len(_files("domain")) >= 8 and len(_files("services")) >= 8
