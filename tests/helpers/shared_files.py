"""Files from ``shared/`` beside the repository (fixtures from public projects).

CI runs in a fresh clone with ``shared/`` beside it; a developer's extra git worktree lives
elsewhere, so the main checkout (found through git's common directory) is tried too. With
``CI=true`` a missing fixture fails the test instead of skipping it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _candidates() -> list[Path]:
    found = [ROOT.parent / "shared"]
    if os.environ.get("STEWARD_SHARED_DIR"):
        found.insert(0, Path(os.environ["STEWARD_SHARED_DIR"]))
    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute",
                                 "--git-common-dir"], cwd=ROOT, capture_output=True, text=True,
                                check=True, timeout=10).stdout.strip()
        found.append(Path(common).parent.parent / "shared")
    except (OSError, subprocess.SubprocessError):
        pass
    return found


def shared_file(relative: str) -> Path:
    for base in _candidates():
        path = base / relative
        if path.is_file():
            return path
    message = f"shared fixture {relative} not found beside the repository (../shared)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)
    raise AssertionError("unreachable")
