"""SIGKILL at random moments never loses an acknowledged write or leaves a half-written one.

Fifty kills per write path here (47 forked from a server with Steward imported, 3 through
``python main.py`` itself, which costs a second of start-up each); a thousand behind the slow
marker. See tests/helpers/crash.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.crash import ExecSpawner, ForkServer, WritePath, crash_test
from tests.helpers.crash_paths import PATHS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture(scope="module")
def fork_server() -> Iterator[ForkServer]:
    server = ForkServer()
    yield server
    server.close()


@pytest.mark.parametrize(("forked", "real"), [
    pytest.param(47, 3, id="50-kills"),
    pytest.param(950, 50, id="1000-kills", marks=pytest.mark.slow),
])
@pytest.mark.parametrize("make_path", PATHS, ids=lambda f: f.__name__)
def test_kills_at_random_moments(make_path: Callable[[], WritePath], forked: int, real: int,
                                 fork_server: ForkServer, tmp_path: Path) -> None:
    path = make_path()
    fast = crash_test(path, tmp_path / "forked", kills=forked, spawner=fork_server, seed=forked)
    slow = crash_test(path, tmp_path / "exec", kills=real, spawner=ExecSpawner(), seed=real)
    assert fast.kills + slow.kills == forked + real
