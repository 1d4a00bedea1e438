"""The task runner: work off the GUI thread, results and errors back on it."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.progress import Progress, check_cancel
from app.errors import UserError
from app.ui.tasks import TaskRunner


def test_work_runs_on_a_worker_and_the_result_comes_back_on_the_gui_thread(
        qtbot: QtBot, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}

    def op(_progress: Progress) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 2**62 + 7  # wider than a C++ int: must survive the signal intact

    def done(value: int) -> None:
        seen["gui"] = QThread.currentThread() is QCoreApplication.instance().thread()  # type: ignore[union-attr]
        seen["value"] = value

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(op, done)
    assert seen == {"worker": True, "gui": True, "value": 2**62 + 7}


def test_progress_is_reported_and_cancel_stops_the_work(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    release = threading.Event()
    progress_seen: list[tuple[object, object]] = []
    cancelled: list[str] = []
    runner.cancelled.connect(cancelled.append)

    def op(progress: Progress) -> None:
        progress.report(1, 10)
        started.set()
        release.wait(5)
        check_cancel(progress)
        raise AssertionError("should have been cancelled")

    task = runner.run(op, lambda _r: None, label="Long job", cancellable=True)
    task.progressed.connect(lambda d, t, _m: progress_seen.append((d, t)))
    qtbot.waitUntil(started.is_set, timeout=5000)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert cancelled == ["Long job"]
    assert task.succeeded is False
    qtbot.waitUntil(lambda: (1, 10) in progress_seen, timeout=5000)


def test_a_user_error_becomes_a_message(qtbot: QtBot, runner: TaskRunner) -> None:
    def op(_progress: Progress) -> None:
        raise UserError("The file members.csv is not UTF-8 (line 3).")

    with qtbot.waitSignal(runner.userError, timeout=5000) as blocker:
        runner.run(op, lambda _r: None)
    assert blocker.args == ["The file members.csv is not UTF-8 (line 3)."]


@pytest.mark.expect_log_warnings
def test_a_bug_is_logged_with_its_traceback_and_reported(
        qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture) -> None:
    def op(_progress: Progress) -> None:
        raise KeyError("boom")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.bug, timeout=5000) as blocker:
        runner.run(op, lambda _r: None, label="Refresh")
    assert blocker.args == ["Refresh"]
    record = next(r for r in caplog.records if "Refresh" in r.getMessage())
    assert record.exc_info is not None and record.exc_info[0] is KeyError


def test_the_gui_thread_keeps_running_while_work_is_in_flight(
        qtbot: QtBot, runner: TaskRunner) -> None:
    gate = threading.Event()
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    runner.run(lambda _p: gate.wait(5), lambda _r: None)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # events flow while the job waits
    gate.set()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)
    timer.stop()


def test_work_outlives_a_deleted_owner_and_its_callbacks_are_skipped(
        qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    finished: list[int] = []
    called: list[object] = []
    errors: list[str] = []
    runner.userError.connect(errors.append)
    owner = QWidget()

    def op(_progress: Progress) -> int:
        release.wait(5)
        finished.append(1)
        return 1

    def fails(_progress: Progress) -> int:
        release.wait(5)
        raise UserError("Note: could not be saved.")

    runner.run(op, called.append, called.append, owner=owner)
    runner.run(fails, called.append, called.append, owner=owner)
    shiboken6.delete(owner)  # the window closed while the work ran
    release.set()
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)
    assert finished == [1]
    assert called == []  # nothing touched the deleted widget
    assert errors == ["Note: could not be saved."]  # the problem is still said, by the window


def test_hundreds_of_short_tasks_all_come_back(qtbot: QtBot, runner: TaskRunner) -> None:
    """Results arrive while their workers are still returning: nothing a worker touches may be
    freed by then (a per-task emitter once was, and corrupted the heap)."""
    results: list[int] = []
    finished: list[bool] = []
    for n in range(400):
        task = runner.run(lambda _p, n=n: n, results.append)
        task.finished.connect(lambda: finished.append(True))
    qtbot.waitUntil(lambda: runner.active == 0, timeout=20000)
    assert sorted(results) == list(range(400))
    assert len(finished) == 400
