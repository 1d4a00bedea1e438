"""Summaries of repeated measurements: median and spread, never a single lucky run."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], fraction: float) -> float:
    """Linear-interpolated percentile (``fraction`` in 0..1) of a non-empty sequence."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = math.ceil(position)
    if low == high:
        return ordered[low]
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class Summary:
    median: float
    low: float  # p5
    high: float  # p95
    minimum: float
    maximum: float
    count: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        return cls(
            median=percentile(values, 0.5),
            low=percentile(values, 0.05),
            high=percentile(values, 0.95),
            minimum=min(values),
            maximum=max(values),
            count=len(values),
        )
