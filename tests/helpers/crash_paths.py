"""The write paths the crash tests kill. Adding one is one function returning a ``WritePath``,
listed in ``PATHS`` at the end (tests/integration/test_crash.py runs them all)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from app.bench.env import copy_database
from app.bench.keys import folder_driver
from app.db.engine import Driver
from app.paths import AppPaths
from tests.helpers.crash import (
    Outcome,
    WritePath,
    check_database_whole,
    check_schema_all_or_nothing,
    connect,
    count_rows,
    new_folder,
    table_exists,
)

DEMO_MEMBERS = 1500
DEMO_CHUNK = 100
KEEPSAKE_ROWS = 8_000


class Template:
    """A folder built once per test by ``build`` and copied for every fresh folder after
    (database, key settings and backups), so a path can start each child afresh cheaply."""

    def __init__(self, build: Callable[[Path], None]) -> None:
        self._build = build
        self._built: Path | None = None

    def prepare(self, folder: Path) -> None:
        if self._built is None:
            self._built = folder.parent / f"template-{folder.name}"
            self._build(self._built)
        copy_database(self._built, folder)
        backups = AppPaths(self._built).backups_dir
        if backups.is_dir():
            shutil.copytree(backups, AppPaths(folder).backups_dir)


def demo_seeding() -> WritePath:
    """``demo``: chunked inserts, each chunk acknowledged after its commit."""

    def snapshot(folder: Path, driver: Driver) -> int:
        return count_rows(AppPaths(folder).db_file, "member", driver)

    def verify(folder: Path, outcome: Outcome, before: int, driver: Driver) -> None:
        with closing(connect(AppPaths(folder).db_file, driver)) as conn:
            check_schema_all_or_nothing(conn)
            added = int(conn.execute("SELECT count(*) FROM member").fetchone()[0]) - before
            assert added >= outcome.acknowledged, (
                f"{outcome.acknowledged} members acknowledged, only {added} in the database")
            assert added % DEMO_CHUNK == 0 or added == DEMO_MEMBERS, (
                f"{added} members added: not whole chunks of {DEMO_CHUNK}")
            without_handle = conn.execute(
                "SELECT count(*) FROM member m WHERE NOT EXISTS "
                "(SELECT 1 FROM handle h WHERE h.member_id = m.id)").fetchone()[0]
            assert without_handle == 0, f"{without_handle} members from a half-applied chunk"
            unindexed = conn.execute(
                "SELECT count(*) FROM member m WHERE m.id NOT IN "
                "(SELECT rowid FROM member_fts)").fetchone()[0]
            assert unindexed == 0, f"{unindexed} members missing from the search index"
        if outcome.exit_code == 0:
            assert added == DEMO_MEMBERS
            assert "Created" in outcome.stdout

    return WritePath(
        name="demo",
        args=lambda _folder: ["demo", "--members", str(DEMO_MEMBERS), "--chunk",
                              str(DEMO_CHUNK), "--notes-per-member", "2"],
        prepare=Template(new_folder).prepare, snapshot=snapshot, verify=verify, window_s=0.3,
        fresh_every=10,
    )


def migration_backup() -> WritePath:
    """Opening an unversioned (encrypted) database: a verified backup first, then the
    migration, in one transaction."""

    def legacy(folder: Path) -> None:
        new_folder(folder)
        db = AppPaths(folder).db_file
        driver = folder_driver(folder)
        db.unlink()
        with closing(connect(db, driver)) as conn:
            conn.execute("BEGIN")
            conn.execute("CREATE TABLE keepsake (id INTEGER PRIMARY KEY, v TEXT)")
            conn.executemany("INSERT INTO keepsake (v) VALUES (?)",
                             ((f"row {i} " + "x" * 200,) for i in range(KEEPSAKE_ROWS)))
            conn.execute("COMMIT")

    def verify(folder: Path, outcome: Outcome, _before: None, driver: Driver) -> None:
        paths = AppPaths(folder)
        with closing(connect(paths.db_file, driver)) as conn:
            assert int(conn.execute("SELECT count(*) FROM keepsake").fetchone()[0]) == \
                KEEPSAKE_ROWS, "the user's rows changed"
            revision = check_schema_all_or_nothing(conn)
        backups = sorted(paths.backups_dir.glob("*.db"))
        for backup in backups:  # anything under a final name is a whole, verified copy
            check_database_whole(backup, driver)
            with closing(connect(backup, driver)) as conn:
                assert table_exists(conn, "keepsake")
                assert int(conn.execute("SELECT count(*) FROM keepsake").fetchone()[0]) == \
                    KEEPSAKE_ROWS, f"{backup.name} is not a whole copy"
        if revision is not None:
            assert backups, "migrated without a backup"
        if outcome.exit_code == 0:
            assert revision is not None

    return WritePath(
        name="migration",
        args=lambda _folder: ["demo", "--members", "1"],
        prepare=Template(legacy).prepare, verify=verify, window_s=0.12, fresh_every=1,
    )


PATHS: tuple[Callable[[], WritePath], ...] = (demo_seeding, migration_backup)
