"""The one background helper: work off the GUI thread, callbacks on it, progress, cancel, errors."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QWidget

from jamsostek_desktop.errors import StorageError
from jamsostek_desktop.ui.common import operations
from jamsostek_desktop.ui.common.operations import Operation


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    widget.setWindowTitle("Uji")
    qtbot.addWidget(widget)
    return widget


def _gui_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_work_runs_off_the_gui_thread_while_the_gui_keeps_answering(qtbot, parent):
    # The work waits for an event only the GUI thread's timer sets: were the work on the
    # GUI thread, the timer could never fire and the work would time out.
    answered = threading.Event()
    seen = {}

    def work():
        seen["thread"] = QThread.currentThread()
        return answered.wait(timeout=10)

    results = []
    operation = Operation(parent, work).success(lambda value: results.append((value, QThread.currentThread())))
    operation.run()
    QTimer.singleShot(0, answered.set)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [(True, _gui_thread())]
    assert seen["thread"] is not _gui_thread()
    assert not operation.running and operation not in operations._running


def test_the_worker_closes_its_own_database_connection(qtbot, parent, kelurahan_db, monkeypatch):
    from jamsostek_desktop.services import startup
    from jamsostek_desktop.services.participants import profile

    closed = []
    real = startup.close_database
    monkeypatch.setattr(startup, "close_database", lambda: (closed.append(QThread.currentThread()), real()))
    results = []
    Operation(parent, lambda: profile.get().kelurahan).success(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == ["Yosodadi"] and closed and closed[0] is not _gui_thread()


def test_an_expected_failure_without_handler_is_a_warning_over_the_parent(qtbot, parent, message_boxes):
    def work():
        raise StorageError("Disk penuh.")

    operation = Operation(parent, work).run()
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert message_boxes == [("warning", "Disk penuh.")] and message_boxes[0].title == "Uji"


def test_a_failure_callback_gets_the_exception_on_the_gui_thread(qtbot, parent, message_boxes):
    failures = []
    Operation(parent, lambda: 1 / 0).failure(
        lambda exc: failures.append((type(exc), QThread.currentThread()))).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures == [(ZeroDivisionError, _gui_thread())] and message_boxes == []


def test_a_bug_without_handler_goes_to_the_log_and_not_to_a_warning(qtbot, parent, message_boxes, caplog):
    operation = Operation(parent, lambda: {}["missing"]).run()
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert message_boxes == []
    assert any(r.levelname == "ERROR" and "KeyError" in (r.exc_text or "") for r in caplog.records)


def test_progress_reaches_the_gui_thread_and_cancel_stops_the_work(qtbot, parent):
    may_go_on = threading.Event()
    progress, outcome = [], []

    def work(report):
        for done in range(1, 1_000_000):
            report(done, 1_000_000)
            if done == 3:
                may_go_on.wait(timeout=10)
        return "finished"

    operation = Operation(parent, work).on_progress(lambda done, total: progress.append((done, total))) \
        .cancellable().on_cancelled(lambda: outcome.append("cancelled")).success(outcome.append).run()
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=10_000)
    operation.cancel()
    may_go_on.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert outcome == ["cancelled"] and progress[:3] == [(1, 1_000_000), (2, 1_000_000), (3, 1_000_000)]
    assert not operation.running


def test_no_callback_once_the_parent_is_gone(qtbot):
    parent = QWidget()
    release = threading.Event()
    called = []
    operation = Operation(parent, lambda: release.wait(timeout=10)).success(called.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert called == []


def test_wait_turns_the_event_loop_until_the_work_ends(qtbot, parent):
    # Start-up recovery runs before the main loop: wait() spins one, so timers still fire.
    release = threading.Event()
    QTimer.singleShot(0, release.set)
    done = []
    operation = Operation(parent, lambda: release.wait(timeout=10)).with_progress("Menunggu…") \
        .success(done.append)
    operation.run().wait()
    assert done == [True] and not operation.running
