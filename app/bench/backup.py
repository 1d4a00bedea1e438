"""Backing up the populated database (``Back up now``, the ``backup`` command).

Steward's figure is ``BackupService.backup_now`` to a folder outside the data folder: SQLite's
online backup API in steps (progress, cancel) under one read transaction, then
``integrity_check`` and SQLCipher's page-HMAC check on the copy, fsync, and a rename to the final
name. The floor is the driver's own backup API in one call between two bare connections keyed
alike, nothing verified and nothing synced.
"""

from __future__ import annotations

import shutil
from contextlib import closing
from pathlib import Path

from app.bench.env import BenchEnv
from app.bench.figures import FloorMismatch, Reading, runs_at_most
from app.bench.timing import timed
from app.db.engine import Driver
from app.paths import AppPaths

FLOOR = "the driver's backup API in one call (SQLCipher to SQLCipher), no verification or fsync"


@runs_at_most(3)
def backup_database(env: BenchEnv) -> list[Reading]:
    folder = env.populated()
    out = env.folder("backup")
    with env.context(folder) as ctx:
        took, result = timed(lambda: ctx.backups.backup_now("manual", out=out))
    assert result.file is not None
    floor, copied = timed(lambda: _floor_backup(env.driver, AppPaths(folder).db_file,
                                                out / "floor.db"))
    if copied <= 0:
        raise FloorMismatch("the floor's copy is empty")
    mb = result.file.size / 1e6
    shutil.rmtree(out)
    return [
        Reading(f"backup.{env.members}_members", "ms", took, floor, FLOOR),
        Reading("backup.mb_per_s", "MB/s", mb / took * 1000, mb / floor * 1000, FLOOR,
                higher_is_better=True),
    ]


def _floor_backup(driver: Driver, source: Path, dest: Path) -> int:
    src = driver.module.connect(str(source), check_same_thread=False)
    dst = driver.module.connect(str(dest), check_same_thread=False)
    with closing(src), closing(dst):
        driver.prepare(src)
        driver.prepare(dst)
        src.backup(dst)
    return dest.stat().st_size
