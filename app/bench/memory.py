"""Peak memory of the current process, from the OS's own accounting (no extra dependency)."""

from __future__ import annotations

import sys
from pathlib import Path


def peak_rss_mb() -> float | None:
    """Peak resident set size in MB, or ``None`` where the OS does not say (Windows).

    Linux: VmHWM, which belongs to this program's address space. ``ru_maxrss`` would be wrong
    there for a benchmark child: it survives fork and exec, so a child started by a parent holding
    a large data set reports the parent's peak.
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # macOS reports bytes, the other Unixes kilobytes.
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
