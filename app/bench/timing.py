"""Clocks for benchmarks: monotonic, high resolution, and in the units the report uses."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """Run ``fn`` once; return (milliseconds, result)."""
    start = time.perf_counter_ns()
    result = fn()
    return (time.perf_counter_ns() - start) / 1e6, result


def rate(count: int, milliseconds: float) -> float:
    """Items per second."""
    return count / (milliseconds / 1000) if milliseconds > 0 else float("inf")
