"""Drive a scripted action outside pytest (the GUI benchmark) and measure it."""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.domain.members import MemberQuery
from app.ui.bench.actions import ListAction, RunnerAction
from app.ui.bench.responsiveness import GapMonitor
from app.ui.waiting import wait_until

ACTION_TIMEOUT_MS = 120_000


@dataclass(frozen=True)
class ActionResult:
    key: str
    name: str
    wall_ms: float  # from the first input until rows are on screen
    response_ms: float  # from the last input (key, click) until rows are on screen
    gap_ms: float
    pages: tuple[MemberQuery, ...]  # the SQL pages it made the list fetch
    search: str = ""  # the text a search action typed (its ranked results are what it waited for)


def drive(action: ListAction | RunnerAction, timeout_ms: int = ACTION_TIMEOUT_MS) -> ActionResult:
    """Perform ``action``, run the event loop until it is over; wall time and longest gap."""
    with GapMonitor() as monitor:
        start = time.perf_counter_ns()
        action.perform()
        finished = wait_until(action.done, timeout_ms, poll_ms=1)
        end = time.perf_counter_ns()
    if not finished:
        raise TimeoutError(f"{action.name} did not finish within {timeout_ms} ms")
    return ActionResult(action.key, action.name, (end - start) / 1e6,
                        (end - action.last_input_ns) / 1e6, monitor.longest_ms,
                        tuple(action.fetched_pages()), getattr(action, "search_text", ""))


def idle_gap(duration_ms: int = 1000) -> float:
    """The longest gap while nothing happens: the timer's own jitter, the floor for gaps."""
    with GapMonitor() as monitor:
        wait_until(lambda: False, duration_ms, poll_ms=50)
    return monitor.longest_ms
