"""Assert that the GUI thread never freezes while a user action runs.

``assert_responsive(qtbot, action)`` watches a 16 ms timer on the GUI thread (GapMonitor, the
same one the benchmark uses) while ``action`` is performed and until it is over, and fails if any
gap exceeded the limit. An action is anything with ``name``, ``perform()`` and ``done()``: the
member-list actions in app/ui/bench/actions.py, or its ``RunnerAction`` for work started through
the task runner (imports, exports, backups, opening a huge note).
"""

from __future__ import annotations

import gc
from typing import Protocol

from pytestqt.qtbot import QtBot

from app.gui import freeze_startup_heap
from app.ui.bench.responsiveness import GapMonitor

LIMIT_MS = 250.0
TIMEOUT_MS = 60_000


class Action(Protocol):
    name: str

    def perform(self) -> None: ...

    def done(self) -> bool: ...


def assert_responsive(qtbot: QtBot, action: Action, limit_ms: float = LIMIT_MS,
                      timeout_ms: int = TIMEOUT_MS) -> float:
    """Perform ``action``, wait until it is over; return the longest gap (ms).

    The heap is settled first as the app settles it once its window is up
    (``app.gui.freeze_startup_heap``): what the test built beforehand plays the part of what
    the app built at start-up. Undone afterwards, so the test's garbage is still collected.
    """
    freeze_startup_heap()
    try:
        with GapMonitor() as monitor:
            action.perform()
            qtbot.waitUntil(action.done, timeout=timeout_ms)
    finally:
        gc.unfreeze()
    assert monitor.longest_ms <= limit_ms, (
        f"{action.name}: the GUI thread froze for {monitor.longest_ms:.0f} ms "
        f"(limit {limit_ms:.0f} ms)")
    return monitor.longest_ms
