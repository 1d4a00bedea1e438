"""Run figure functions several times and summarise each reading beside its floor."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.bench.env import BenchEnv
from app.bench.figures import FigureFn, Pending, Reading, runs_for
from app.bench.stats import Summary


@dataclass(frozen=True)
class FigureSummary:
    name: str
    unit: str
    value: Summary
    floor: Summary | None
    floor_label: str
    higher_is_better: bool
    source: str

    @property
    def overhead(self) -> float | None:
        """How many times the floor's cost Steward pays (1.0 = no overhead)."""
        if self.floor is None or self.floor.median <= 0 or self.value.median <= 0:
            return None
        if self.higher_is_better:
            return self.floor.median / self.value.median
        return self.value.median / self.floor.median

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "unit": self.unit, "median": _round(self.value.median),
            "p5": _round(self.value.low), "p95": _round(self.value.high),
            "min": _round(self.value.minimum), "max": _round(self.value.maximum),
            "runs": self.value.count,
        }
        if self.floor is not None:
            data["floor"] = {"what": self.floor_label, "median": _round(self.floor.median),
                             "min": _round(self.floor.minimum),
                             "max": _round(self.floor.maximum)}
            data["overhead"] = _round(self.overhead) if self.overhead is not None else None
        return data


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass
class SuiteResult:
    figures: list[FigureSummary] = field(default_factory=list)
    pending: list[Skipped] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    spent: dict[str, float] = field(default_factory=dict)  # seconds per figure function

    def as_json(self) -> dict[str, object]:
        return {
            "figures": {f.name: f.as_json() for f in self.figures},
            "pending": {p.source: p.reason for p in self.pending},
            "failed": {f.source: f.reason for f in self.failed},
            "seconds": round(self.seconds, 1),
            "seconds_per_source": {k: round(v, 1) for k, v in self.spent.items()},
        }


def source_name(fn: FigureFn) -> str:
    module = fn.__module__.removeprefix("app.bench.")
    return f"{module}.{getattr(fn, '__name__', repr(fn))}"


def select(figures: Sequence[FigureFn], pattern: str | None) -> list[FigureFn]:
    """Figures whose ``module.function`` name contains ``pattern`` (all when it is empty)."""
    return [fn for fn in figures if not pattern or pattern in source_name(fn)]


def run_suite(figures: Sequence[FigureFn], env: BenchEnv, runs: int,
              log: Callable[[str], None] = lambda _t: None) -> SuiteResult:
    result = SuiteResult()
    started = time.monotonic()
    for fn in figures:
        source = source_name(fn)
        readings: list[Reading] = []
        count = runs_for(fn, runs)
        began = time.monotonic()
        try:
            for run in range(count):
                log(f"{source}: run {run + 1}/{count}")
                readings.extend(fn(env))
        except Pending as reason:
            result.pending.append(Skipped(source, str(reason)))
            log(f"{source}: pending ({reason})")
            continue
        except Exception:
            # One broken figure must not throw away the others' minutes of measuring.
            result.failed.append(Skipped(source, traceback.format_exc(limit=6)))
            log(f"{source}: FAILED\n{traceback.format_exc(limit=6)}")
            continue
        finally:
            result.spent[source] = time.monotonic() - began
        result.figures.extend(_summaries(source, readings))
    result.seconds = time.monotonic() - started
    return result


def _summaries(source: str, readings: list[Reading]) -> list[FigureSummary]:
    by_name: dict[str, list[Reading]] = {}
    for reading in readings:
        by_name.setdefault(reading.name, []).append(reading)
    out = []
    for name, group in by_name.items():
        floors = [r.floor for r in group if r.floor is not None]
        first = group[0]
        out.append(FigureSummary(
            name=name, unit=first.unit, value=Summary.of([r.value for r in group]),
            floor=Summary.of(floors) if floors else None, floor_label=first.floor_label,
            higher_is_better=first.higher_is_better, source=source,
        ))
    return out


def _round(value: float | None) -> float | None:
    if value is None:
        return None
    return round(value, 3 if abs(value) < 10 else 1)
