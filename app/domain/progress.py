"""Progress and cancellation for long work, without Qt.

Services take a ``Progress`` so that the same code reports to a status bar (through the task runner),
to a terminal, or to nothing in tests; cancellation is a question the work asks, so it can stop at a
safe point (between transactions) instead of being killed mid-write.
"""

from __future__ import annotations

from typing import Protocol

from app.errors import Cancelled


class Progress(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """Progress that goes nowhere and is never cancelled."""

    def report(self, done: int, total: int, message: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


def check_cancel(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()
