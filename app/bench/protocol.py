"""The one line a measured child process prints when it reaches the measured point.

Kept free of heavy imports: the bare-window floor imports it too, and must not pay for SQLAlchemy.
"""

from __future__ import annotations

import json
import sys
from typing import Any

MARK = "STEWARD-BENCH "


def report(data: dict[str, Any]) -> None:
    sys.stdout.write(MARK + json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()
