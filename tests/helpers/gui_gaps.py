"""How long the GUI thread stopped answering while something ran: the longest gap of a 16 ms timer.

A stand-in until the harness's ``tests/helpers/responsiveness.py`` (``assert_responsive`` with
``GapMonitor``) is on main; ``longest_gap_ms`` takes the same kind of action (``perform()`` and
``done()``), so switching over is a one-line change.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

LIMIT_MS = 250.0
TICK_MS = 16


def longest_gap_ms(qtbot: QtBot, perform: Callable[[], None], done: Callable[[], bool],
                   timeout_ms: int = 60_000) -> float:
    """Run ``perform``, wait until ``done()``; return the longest gap between timer ticks."""
    last = [time.perf_counter()]
    longest = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    try:
        last[0] = time.perf_counter()
        perform()
        qtbot.waitUntil(done, timeout=timeout_ms)
        tick()
    finally:
        timer.stop()
    return longest[0] * 1000
