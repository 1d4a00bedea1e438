"""The benchmark's world: its data folders, the driver, and plain connections for the floors.

Everything lives under one temporary folder (the system temp folder, never the user's data).
The populated folder (``members`` demo members, built once with the real seeder) is read-only for
figures; a figure that writes works on its own copy, so runs do not disturb each other.

Every folder is encrypted as a user's is, its key sealed for unattended use (``app.bench.keys``);
copies share the key, and floors open the files with the same SQLCipher driver.
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

from app.bench.keys import child_environment, folder_driver, open_folder
from app.bootstrap import AppContext
from app.db.engine import Driver
from app.db.fts import FTS_MARKER
from app.db.sort_keys import TRIGGER_MARKER
from app.paths import AppPaths

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
            with self.context(folder):
                pass
            self._driver = folder_driver(folder)
            self._template = AppPaths(folder).db_file
        return self._template

    def empty_copy(self, name: str) -> Path:
        """A data folder holding a copy of the empty, migrated database."""
        folder = self.folder(name)
        copy_database(self.template_db().parent, folder)
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
        copy_database(self.populated(), folder)
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
        ctx = open_folder(folder)
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

    @contextmanager
    def floor_store(self, folder: Path) -> Iterator[Any]:
        """The floor for writes: a bare connection to ``folder`` (a copy made for the floor)
        whose schema keeps only its tables and indexes. The triggers that keep the search index
        and the list's sort keys are dropped first, outside any clock, so the floor is the cost
        of storing the rows at all; what Steward pays on top includes indexing them."""
        with self.floor_connection(folder) as conn:
            derived = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                "(instr(name, ?) > 0 OR instr(name, ?) > 0)", (f"{FTS_MARKER}_", TRIGGER_MARKER))]
            for name in derived:
                conn.execute(f'DROP TRIGGER "{name}"')
            yield conn

    # -- child processes ---------------------------------------------------------------------
    def python(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], cwd=PROJECT_ROOT, capture_output=True,
                              text=True, timeout=timeout, check=False, env=child_environment())


def copy_database(source: Path, target: Path) -> None:
    """The database of data folder ``source`` and its key settings, into folder ``target``."""
    src, dst = AppPaths(source), AppPaths(target)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src.db_file, dst.db_file)
    shutil.copyfile(src.encryption_file, dst.encryption_file)
