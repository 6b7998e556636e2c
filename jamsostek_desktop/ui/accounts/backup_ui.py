"""Backups in the GUI: automatic backup (hourly while data changes, and at quit), backup now,
restore from a chosen backup, the optional second folder (a flash drive)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.backup import copies as backup
from jamsostek_desktop.services.backup import integrity
from jamsostek_desktop.ui.common import messages
from jamsostek_desktop.ui.common.operations import Operation

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)

HOURLY_MS = 60 * 60 * 1000
SECOND_FOLDER_KEY = "backup/second_folder"
TAG_LABELS = {"": QT_TRANSLATE_NOOP("RestoreDialog", "Otomatis / manual"),
              backup.TAG_BEFORE_RESTORE: QT_TRANSLATE_NOOP("RestoreDialog", "Sebelum pemulihan"),
              backup.TAG_DAMAGED: QT_TRANSLATE_NOOP("RestoreDialog", "Basis data rusak")}


def _settings() -> QSettings:
    return QSettings("JamsostekDesktop", "JamsostekDesktop")


def second_folder() -> str | None:
    value = _settings().value(SECOND_FOLDER_KEY, "")
    return str(value) if value else None


def set_second_folder(path: str | None) -> None:
    _settings().setValue(SECOND_FOLDER_KEY, path or "")


class AutoBackup(QObject):
    """One per application: a backup every hour while open when data changed, and one at quit."""

    finished = Signal(str)      # path of the new backup, "" when nothing changed
    failed = Signal(str)        # the clerk's message, in the interface language
    _instance: AutoBackup | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self.timer = QTimer(self)
        self.timer.setObjectName("auto_backup_timer")
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self.run_in_background)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.run_now)

    @classmethod
    def instance(cls) -> AutoBackup:
        if cls._instance is None:
            cls._instance = cls(QCoreApplication.instance())
        return cls._instance

    def _backup(self) -> str:
        made = backup.backup_if_changed(second_folder=second_folder())
        return str(made) if made else ""

    def run_now(self) -> str:
        """At quit: in the GUI thread, since the program is about to end."""
        try:
            return self._backup()
        except AppError as exc:
            log.warning("automatic backup at quit failed: %s", exc.message)
            return ""
        except (OSError, *integrity.DATABASE_ERRORS):
            log.exception("automatic backup at quit failed")
            return ""

    def run_in_background(self) -> None:
        """The hourly one: in the background, so the window stays responsive."""
        if self.running:
            return
        self.running = True
        Operation(None, self._backup).success(self._made).failure(self._failed).run()

    def _made(self, path: str) -> None:
        self.running = False
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, AppError):
            log.warning("automatic backup failed: %s", exc.message)
            self.failed.emit(messages.error_text(exc))
        else:
            # Nobody asked for this backup: log the bug and say so in the status bar, no box.
            log.error("automatic backup failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.failed.emit(messages.error_text(exc))


class BackupNotifier(QObject):
    """Says in a window's status bar what the automatic backup did; dies with the window."""

    def __init__(self, status_bar) -> None:
        super().__init__(status_bar)
        self.status_bar = status_bar

    def finished(self, path: str) -> None:
        if path:
            self.status_bar.showMessage(self.tr("Cadangan otomatis dibuat: {name}").format(name=Path(path).name),
                                        10_000)

    def failed(self, message: str) -> None:
        self.status_bar.showMessage(self.tr("Cadangan otomatis gagal: {message}").format(message=message))


