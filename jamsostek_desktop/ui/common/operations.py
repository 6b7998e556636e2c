"""Long work off the GUI thread, the one way (the shape of Anki's CollectionOp / QueryOp).

    Operation(self, lambda: backup.make_backup()).success(self._made).run()

The call runs in a QThreadPool worker, so the window keeps painting and answering
while a 150,000-row roster renders or a city's sync files merge. The worker thread
gets its own SQLite connection (peewee keeps one per thread) and closes it when the
call ends. `success` and `failure` run on the GUI thread, and only while the parent
widget still exists. Without a failure callback an error goes to the one place that
shows errors: an AppError becomes a warning box over the parent, anything else is a
bug for the log and the crash box (ui.common.errors). A failure callback gets the
exception and decides (it can hand it on with messages.show_error).

Progress: `.with_progress(label)` shows a progress dialog if the work lasts longer
than a moment (a busy bar). `.reporting()`, `.on_progress(fn)` (a bar of the caller's
own) and `.cancellable()` call the work with a `report(done, total)` function that it
(or the service it calls) invokes now and then, which fills the bar. After a cancel
(the dialog's Cancel button, or `cancel()`) the next `report` call raises
OperationCancelled inside the work, so a service stops where it reports progress and
rolls its transaction back; then only the `on_cancelled` callback runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from jamsostek_desktop.services.printing import memory

log = logging.getLogger(__name__)

# Operations under way, kept referenced until they end (a caller may drop its own reference).
_running: set[Operation] = set()
PROGRESS_DELAY_MS = 400   # a job quicker than this shows no progress dialog


class OperationCancelled(Exception):
    """Raised inside the work by `report` after the clerk pressed Cancel."""


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    ended = Signal()             # after the callbacks ran


class _Channel:
    """What the worker thread shares with its operation: the work, the cancel flag, the signals.

    Plain Python, so the worker never holds the Operation (a QObject must die on its own thread).
    """

    def __init__(self, work: Callable[..., Any], signals: _Signals) -> None:
        self.work = work
        self.signals = signals
        self.reports = False
        self.cancel_requested = False

    def call(self):
        return self.work(self.report) if self.reports else self.work()

    def report(self, done: int, total: int = 0) -> None:
        """In the worker thread: pass progress on; after a cancel, stop the work here."""
        if self.cancel_requested:
            raise OperationCancelled()
        self.signals.progressed.emit(int(done), int(total))


class _Job(QRunnable):
    def __init__(self, channel: _Channel) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.channel = channel

    def run(self) -> None:
        from jamsostek_desktop.services.startup import close_database

        channel, self.channel = self.channel, None
        try:
            result = channel.call()
        except BaseException as exc:  # noqa: BLE001 - every outcome goes back to the GUI thread
            channel.signals.failed.emit(exc)
        else:
            channel.signals.succeeded.emit(result)
        finally:
            close_database()


class Operation(QObject):
    """One service call in the background: `Operation(parent, work).success(fn).run()`."""

    def __init__(self, parent: QWidget | None, work: Callable[..., Any]) -> None:
        super().__init__()            # no Qt parent: it must outlive nothing, and is kept in _running
        self._parent = parent
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._progress_label: str | None = None
        self._cancellable = False
        self._dialog: QProgressDialog | None = None
        self._signals = _Signals(self)
        self._channel = _Channel(work, self._signals)
        self._signals.succeeded.connect(self._succeeded, Qt.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.QueuedConnection)
        self._signals.progressed.connect(self._progressed, Qt.QueuedConnection)
        self.running = False

    # --- building ---------------------------------------------------------------------------
    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation:
        self._on_failure = callback
        return self

    def on_cancelled(self, callback: Callable[[], None]) -> Operation:
        self._on_cancelled = callback
        return self

    def with_progress(self, label: str) -> Operation:
        """A progress dialog over the parent after PROGRESS_DELAY_MS: busy, or filling when the
        work reports (see `reporting`)."""
        self._progress_label = label
        return self

    def reporting(self) -> Operation:
        """Call the work with `report(done, total)`, to move the progress dialog."""
        self._channel.reports = True
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> Operation:
        """`callback(done, total)` on the GUI thread as the work reports; the work gets `report`."""
        self._on_progress = callback
        self._channel.reports = True
        return self

    def cancellable(self) -> Operation:
        self._cancellable = True
        self._channel.reports = True
        return self

    # --- running ----------------------------------------------------------------------------
    def run(self) -> Operation:
        if self.running:
            raise RuntimeError("operation already running")
        self.running = True
        _running.add(self)
        if self._progress_label is not None:
            self._dialog = self._make_dialog()
        QThreadPool.globalInstance().start(_Job(self._channel))
        return self

    def wait(self) -> Operation:
        """Spin a local event loop until the operation ended (start-up, before the main loop runs)."""
        if self.running:
            loop = QEventLoop()
            self._signals.ended.connect(loop.quit, Qt.QueuedConnection)
            if self.running:
                loop.exec()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (it may finish first)."""
        if self.running:
            self._channel.cancel_requested = True

    @property
    def cancel_requested(self) -> bool:
        return self._channel.cancel_requested

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._progress_label, None, 0, 0, self._parent)
        dialog.setObjectName("operation_progress")
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            from PySide6.QtCore import QCoreApplication

            dialog.setCancelButtonText(QCoreApplication.translate("Operation", "Batal"))
            dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _finish(self) -> None:
        self.running = False
        _running.discard(self)
        if not _running:
            memory.release()       # what the job allocated goes back once no job is running
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.reset()
            self._dialog.deleteLater()
        self._dialog = None

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if not self.running or self._channel.cancel_requested:
            return
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
        if self._on_progress is not None and self._parent_alive():
            self._on_progress(done, total)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        try:
            if self._channel.cancel_requested:
                # The work finished before it looked at the cancel: its result stands.
                log.info("operation finished before its cancel took effect")
            if self._on_success is not None and self._parent_alive():
                self._on_success(result)
        finally:
            self._signals.ended.emit()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        try:
            if isinstance(exc, OperationCancelled):
                if self._on_cancelled is not None and self._parent_alive():
                    self._on_cancelled()
            elif self._on_failure is not None and self._parent_alive():
                self._on_failure(exc)
            else:
                show_failure(self._parent if self._parent_alive() else None, exc)
        finally:
            self._signals.ended.emit()


def show_failure(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """The default failure handling: an AppError as a warning, a bug to the log and crash box."""
    from jamsostek_desktop import APP_NAME
    from jamsostek_desktop.ui.common import messages

    messages.show_error(parent, title or (parent.windowTitle() if parent is not None else APP_NAME), exc)


def running_operations() -> int:
    """How many operations are under way (tests wait for none)."""
    return len(_running)
