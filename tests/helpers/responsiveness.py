"""Assert that the GUI thread never freezes while a user action runs.

``assert_responsive(qtbot, action)`` watches a 16 ms timer on the GUI thread (GapMonitor, the
same one the benchmark uses) while ``action`` is performed and until it is over, and fails if any
gap exceeded the limit. An action is anything with ``name``, ``perform()`` and ``done()``: the
member-list actions in app/ui/bench/actions.py, or ``RunnerAction`` below for work started through
the task runner (imports, exports, backups, opening a huge note).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from pytestqt.qtbot import QtBot

from app.ui.bench.responsiveness import GapMonitor
from app.ui.tasks import Task, TaskRunner

LIMIT_MS = 250.0
TIMEOUT_MS = 60_000


class Action(Protocol):
    name: str

    def perform(self) -> None: ...

    def done(self) -> bool: ...


def assert_responsive(qtbot: QtBot, action: Action, limit_ms: float = LIMIT_MS,
                      timeout_ms: int = TIMEOUT_MS) -> float:
    """Perform ``action``, wait until it is over; return the longest gap (ms)."""
    with GapMonitor() as monitor:
        action.perform()
        qtbot.waitUntil(action.done, timeout=timeout_ms)
    assert monitor.longest_ms <= limit_ms, (
        f"{action.name}: the GUI thread froze for {monitor.longest_ms:.0f} ms "
        f"(limit {limit_ms:.0f} ms)")
    return monitor.longest_ms


class RunnerAction:
    """A user action that starts background work; over when every task it started finished.

    ``trigger`` does what the user does (click the button, choose the menu item). The action is
    over once at least one task started and the runner is idle again, so the wait covers the
    progress updates and the result being shown, which is where GUI freezes hide.
    """

    def __init__(self, name: str, runner: TaskRunner, trigger: Callable[[], None]) -> None:
        self.name = name
        self._runner = runner
        self._trigger = trigger
        self.tasks: list[Task] = []
        runner.started.connect(self.tasks.append)

    def perform(self) -> None:
        self.tasks.clear()
        self._trigger()

    def done(self) -> bool:
        return bool(self.tasks) and self._runner.active == 0