class RestoreDialog(QDialog):
    """
    +-------------------------------------------------------------+
    | Pilih cadangan yang akan dipulihkan:                        |
    | Waktu            | Jenis              | Peserta | Ukuran     |
    | 23-11-2026 14:00 | Otomatis / manual  |  8.825  | 12,3 MB    |
    | [Pilih berkas lain…]                       [Pulihkan] [Batal] |
    +-------------------------------------------------------------+
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.chosen: Path | None = None
        self.checking: Operation | None = None
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Jenis"), self.tr("Peserta"),
                                              self.tr("Ukuran")])
        for info in backup.list_backups():
            cells = [QStandardItem(info.taken_at.strftime("%d-%m-%Y %H:%M:%S")),
                     QStandardItem(self.tr(TAG_LABELS.get(info.tag, info.tag))),
                     QStandardItem(_participants_in(info.path)),
                     QStandardItem(f"{info.size / 1_048_576:.1f} MB".replace(".", ","))]
            cells[0].setData(str(info.path), Qt.UserRole)
            for cell in cells:
                cell.setEditable(False)
            self.model.appendRow(cells)
        self.table = QTableView()
        self.table.setObjectName("restore_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.model.rowCount():
            self.table.selectRow(0)
        other = QPushButton(self.tr("Pilih berkas lain…"))
        other.setObjectName("restore_other")
        other.setAutoDefault(False)
        other.clicked.connect(self.choose_file)
        self.restore_button = QPushButton(self.tr("Pulihkan"))
        self.restore_button.setObjectName("restore_ok")
        self.restore_button.clicked.connect(self.confirm)
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Pilih cadangan yang akan dipulihkan. Data saat ini disimpan lebih dulu "
                              "sebagai cadangan \"Sebelum pemulihan\", sehingga pemulihan dapat dibatalkan."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(640, 380)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return Path(self.model.item(rows[0].row(), 0).data(Qt.UserRole)) if rows else None

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas cadangan"), str(backup.backup_folder()),
                                              self.tr("Basis data Jamsostek (*.sqlite3 *.db);;Semua berkas (*)"))
        if path:
            self.confirm(Path(path))

    def confirm(self, path: Path | None = None) -> Operation | None:
        """Check the chosen backup in the background (seconds on a large file), then ask."""
        path = path if isinstance(path, Path) else self.selected_path()
        if path is None or (self.checking is not None and self.checking.running):
            return None
        self.restore_button.setEnabled(False)
        self.checking = Operation(self, lambda: backup.verify_backup(path)) \
            .with_progress(self.tr("Memeriksa cadangan…")) \
            .success(lambda report: self._checked(path, report)) \
            .failure(self._check_failed).run()
        return self.checking

    def _checked(self, path: Path, report) -> None:
        self.restore_button.setEnabled(True)
        if not messages.confirm(
                self, self.windowTitle(),
                self.tr("Ganti data saat ini dengan cadangan {name} ({n} peserta)?\n\n"
                        "Data saat ini disimpan lebih dulu sebagai cadangan.").format(
                    name=path.name, n=report.counts.get("participant", 0))):
            return
        self.chosen = path
        self.accept()

    def _check_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        messages.show_error(self, self.windowTitle(), exc)


def _participants_in(path: Path) -> str:
    count = integrity.participant_count(path)
    return "?" if count is None else f"{count:,}".replace(",", ".")


def backup_now(parent: QWidget) -> Operation:
    """A backup on request, in the background (a large database takes seconds to copy and check)."""
    title = translate("Backup", "Cadangkan")
    folder = second_folder()
    return Operation(parent, lambda: backup.make_backup(second_folder=folder)) \
        .with_progress(translate("Backup", "Membuat cadangan…")) \
        .success(lambda made: messages.inform(parent, title, translate(
            "Backup", "Cadangan dibuat:\n{path}").format(path=made))) \
        .failure(lambda exc: messages.show_error(parent, title, exc)).run()


def choose_second_folder(parent: QWidget) -> None:
    current = second_folder()
    path = QFileDialog.getExistingDirectory(parent, translate("Backup", "Folder cadangan kedua (mis. flash drive)"),
                                            current or str(Path.home()))
    if path:
        set_second_folder(path)
        messages.inform(parent, translate("Backup", "Folder cadangan kedua"),
                        translate("Backup", "Setiap cadangan juga disalin ke:\n{path}").format(path=path))
    elif current and messages.confirm(
            parent, translate("Backup", "Folder cadangan kedua"),
            translate("Backup", "Berhenti menyalin cadangan ke {path}?").format(path=current)):
        set_second_folder(None)
