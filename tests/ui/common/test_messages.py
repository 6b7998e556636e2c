"""Every message box goes through ui/common/messages.py; errors are told apart by type, not text."""

from __future__ import annotations

import ast
from pathlib import Path

import jamsostek_desktop
from jamsostek_desktop.errors import (
    AppError,
    DatabaseDamagedError,
    DatabaseInUseError,
    StorageError,
    ValidationError,
    translate,
)
from jamsostek_desktop.ui.common import messages

PACKAGE = Path(jamsostek_desktop.__file__).parent
ONLY_HOME = PACKAGE / "ui" / "common" / "messages.py"


def message_box_uses(source: str, name: str) -> list[str]:
    """Where `source` names QMessageBox (an import, a call, a class): "name:line"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id == "QMessageBox" or \
                isinstance(node, ast.Attribute) and node.attr == "QMessageBox" or \
                isinstance(node, ast.alias) and node.name.split(".")[-1] == "QMessageBox":
            found.append(f"{name}:{getattr(node, 'lineno', '?')}")
    return found


def test_no_message_box_outside_the_messages_module():
    found = [use for path in sorted(PACKAGE.rglob("*.py")) if path != ONLY_HOME
             for use in message_box_uses(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))]
    assert not found, "QMessageBox used outside ui/common/messages.py:\n" + "\n".join(found)


def test_the_check_catches_each_way_of_naming_it():
    sample = ("from PySide6.QtWidgets import QMessageBox\n"
              "import PySide6.QtWidgets as w\n"
              "w.QMessageBox.warning(None, 'a', 'b')\n"
              "QMessageBox.question(None, 'a', 'b')\n")
    assert len(message_box_uses(sample, "sample.py")) == 3


def test_error_text_translates_the_message_and_its_problems(qapp):
    from jamsostek_desktop.domain.findings import error

    exc = ValidationError(translate("test", "Data peserta belum valid."),
                          [error("nik", translate("test", "NIK wajib diisi."))])
    assert messages.error_text(exc) == "Data peserta belum valid.\n- NIK wajib diisi."
    assert messages.error_text(KeyError("x")).startswith("Terjadi kesalahan program")


def test_storage_errors_have_types_the_ui_dispatches_on():
    assert issubclass(DatabaseDamagedError, StorageError) and issubclass(DatabaseInUseError, StorageError)
    assert issubclass(StorageError, AppError)


def test_show_error_sends_a_bug_to_the_crash_report_not_to_a_warning(qapp, message_boxes, monkeypatch):
    from jamsostek_desktop.ui.common import errors

    reported = []
    monkeypatch.setattr(errors, "report_bug", reported.append)
    messages.show_error(None, "Judul", StorageError("Disk penuh."))
    bug = RuntimeError("bug")
    messages.show_error(None, "Judul", bug)
    assert message_boxes == [("warning", "Disk penuh.")] and reported == [bug]
