"""Run one service call off the GUI thread and report back on it (Anki's CollectionOp, small).

A 10,000-row roster takes a second or two; the dialog stays responsive meanwhile.
The worker thread gets its own SQLite connection (peewee keeps one per thread) and
closes it when the call ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, call: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self.call = call
        self.signals = signals

    def run(self) -> None:
        from jamsostek_desktop.services.startup import close_database

        try:
            result = self.call()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            if not hasattr(exc, "message"):
                log.exception("print job failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            close_database()


class BackgroundCall(QObject):
    """`BackgroundCall(parent).start(fn, on_success, on_failure)`; one call at a time.

    The callbacks are slots of this object, which lives on the GUI thread, so Qt
    queues them there whatever thread emits.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._callbacks: tuple[Callable, Callable] | None = None

    @property
    def running(self) -> bool:
        return self._callbacks is not None

    def start(self, call: Callable[[], object], on_success: Callable[[object], None],
              on_failure: Callable[[BaseException], None]) -> None:
        if self._callbacks is not None:
            raise RuntimeError("a background call is already running")
        self._callbacks = (on_success, on_failure)
        QThreadPool.globalInstance().start(_Job(call, self._signals))

    @Slot(object)
    def _succeeded(self, value: object) -> None:
        on_success, _ = self._callbacks
        self._callbacks = None
        on_success(value)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        _, on_failure = self._callbacks
        self._callbacks = None
        on_failure(exc)
