"""Run the event loop until a condition holds: for the smoke test and the benchmarks, never
for normal use (the GUI reacts to signals; it does not wait)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer


def wait_until(condition: Callable[[], bool], timeout_ms: int, poll_ms: int = 5) -> bool:
    """True once ``condition()`` holds, False if ``timeout_ms`` passed first (no sleeping)."""
    if condition():
        return True
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(poll_ms)
    timer.timeout.connect(lambda: loop.quit() if condition() or deadline.hasExpired() else None)
    timer.start()
    loop.exec()
    timer.stop()
    return condition()
