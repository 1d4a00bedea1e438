"""Large data sets for scale tests, built once per session and copied for each test.

Seeding 100,000 demo members (with the search index) takes about half a minute, too long to
repeat per test; copying the finished file takes a fraction of a second. The folders are
encrypted like a user's, their key sealed for unattended use (``app.bench.keys``), so a copy opens
in this process or in a child. Registered as a pytest plugin in tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bench.env import copy_database
from app.bench.keys import open_folder
from app.bootstrap import AppContext
from app.paths import AppPaths

LARGE = 100_000
HUGE = 1_000_000  # "usable at a million": only behind the slow marker
NOTES_PER_MEMBER = 2


class ScaleDatabases:
    """Demo databases by size, each seeded on first use and kept for the session."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._built: dict[int, Path] = {}

    def folder(self, members: int) -> Path:
        """The session's data folder of ``members`` demo members (read it, never write it)."""
        if members not in self._built:
            folder = self._folder / f"members-{members}"
            ctx = open_folder(folder)
            try:
                # two notes per member (the app's demo writes five): the scale tests need
                # members, handles and tags at full count, and notes only to exist
                ctx.demo.seed(members, seed=11, notes_per_member=NOTES_PER_MEMBER)
            finally:
                ctx.close()  # checkpoints the WAL, so the file alone is the whole database
            self._built[members] = folder
        return self._built[members]

    def context(self, members: int, paths: AppPaths) -> AppContext:
        """A context on a private copy of the ``members``-sized database."""
        copy_database(self.folder(members), paths.data_dir)
        return open_folder(paths.data_dir)


@pytest.fixture(scope="session")
def scale_databases(tmp_path_factory: pytest.TempPathFactory) -> ScaleDatabases:
    return ScaleDatabases(tmp_path_factory.mktemp("scale"))


@pytest.fixture
def large_ctx(scale_databases: ScaleDatabases, paths: AppPaths) -> Iterator[AppContext]:
    """A context on a fresh copy of a 100,000-member demo database."""
    ctx = scale_databases.context(LARGE, paths)
    yield ctx
    ctx.close()


@pytest.fixture(scope="session",
                params=[LARGE, pytest.param(HUGE, marks=[pytest.mark.slow,
                                                         pytest.mark.timeout(1800)])],
                ids=["100k", "1M"])
def scaled_ctx(request: pytest.FixtureRequest,
               scale_databases: ScaleDatabases) -> Iterator[AppContext]:
    """For tests that only read: 100,000 members, and 1,000,000 behind the slow marker.

    Opened read-only on the session's own file (no 1.5 GB copy per test) and shared by the
    session's tests (opening checks the whole file, seconds at this size); a test that writes by
    mistake fails with the read-only error instead of spoiling the next test's data.
    """
    ctx = open_folder(scale_databases.folder(request.param), read_only=True)
    yield ctx
    ctx.close()


def huge_note(ctx: AppContext, megabytes: float = 3.0, member_id: int = 1) -> int:
    """Add a note of about ``megabytes`` of pasted chat (mixed scripts, one line per message) to
    ``member_id``; returns its id. For the profile screen's "open a huge note" responsiveness
    test (see tests/ui/test_background_work_responsiveness.py)."""
    line = "[2024-05-01 21:03] 王伟: 今天在群里分享了产品设计的经验 — thanks all, see you at the meetup!\n"
    body = line * max(1, int(megabytes * 1_000_000 / len(line.encode("utf-8"))))
    return ctx.notes.add(member_id, body).id
