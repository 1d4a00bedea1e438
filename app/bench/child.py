"""Measuring a child process from the outside: wall time until it says it is ready.

A GUI child prints one line ``STEWARD-BENCH {json}`` when it reaches the point being measured;
the parent's clock runs from just before the process is spawned until that line arrives, so the
figure includes the interpreter, imports and everything a user waits for.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from app.bench.env import PROJECT_ROOT
from app.bench.keys import child_environment
from app.bench.protocol import MARK


@dataclass(frozen=True)
class ChildReport:
    ready_ms: float
    data: dict[str, Any]


def measure_child(*args: str, timeout: float = 600) -> ChildReport:
    """Run ``python args…``; return the time to its report line and the report."""
    start = time.perf_counter_ns()
    proc = subprocess.Popen([sys.executable, *args], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=child_environment())
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(MARK):
                ready_ms = (time.perf_counter_ns() - start) / 1e6
                data = json.loads(line[len(MARK):])
                proc.communicate(timeout=timeout)
                if proc.returncode != 0:
                    raise RuntimeError(f"{args}: exit {proc.returncode} after reporting")
                return ChildReport(ready_ms, data)
        _, err = proc.communicate(timeout=timeout)
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode} without a report:\n"
                           f"{err[-2000:]}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
