"""``--bench-startup``: the real start, reporting once the window is ready for the user.

Ready means what a user would call it: the main window is shown, the page it opens on has loaded
its data, and the event loop has come back idle (a zero-delay timer fired), so the next click is
handled at once.
"""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer, qVersion

from app.bench.memory import peak_rss_mb
from app.bench.protocol import report
from app.ui.main_window import MainWindow
from app.ui.waiting import wait_until

READY_TIMEOUT_MS = 120_000


def report_when_ready(window: MainWindow) -> int:
    window.show()
    if not wait_until(lambda: window.current_page().is_ready(), READY_TIMEOUT_MS):
        print("bench-startup: the first page did not load", flush=True)
        return 1
    idle: list[bool] = []
    QTimer.singleShot(0, lambda: idle.append(True))
    wait_until(lambda: bool(idle), READY_TIMEOUT_MS)
    report({"qt": qVersion(), "pyside6": pyside_version, "peak_rss_mb": peak_rss_mb(),
            "page": window.stack.currentIndex()})
    window.close()
    return 0
