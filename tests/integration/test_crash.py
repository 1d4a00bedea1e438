"""SIGKILL at random moments never loses an acknowledged write or leaves a half-written one.

Fifty kills per write path here (45 forked from a server with Steward imported, 5 through
``python main.py`` itself); a thousand behind the slow marker. See tests/helpers/crash.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers import crash_paths
from tests.helpers.crash import ExecSpawner, ForkServer, WritePath, crash_test

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

PATHS: tuple[Callable[[], WritePath], ...] = (
    crash_paths.demo_seeding,
    crash_paths.migration_backup,
)


@pytest.fixture(scope="module")
def fork_server() -> Iterator[ForkServer]:
    server = ForkServer()
    yield server
    server.close()


@pytest.mark.parametrize(("forked", "real"), [
    pytest.param(45, 5, id="50-kills"),
    pytest.param(950, 50, id="1000-kills", marks=pytest.mark.slow),
])
@pytest.mark.parametrize("make_path", PATHS, ids=lambda f: f.__name__)
def test_kills_at_random_moments(make_path: Callable[[], WritePath], forked: int, real: int,
                                 fork_server: ForkServer, tmp_path: Path) -> None:
    path = make_path()
    fast = crash_test(path, tmp_path / "forked", kills=forked, spawner=fork_server, seed=forked)
    slow = crash_test(path, tmp_path / "exec", kills=real, spawner=ExecSpawner(), seed=real)
    assert fast.kills + slow.kills == forked + real
