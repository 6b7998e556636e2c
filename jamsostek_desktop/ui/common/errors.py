"""Unexpected errors: log the traceback, tell the clerk once, keep the program running.

Two kinds of failure (qutebrowser's KnownError / BugError): an AppError is the
environment or the input (disk full, a locked database, a bad file) and becomes a
message where it happened (ui.common.messages.show_error); anything else is a bug.
A bug raised in a slot, an event handler or a timer reaches `sys.excepthook`, one in
a Python thread `threading.excepthook`, one in a background operation
`report_bug`: each writes the traceback to the log file and shows one "Terjadi
kesalahan program" box that names that file (a windowed Windows build has no stderr,
so without this such errors vanish). Qt's own warnings go to the same log through
its message handler. The program keeps running: the event loop goes on, and the
data already saved is safe because every write is one transaction.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from jamsostek_desktop.logging_setup import log_path

log = logging.getLogger(__name__)

_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
qt_log = logging.getLogger("jamsostek_desktop.qt")


class _Reporter(QObject):
    """Lives on the GUI thread: a bug met on any thread is shown from here."""

    bug = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.dialog = None
        self.unseen = 0
        self.bug.connect(self._show)

    @Slot(str)
    def _show(self, summary: str) -> None:
        from jamsostek_desktop.ui.common import messages

        if QApplication.instance() is None:
            return
        if self.dialog is not None:
            # One box at a time: a bug that repeats (a paint event, a timer) must not bury the screen.
            self.unseen += 1
            self.dialog.setDetailedText(f"{summary}\n(+{self.unseen})")
            return
        self.unseen = 0
        self.dialog = messages.bug_box(QApplication.activeWindow(), str(log_path()), summary)
        self.dialog.destroyed.connect(self._closed)
        self.dialog.show()

    def _closed(self, *_args) -> None:
        self.dialog = None


_reporter: _Reporter | None = None
_installed: dict = {}


def _summary(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The last frames, for the box's details: enough for support, not a page of stack."""
    lines = traceback.format_exception(exc_type, exc, tb)
    return "".join(lines[-6:]).strip()


def report_bug(exc: BaseException) -> None:
    """Log `exc` as a bug and show the crash box (from any thread)."""
    excepthook(type(exc), exc, exc.__traceback__)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _reporter is not None:
        # Emitted from any thread; Qt queues the call to the GUI thread.
        _reporter.bug.emit(_summary(exc_type, exc, tb))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    """Qt's warnings into our log file (Qt writes them to a stderr no one sees)."""
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)
    previous = _installed.get("qt")
    if previous is not None:
        previous(mode, context, message)


def install() -> None:
    """Route unexpected errors and Qt's messages to the log and the crash box (once, at start-up)."""
    global _reporter
    if _installed:
        return
    _reporter = _Reporter()
    _installed["sys"] = sys.excepthook
    _installed["thread"] = threading.excepthook
    sys.excepthook = excepthook
    threading.excepthook = _thread_hook
    _installed["qt"] = qInstallMessageHandler(qt_message_handler)


def uninstall() -> None:
    """Put back what install() replaced (tests)."""
    global _reporter
    if not _installed:
        return
    sys.excepthook = _installed.pop("sys")
    threading.excepthook = _installed.pop("thread")
    qInstallMessageHandler(_installed.pop("qt"))
    if _reporter is not None and _reporter.dialog is not None:
        _reporter.dialog.close()
    _reporter = None


def current_dialog():
    """The crash box on screen, or None (tests)."""
    return _reporter.dialog if _reporter is not None else None
