"""The freeze detector detects freezes, and the member-list actions know when they are over."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.ui.bench.actions import RunnerAction
from app.ui.bench.responsiveness import GapMonitor
from app.ui.tasks import TaskRunner
from tests.helpers.responsiveness import assert_responsive


def _busy(ms: float) -> None:
    """Hold the GUI thread the way a slow slot does (busy, not sleeping)."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


class _Freezing:
    name = "a slot that blocks the GUI thread"

    def __init__(self, block_ms: float) -> None:
        self._block_ms = block_ms
        self._over = False

    def perform(self) -> None:
        self._over = False
        QTimer.singleShot(50, self._run)

    def _run(self) -> None:
        _busy(self._block_ms)
        QTimer.singleShot(50, lambda: setattr(self, "_over", True))

    def done(self) -> bool:
        return self._over


def test_the_monitor_measures_a_blocked_gui_thread(qtbot: QtBot) -> None:
    with GapMonitor() as monitor:
        action = _Freezing(300)
        action.perform()
        qtbot.waitUntil(action.done, timeout=5000)
    assert 300 <= monitor.longest_ms < 2000
    assert monitor.ticks >= 3


def test_a_freeze_over_the_limit_fails_the_assertion(qtbot: QtBot) -> None:
    with pytest.raises(AssertionError, match="froze for"):
        assert_responsive(qtbot, _Freezing(300), limit_ms=250)
    assert assert_responsive(qtbot, _Freezing(20), limit_ms=250) < 250


def test_an_idle_gui_thread_ticks_every_frame(qtbot: QtBot) -> None:
    with GapMonitor() as monitor:
        qtbot.wait(300)
    assert monitor.ticks >= 10
    assert monitor.longest_ms < 250


def test_a_runner_action_lasts_until_its_tasks_finish(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[int] = []

    def start() -> None:
        runner.run(lambda _p: _busy(100) or 42, results.append)

    action = RunnerAction("work", "background work", runner, start)
    assert not action.done()
    assert_responsive(qtbot, action)  # 100 ms of work on a worker never blocks the GUI
    assert results == [42]
    runner.wait_for_done(5000)
