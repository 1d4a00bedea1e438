"""The write paths the crash tests kill. Adding one is one function returning a ``WritePath``,
listed in tests/integration/test_crash.py PATHS."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from app.paths import AppPaths
from tests.helpers.crash import (
    Outcome,
    WritePath,
    check_database_whole,
    check_schema_all_or_nothing,
    count_rows,
    table_exists,
)

DEMO_MEMBERS = 1500
DEMO_CHUNK = 100
KEEPSAKE_ROWS = 8_000


def demo_seeding() -> WritePath:
    """``demo``: chunked inserts, each chunk acknowledged after its commit."""

    def snapshot(folder: Path) -> int:
        return count_rows(AppPaths(folder).db_file, "member")

    def verify(folder: Path, outcome: Outcome, before: int) -> None:
        db = AppPaths(folder).db_file
        if not db.exists():
            assert outcome.acknowledged == 0, "members acknowledged but no database"
            return
        with closing(sqlite3.connect(db)) as conn:
            revision = check_schema_all_or_nothing(conn)
            if revision is None:
                assert outcome.acknowledged == 0, "members acknowledged before the schema"
                return
            added = int(conn.execute("SELECT count(*) FROM member").fetchone()[0]) - before
            assert added >= outcome.acknowledged, (
                f"{outcome.acknowledged} members acknowledged, only {added} in the database")
            assert added % DEMO_CHUNK == 0 or added == DEMO_MEMBERS, (
                f"{added} members added: not whole chunks of {DEMO_CHUNK}")
            without_handle = conn.execute(
                "SELECT count(*) FROM member m WHERE NOT EXISTS "
                "(SELECT 1 FROM handle h WHERE h.member_id = m.id)").fetchone()[0]
            assert without_handle == 0, f"{without_handle} members from a half-applied chunk"
        if outcome.exit_code == 0:
            assert added == DEMO_MEMBERS
            assert "Created" in outcome.stdout

    return WritePath(
        name="demo",
        args=lambda _folder: ["demo", "--members", str(DEMO_MEMBERS), "--chunk",
                              str(DEMO_CHUNK), "--notes-per-member", "2"],
        snapshot=snapshot, verify=verify, window_s=0.25, fresh_every=10,
    )


def migration_backup() -> WritePath:
    """Opening an unversioned database: a verified backup first, then the migration."""

    built: list[Path] = []

    def prepare(folder: Path) -> None:
        paths = AppPaths(folder)
        paths.ensure()
        if built:  # one legacy file per test, copied for each child
            shutil.copyfile(built[0], paths.db_file)
            return
        with closing(sqlite3.connect(paths.db_file)) as conn, conn:
            conn.execute("CREATE TABLE keepsake (id INTEGER PRIMARY KEY, v TEXT)")
            conn.executemany("INSERT INTO keepsake (v) VALUES (?)",
                             ((f"row {i} " + "x" * 200,) for i in range(KEEPSAKE_ROWS)))
        built.append(folder.parent / "legacy.db")
        shutil.copyfile(paths.db_file, built[0])

    def verify(folder: Path, outcome: Outcome, _before: None) -> None:
        paths = AppPaths(folder)
        with closing(sqlite3.connect(paths.db_file)) as conn:
            assert int(conn.execute("SELECT count(*) FROM keepsake").fetchone()[0]) == \
                KEEPSAKE_ROWS, "the user's rows changed"
            revision = check_schema_all_or_nothing(conn)
        backups = sorted(paths.backups_dir.glob("*.db"))
        for backup in backups:  # anything under a final name is a whole, verified copy
            check_database_whole(backup)
            with closing(sqlite3.connect(backup)) as conn:
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
        prepare=prepare, verify=verify, window_s=0.15, fresh_every=1,
    )
