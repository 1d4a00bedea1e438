"""Kill a real backup with SIGKILL at random moments, fifty times: the older backups stay byte for
byte, the database stays whole, and nothing half-written ever sits under a backup's final name."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.backup_catalog import list_backups, remove_stale_partials
from tests.helpers.databases import fresh_folder

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50

# A helper process imports the backup code once, then for each line it reads ("<reason> <delay>")
# forks a child that loops over real backups (online backup API, verify, fsync, rename) until a
# timer it starts itself sends SIGKILL, and answers with the child's exit status. The kill lands
# at a moment the test chose at random, and the test process never sleeps. A delay below zero
# means one backup, not killed.
FORKER = """
import os, signal, sys, threading
from pathlib import Path
from app.db.backup import backup_database, backup_name
from app.db.engine import Driver
folder = Path(sys.argv[1])
for line in sys.stdin:
    reason, delay = line.split()[0], float(line.split()[1])
    pid = os.fork()
    if pid == 0:
        if delay >= 0:
            threading.Timer(delay, os.kill, (os.getpid(), signal.SIGKILL)).start()
        while True:
            backup_database(folder / "steward.db", folder / "backups" / backup_name(reason),
                            Driver())
            if delay < 0:
                os._exit(0)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
"""


class Forker:
    def __init__(self, folder: Path) -> None:
        self._proc = subprocess.Popen([sys.executable, "-c", FORKER, str(folder)], cwd=ROOT,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, reason: str, delay: float) -> int:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(f"{reason} {delay:.4f}\n")
        self._proc.stdin.flush()
        return int(self._proc.stdout.readline())

    def close(self) -> int:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.close()
        if self._proc.stdout.closed:
            return 0
        code = self._proc.wait(timeout=30)
        self._proc.stdout.close()
        return code


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check(path: Path, full: bool = True) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return str(conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}")
                   .fetchone()[0])


def test_killing_backups_at_random_moments_never_harms_anything(
        tmp_path: Path, request: pytest.FixtureRequest) -> None:
    paths = fresh_folder(tmp_path / "data", members=2500)
    assert paths.db_file.stat().st_size > 3_000_000  # "a few MB": several backup steps
    forker = Forker(paths.data_dir)
    request.addfinalizer(forker.close)
    for reason in ("pre-migration-0001", "manual", "auto"):  # one backup each, not killed
        assert forker.run(reason, -1) == 0
    older = [b.path for b in list_backups(paths.backups_dir)]
    assert len(older) == 3
    older_digests = {p: _digest(p) for p in older}

    rng = random.Random(20261122)
    landed_mid_copy = 0
    for _ in range(KILLS):
        delay = rng.uniform(0.0, 0.15)
        assert forker.run("auto", delay) == -9
        assert {p: _digest(p) for p in older} == older_digests
        assert _check(paths.db_file, full=False) == "ok"
        for backup in list_backups(paths.backups_dir):
            if backup.path not in older_digests:
                assert _check(backup.path) == "ok", backup.name  # final name ⇒ complete
                backup.path.unlink()
        leftovers = [p for p in paths.backups_dir.iterdir() if ".partial" in p.name]
        landed_mid_copy += bool(leftovers)
        for path in leftovers:  # age them, as if found at the next start
            os.utime(path, (0, 0))
        remove_stale_partials(paths.backups_dir)
        assert sorted(paths.backups_dir.iterdir()) == sorted(older)
    assert forker.close() == 0
    assert _check(paths.db_file) == "ok"
    print(f"{landed_mid_copy} of {KILLS} kills left a partial copy behind")
    assert landed_mid_copy >= KILLS // 4  # the kills really hit backups in progress

