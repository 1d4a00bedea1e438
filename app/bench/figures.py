"""What a figure function returns, and how it says it cannot be measured yet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.bench.env import BenchEnv


@dataclass(frozen=True)
class Reading:
    """One named value from one run, beside its floor from the same run on the same data.

    ``floor`` is what the same work costs with the plain DB-API module (or a bare Qt window for
    the GUI figures); ``None`` only where no floor makes sense, and then the report says so.
    """

    name: str
    unit: str
    value: float
    floor: float | None = None
    floor_label: str = ""
    higher_is_better: bool = False


class Pending(Exception):
    """The feature a figure measures has not landed; ``str()`` says what it waits for."""


class FloorMismatch(AssertionError):
    """Steward and its floor returned different results, so comparing their times means nothing."""


FigureFn = Callable[["BenchEnv"], Sequence[Reading]]


def runs_at_most(count: int) -> Callable[[FigureFn], FigureFn]:
    """Mark a figure that takes minutes per run (seeding 100,000 members, the GUI session) to
    run at most ``count`` times, so the whole suite stays within its time budget."""

    def mark(fn: FigureFn) -> FigureFn:
        fn.max_runs = count  # type: ignore[attr-defined]
        return fn

    return mark


def runs_for(fn: FigureFn, requested: int) -> int:
    return min(requested, int(getattr(fn, "max_runs", requested)))
