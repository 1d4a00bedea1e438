"""The benchmark's world: its data folders, the driver, and plain connections for the floors.

Everything lives under one temporary folder (the system temp folder, never the user's data).
The populated folder (``members`` demo members, built once with the real seeder) is read-only for
figures; a figure that writes works on its own copy, so runs do not disturb each other.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.bootstrap import AppContext, build_context
from app.db.engine import Driver
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class BenchEnv:
    work: Path
    members: int
    seed: int = 7
    notes_per_member: int = 5
    log: Callable[[str], None] = lambda _text: None
    # Facts learnt while measuring (the Qt version reported by a GUI child, for example).
    facts: dict[str, str] = field(default_factory=dict)
    _counter: int = 0
    _template: Path | None = None
    _populated: Path | None = None
    _driver: Driver | None = None
    _shared: dict[str, Path] = field(default_factory=dict)

    # -- folders -------------------------------------------------------------------------------
    def folder(self, name: str) -> Path:
        """A new, empty data folder."""
        self._counter += 1
        path = self.work / f"{self._counter:03d}-{name}"
        path.mkdir(parents=True)
        return path

    def template_db(self) -> Path:
        """An empty database at the current schema (built once)."""
        if self._template is None:
            folder = self.folder("template")
            with self.context(folder) as ctx:
                self._driver = ctx.driver
            self._template = AppPaths(folder).db_file
        return self._template

    def empty_copy(self, name: str) -> Path:
        """A data folder holding a copy of the empty, migrated database."""
        folder = self.folder(name)
        shutil.copyfile(self.template_db(), AppPaths(folder).db_file)
        return folder

    def populated(self) -> Path:
        """The shared data folder with ``members`` demo members; do not write to it."""
        if self._populated is None:
            folder = self.empty_copy(f"demo-{self.members}")
            self.log(f"seeding {self.members:,} demo members for the benchmarks")
            with self.context(folder) as ctx:
                ctx.demo.seed(self.members, seed=self.seed,
                              notes_per_member=self.notes_per_member)
            self._populated = folder
        return self._populated

    def populated_copy(self, name: str) -> Path:
        """A private copy of the populated folder, for work that writes."""
        folder = self.folder(name)
        shutil.copyfile(AppPaths(self.populated()).db_file, AppPaths(folder).db_file)
        return folder

    def shared_copy(self, name: str) -> Path:
        """One copy per name for the whole bench (a GUI child writes its settings there)."""
        if name not in self._shared:
            self._shared[name] = self.populated_copy(name)
        return self._shared[name]

    # -- Steward and its floor ---------------------------------------------------------------
    @contextmanager
    def context(self, folder: Path) -> Iterator[AppContext]:
        """Steward itself, built by the composition root as the app builds it."""
        ctx = build_context(AppPaths(folder), secrets=MemorySecretStore())
        try:
            yield ctx
        finally:
            ctx.close()

    @property
    def driver(self) -> Driver:
        self.template_db()
        assert self._driver is not None
        return self._driver

    @contextmanager
    def floor_connection(self, folder: Path) -> Iterator[Any]:
        """The floor: the bare DB-API module (sqlite3, or sqlcipher3 when encrypted).

        Only what the file needs to be opened (the key) and the same durability settings as
        Steward (WAL, synchronous FULL, foreign keys), so the floor is not faster merely for
        being less safe.
        """
        driver = self.driver
        conn = driver.module.connect(str(AppPaths(folder).db_file), check_same_thread=False)
        conn.isolation_level = None
        driver.prepare(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        try:
            yield conn
        finally:
            conn.close()

    # -- child processes ---------------------------------------------------------------------
    def python(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], cwd=PROJECT_ROOT, capture_output=True,
                              text=True, timeout=timeout, check=False)
