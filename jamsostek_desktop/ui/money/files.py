"""Choosing files for the money windows; tests replace these two functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SHEETS = QCoreApplication.translate("MoneyFiles", "Excel atau CSV (*.xlsx *.xls *.ods *.csv);;Semua berkas (*)")


def open_path(parent: QWidget, title: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), SHEETS)
    return path


def save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), pattern)
    return path
