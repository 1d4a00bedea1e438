"""Large data sets for scale tests, built once per session and copied for each test.

Seeding 100,000 demo members takes about seven seconds, too long to repeat per test; copying the
finished file takes a fraction of a second. Registered as a pytest plugin in tests/conftest.py.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import AppContext, build_context
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore

LARGE = 100_000
HUGE = 1_000_000  # "usable at a million": only behind the slow marker


class ScaleDatabases:
    """Demo databases by size, each seeded on first use and kept for the session."""

    def __init__(self, folder: Path, template: Path) -> None:
        self._folder = folder
        self._template = template
        self._built: dict[int, Path] = {}

    def database(self, members: int) -> Path:
        if members not in self._built:
            paths = AppPaths(self._folder / f"members-{members}")
            paths.ensure()
            shutil.copyfile(self._template, paths.db_file)
            ctx = build_context(paths, secrets=MemorySecretStore())
            try:
                ctx.demo.seed(members, seed=11)
            finally:
                ctx.close()  # checkpoints the WAL, so the file alone is the whole database
            self._built[members] = paths.db_file
        return self._built[members]

    def context(self, members: int, paths: AppPaths) -> AppContext:
        """A context on a private copy of the ``members``-sized database."""
        paths.ensure()
        shutil.copyfile(self.database(members), paths.db_file)
        return build_context(paths, secrets=MemorySecretStore())


@pytest.fixture(scope="session")
def scale_databases(tmp_path_factory: pytest.TempPathFactory,
                    template_db: Path) -> ScaleDatabases:
    return ScaleDatabases(tmp_path_factory.mktemp("scale"), template_db)


@pytest.fixture
def large_ctx(scale_databases: ScaleDatabases, paths: AppPaths) -> Iterator[AppContext]:
    """A context on a fresh copy of a 100,000-member demo database."""
    ctx = scale_databases.context(LARGE, paths)
    yield ctx
    ctx.close()


@pytest.fixture(params=[LARGE, pytest.param(HUGE, marks=[pytest.mark.slow,
                                                             pytest.mark.timeout(1800)])],
                ids=["100k", "1M"])
def scaled_ctx(request: pytest.FixtureRequest,
               scale_databases: ScaleDatabases) -> Iterator[AppContext]:
    """For tests that only read: 100,000 members, and 1,000,000 behind the slow marker.

    Opened read-only on the session's own file (no 1.5 GB copy per test); a test that writes
    by mistake fails with the read-only error instead of spoiling the next test's data.
    """
    db = scale_databases.database(request.param)
    ctx = build_context(AppPaths(db.parent), secrets=MemorySecretStore(), read_only=True)
    yield ctx
    ctx.close()
