"""A progress bar fed with counts that may exceed what it holds."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


def show_progress(bar: QProgressBar, done: object, total: object) -> bool:
    """Move ``bar`` to ``done`` of ``total``; False (and no change) when they are not counts.

    QProgressBar is 32-bit; a count of rows or bytes can be larger, so both are scaled down
    together past a million.
    """
    if not isinstance(done, int) or not isinstance(total, int) or total <= 0:
        return False
    scale = max(1, total // 1_000_000 + 1)
    bar.setRange(0, total // scale)
    bar.setValue(done // scale)
    return True
