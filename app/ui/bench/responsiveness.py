"""How long the GUI thread stops answering: the longest gap of a 16 ms timer.

A frame at 60 Hz is 16 ms. A timer asking to fire every 16 ms on the GUI thread fires late by
however long the thread was busy (a slow slot, a blocking query, a layout over 100,000 rows), so
the longest gap between two ticks is the longest freeze a user could have felt while an action ran.
Idle, the gap is the timer's own period plus scheduling jitter; that idle figure is the floor.
"""

from __future__ import annotations

import time
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer

TICK_MS = 16


class GapMonitor(QObject):
    """Use as a context manager around an action (including the wait for its result)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0
        self._longest = 0
        self.ticks = 0

    @property
    def longest_ms(self) -> float:
        return self._longest / 1e6

    def start(self) -> None:
        self._longest = 0
        self.ticks = 0
        self._last = time.perf_counter_ns()
        self._timer.start()

    def stop(self) -> float:
        """Stop and return the longest gap in ms, counting the stretch up to now."""
        self._tick()
        self._timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now = time.perf_counter_ns()
        self._longest = max(self._longest, now - self._last)
        self._last = now
        self.ticks += 1

    def __enter__(self) -> GapMonitor:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
