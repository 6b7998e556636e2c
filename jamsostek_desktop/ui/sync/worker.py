"""Run one sync service call off the GUI thread and call back on it.

An import of a city's worth of files takes seconds; the dialog stays responsive.
The worker thread gets its own SQLite connection (peewee keeps one per thread) and
closes it when the call ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Thread(QThread):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, call: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.call = call

    def run(self) -> None:
        from jamsostek_desktop.services.startup import close_database

        try:
            result = self.call()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            if not hasattr(exc, "message"):
                log.exception("sync job failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            close_database()


class SyncCall(QObject):
    """`SyncCall(parent).start(fn, on_success, on_failure)`: one call at a time; callbacks on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thread: _Thread | None = None
        self._callbacks: tuple[Callable, Callable] | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, call: Callable[[], object], on_success: Callable[[object], None],
              on_failure: Callable[[Exception], None]) -> None:
        if self._thread is not None:
            return
        self._callbacks = (on_success, on_failure)
        self._thread = _Thread(call, self)
        # Slots of this object, which lives on the GUI thread: Qt queues the calls there.
        self._thread.succeeded.connect(self._succeeded)
        self._thread.failed.connect(self._failed)
        self._thread.start()

    def _finish(self) -> tuple[Callable, Callable]:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        callbacks, self._callbacks = self._callbacks, None
        return callbacks

    @Slot(object)
    def _succeeded(self, result) -> None:
        on_success, _ = self._finish()
        on_success(result)

    @Slot(object)
    def _failed(self, exc) -> None:
        _, on_failure = self._finish()
        on_failure(exc)
