"""Crash tests: kill a real write path with SIGKILL at random moments, then check the damage.

A *write path* is a Steward command that writes (seeding, a migration, an import, a backup),
described by a ``WritePath``: the CLI arguments, a ``prepare`` for a fresh data folder, a
``snapshot`` taken before each child runs, and a ``verify`` that inspects the folder after each
kill. Folders are encrypted like a user's; their key is sealed for unattended use
(``app.bench.keys``), so children find it in their environment and the checks open the files with
the same SQLCipher driver (``folder_driver``).

``crash_test`` runs the child again and again in the same folder (every restart is also a
recovery from the previous kill), kills it at a random moment within ``window_s``, and checks
after each kill, for every path:

- the database passes ``PRAGMA integrity_check`` and ``foreign_key_check``, and every search
  index agrees with its table (FTS5 ``integrity-check``);
- partial files (``app.atomic_files``) belong only to killed children, and none is left after a
  run that completed (its start swept them) or after one more start at the end;
- the path's own ``verify``: every acknowledged write present, no half-applied chunk or import.

Acknowledgement channel: the child runs with ``--progress-lines``; it prints one flushed JSON line
per progress report. A write path that reports only after a commit (the demo seeder) thereby
acknowledges each chunk; an all-or-nothing path acknowledges only by exiting 0. Lines written
before the kill are in the output file, which the kernel keeps when the process dies.

Children are forked from a server that has Steward imported (``crash_zygote``), which makes a kill
cost milliseconds instead of half a second of imports; ``ExecSpawner`` runs the real
``python main.py`` and is used for some kills of every path, so the entry point is covered too.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import select
import signal
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.bench.keys import child_environment, folder_driver, open_folder
from app.db.engine import Driver, connect_raw
from app.db.migrate import head_revision
from app.paths import AppPaths
from tests.helpers.faults import partial_files

PROJECT_ROOT = Path(__file__).resolve().parents[2]
KILLED = -signal.SIGKILL
CHILD_TIMEOUT_S = 60


@dataclass(frozen=True)
class Outcome:
    """What one child did before it ended (or was ended)."""

    pid: int
    exit_code: int
    kill_after_s: float
    stdout: str
    stderr: str

    @property
    def killed(self) -> bool:
        return self.exit_code == KILLED

    @property
    def acknowledged(self) -> int:
        """The highest ``done`` the child acknowledged (0 if none)."""
        done = 0
        for line in self.stdout.splitlines():
            if line.startswith("{"):
                progress = json.loads(line).get("progress")
                if progress:
                    done = max(done, int(progress["done"]))
        return done


def new_folder(folder: Path) -> None:
    """A first start: the key (sealed for unattended use) and an empty, migrated database."""
    open_folder(folder).close()


@dataclass(frozen=True)
class WritePath:
    name: str
    args: Callable[[Path], list[str]]  # CLI arguments after ``--data-dir DIR``
    # raises AssertionError naming the damage; gets the folder's driver for its own checks
    verify: Callable[[Path, Outcome, Any, Driver], None]
    snapshot: Callable[[Path, Driver], Any] = lambda _folder, _driver: None
    prepare: Callable[[Path], None] = new_folder  # fills a fresh data folder (and its key)
    window_s: float = 0.3  # kill moments are uniform in [0, window_s] after the start
    fresh_every: int = 10  # start over in a new folder after this many children


class Spawner(Protocol):
    # What a child spends before Steward's code runs (interpreter and imports); kill moments are
    # spread over it plus the path's window, so both the start and the work get kills.
    start_s: float

    def run(self, argv: list[str], out: Path, err: Path, kill_after_s: float) -> tuple[int, int]:
        """Run ``main.py argv``; SIGKILL it after ``kill_after_s``; return (pid, exit code)."""
        ...


class ExecSpawner:
    """``python main.py …`` as a user runs it."""

    start_s = 0.8

    def run(self, argv: list[str], out: Path, err: Path, kill_after_s: float) -> tuple[int, int]:
        with open(out, "wb") as stdout, open(err, "wb") as stderr:
            proc = subprocess.Popen([sys.executable, "main.py", *argv], cwd=PROJECT_ROOT,
                                    stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL,
                                    env=child_environment())
            try:
                # The child gets this long to finish; at the kill moment it is killed.
                proc.wait(timeout=kill_after_s)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
            return proc.pid, proc.wait(timeout=CHILD_TIMEOUT_S)


class ForkServer:
    """Children forked from ``tests.helpers.crash_zygote`` (see there); close() when done."""

    start_s = 0.0

    def __init__(self) -> None:
        self._proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.crash_zygote"],
                                      cwd=PROJECT_ROOT, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, bufsize=0,
                                      env=child_environment())
        self._buffer = b""

    def run(self, argv: list[str], out: Path, err: Path, kill_after_s: float) -> tuple[int, int]:
        assert self._proc.stdin is not None
        request = {"argv": argv, "stdout": str(out), "stderr": str(err)}
        self._proc.stdin.write((json.dumps(request) + "\n").encode())
        pid = int(self._reply(CHILD_TIMEOUT_S)["pid"])
        finished = self._reply(kill_after_s)
        if finished is None:
            with contextlib.suppress(ProcessLookupError):  # it ended at the kill moment
                os.kill(pid, signal.SIGKILL)
            finished = self._reply(CHILD_TIMEOUT_S)
            assert finished is not None, "the fork server lost a killed child"
        return pid, int(finished["exit"])

    def _reply(self, timeout_s: float) -> dict[str, Any] | None:
        """The server's next line, or None if none arrived within ``timeout_s``."""
        assert self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        while b"\n" not in self._buffer:
            readable, _, _ = select.select([fd], [], [], timeout_s)
            if not readable:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError("the fork server exited")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def close(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        self._proc.wait(timeout=30)
        if self._proc.stdout is not None:
            self._proc.stdout.close()


@dataclass
class CrashReport:
    kills: int = 0
    completed: int = 0
    acknowledged: int = 0
    children: int = 0
    folders: list[Path] = field(default_factory=list)


def crash_test(path: WritePath, work: Path, kills: int, spawner: Spawner,
               seed: int = 0) -> CrashReport:
    """Kill ``path`` ``kills`` times; raise AssertionError at the first damage found."""
    rng = random.Random(seed)
    report = CrashReport()
    killed: set[int] = set()
    folder = work
    driver = Driver()
    while report.kills < kills:
        if report.children % path.fresh_every == 0:
            folder = work / f"{path.name}-{report.children:04d}"
            folder.mkdir(parents=True)
            path.prepare(folder)
            driver = folder_driver(folder)
            report.folders.append(folder)
        assert report.children < kills * 4, (
            f"{path.name}: the child finished before the kill moment {report.completed} times "
            f"out of {report.children}; its window_s ({path.window_s}) is too long")
        before = path.snapshot(folder, driver)
        delay = rng.uniform(0, spawner.start_s + path.window_s)
        out, err = work / "child.out", work / "child.err"
        for stale in (out, err):  # a child killed before it opens them must not inherit lines
            stale.write_bytes(b"")
        pid, code = spawner.run(["--data-dir", str(folder), "--progress-lines",
                                 *path.args(folder)], out, err, delay)
        outcome = Outcome(pid, code, delay, out.read_text("utf-8", "replace"),
                          err.read_text("utf-8", "replace"))
        report.children += 1
        context = (f"{path.name}, child {report.children} (seed {seed}), killed after "
                   f"{delay * 1000:.0f} ms, exit {code}\nstdout:\n{outcome.stdout[-1500:]}\n"
                   f"stderr:\n{outcome.stderr[-1500:]}")
        if not outcome.killed and code != 0:
            raise AssertionError(f"the child failed on its own: {context}")
        try:
            check_database_whole(AppPaths(folder).db_file, driver)
            if outcome.killed:
                killed.add(pid)
            check_partials(folder, killed, completed=not outcome.killed)
            path.verify(folder, outcome, before, driver)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n-- {context}") from exc
        if outcome.killed:
            report.kills += 1
            report.acknowledged += outcome.acknowledged
        else:
            report.completed += 1
    for folder in report.folders:
        check_restart_cleans_up(folder)
    return report


# -- checks every path gets ----------------------------------------------------------------------
def connect(db: Path, driver: Driver) -> Any:
    """A bare connection to a crash folder's file (keyed; the search triggers' function set)."""
    return connect_raw(db, driver)


def check_database_whole(db: Path, driver: Driver) -> None:
    if not db.exists():
        return
    with closing(connect(db, driver)) as conn:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        assert result == ["ok"], f"integrity_check: {result[:5]}"
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        assert broken == [], f"rows pointing at nothing: {broken[:5]}"
        for index in search_indexes(conn):  # raises if an index disagrees with its table
            conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")


def search_indexes(conn: Any) -> list[str]:
    """The FTS5 search indexes in the file (none before the schema that has them)."""
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")]


def check_partials(folder: Path, killed: set[int], completed: bool) -> None:
    """Partial files belong only to killed children, and none survive a completed run (which
    swept them when it started): a partial file is never an orphan for longer than one crash."""
    found = partial_files(folder)
    if completed:
        assert found == [], f"partial files survive a restart: {found}"
    strangers = [p for p in found if not any(f".{pid}.partial" in p.name for pid in killed)]
    assert strangers == [], f"partial files of no killed child: {strangers}"


def check_restart_cleans_up(folder: Path) -> None:
    """After the last kill, one more start leaves no partial file and a healthy database."""
    open_folder(folder).close()
    assert partial_files(folder) == [], f"partial files survive a restart: {partial_files(folder)}"
    check_database_whole(AppPaths(folder).db_file, folder_driver(folder))


# -- helpers for verify functions ----------------------------------------------------------------
def table_exists(conn: Any, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                        (name,)).fetchone() is not None


def schema_revision(conn: Any) -> str | None:
    if not table_exists(conn, "alembic_version"):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def count_rows(db: Path, table: str, driver: Driver) -> int:
    if not db.exists():
        return 0
    with closing(connect(db, driver)) as conn:
        if not table_exists(conn, table):
            return 0
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def check_schema_all_or_nothing(conn: Any) -> str | None:
    """A migration is one transaction: either no Steward tables, or the head schema."""
    revision = schema_revision(conn)
    if revision is None:
        assert not table_exists(conn, "member"), "tables exist without a schema version"
    else:
        assert revision == head_revision(), f"schema stuck at {revision}"
    return revision
