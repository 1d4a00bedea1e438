"""The write paths the crash tests kill. Adding one is one function returning a ``WritePath``,
listed in ``PATHS`` at the end (tests/integration/test_crash.py runs them all)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from app.bench.env import copy_database
from app.bench.keys import folder_driver, open_folder
from app.bench.member_import import make_member_csv
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
IMPORT_ROWS = 2_000
BACKUP_MEMBERS = 1_000


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


def member_import() -> WritePath:
    """``import members FILE``: all or nothing. An import acknowledges only by exiting 0, so
    after a kill the folder holds none of the file or all of it, never part."""
    source: list[Path] = []

    def args(folder: Path) -> list[str]:
        if not source:
            source.append(make_member_csv(folder.parent / "members.csv", IMPORT_ROWS))
        return ["import", "members", str(source[0])]

    def counts(folder: Path, driver: Driver) -> tuple[int, int, int]:
        db = AppPaths(folder).db_file
        return (count_rows(db, "member", driver), count_rows(db, "handle", driver),
                count_rows(db, "note", driver))

    def verify(folder: Path, outcome: Outcome, before: tuple[int, int, int],
               driver: Driver) -> None:
        after = counts(folder, driver)
        whole = (IMPORT_ROWS, IMPORT_ROWS + IMPORT_ROWS // 2 + (IMPORT_ROWS + 3) // 4,
                 IMPORT_ROWS - (IMPORT_ROWS + 4) // 5)  # members, handles, notes in the file
        assert after in (before, whole), (
            f"a half-applied import: {after} members/handles/notes, before {before}, "
            f"the whole file {whole}")
        if outcome.exit_code == 0:
            assert after == whole and f"{IMPORT_ROWS:,} added" in outcome.stdout

    return WritePath(
        name="import",
        args=args, prepare=Template(new_folder).prepare,
        snapshot=counts, verify=verify, window_s=0.45, fresh_every=1,
    )


def backup() -> WritePath:
    """``backup``: older backups stay byte for byte, and a file under a backup's final name is
    always a whole, verified copy."""

    def build(folder: Path) -> None:
        ctx = open_folder(folder)
        try:
            ctx.demo.seed(BACKUP_MEMBERS, seed=5)
            ctx.backups.backup_now("manual")
            ctx.backups.backup_now("auto")
        finally:
            ctx.close()

    def finished(folder: Path) -> dict[Path, str]:
        return {p: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(AppPaths(folder).backups_dir.glob("*.db"))}

    def snapshot(folder: Path, _driver: Driver) -> dict[Path, str]:
        return finished(folder)

    def verify(folder: Path, outcome: Outcome, before: dict[Path, str], driver: Driver) -> None:
        now = finished(folder)
        changed = [p.name for p, digest in before.items() if now.get(p) != digest]
        assert changed == [], f"older backups changed or vanished: {changed}"
        new = [p for p in now if p not in before]
        for path in new:
            check_database_whole(path, driver)
            assert count_rows(path, "member", driver) == BACKUP_MEMBERS, f"{path.name} is partial"
        assert len(new) <= 1
        if outcome.exit_code == 0:
            assert len(new) == 1 and "Backed up to" in outcome.stdout

    return WritePath(
        name="backup",
        args=lambda _folder: ["backup"],
        prepare=Template(build).prepare, snapshot=snapshot, verify=verify, window_s=0.15,
        fresh_every=3,
    )


PATHS: tuple[Callable[[], WritePath], ...] = (demo_seeding, migration_backup, member_import,
                                              backup)
