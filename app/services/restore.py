"""Restoring a backup, and recovering from a damaged database at startup.

This works below the engine, on files: the caller must have closed every connection to the live
database first (the window disposes its engine; the CLI never opens one). The steps keep a crash
at any point harmless:

1. the chosen backup is verified (it opens with the current key, it is whole, its schema is one
   this Steward knows);
2. the current state is backed up (or, if it is damaged, renamed aside with its ``-wal`` and
   ``-shm``; nothing is ever deleted);
3. the backup is copied next to the live file under a temporary name and verified again;
4. the live database's log is checkpointed and closed, and the copy is renamed over the live
   file in one atomic step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.db.backup import backup_database, backup_name, verify_connection
from app.db.backup_catalog import list_backups
from app.db.engine import Driver, connect_raw
from app.db.file_checks import shm_path, wal_path
from app.db.migrate import inspect_database, known_revisions, read_revision
from app.domain.backups import BackupFile, RecoveryAction, RecoveryOffer, RestoreResult
from app.domain.progress import Progress
from app.errors import DatabaseError, ForeignWalError, UserError
from app.messages import msg
from app.paths import AppPaths
from app.secrets.files import sync_folder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    revision: str | None
    problem: str = ""


class RestoreService:
    def __init__(self, paths: AppPaths, driver: Driver,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._paths = paths
        self._driver = driver
        self._clock = clock

    @property
    def driver(self) -> Driver:
        return self._driver

    # -- checking ----------------------------------------------------------------------------
    def check_backup(self, path: Path) -> BackupCheck:
        """Can ``path`` be restored: does it open with this key, is it whole and ours?"""
        if not path.is_file():
            return BackupCheck(False, None, msg("the file does not exist"))
        if path.stat().st_size == 0:
            return BackupCheck(False, None, msg("the file is empty"))
        try:
            with closing(connect_raw(path, self._driver, read_only=True)) as conn:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                problem = verify_connection(conn)
                revision = read_revision(conn) if not problem else None
        except self._driver.module.DatabaseError as exc:
            text = str(exc).lower()
            if "not a database" in text or "encrypted" in text:
                return BackupCheck(False, None, msg("it is not a Steward database, or it was "
                                                    "made with another key"))
            return BackupCheck(False, None, msg("it is damaged ({detail})", detail=str(exc)))
        if problem:
            return BackupCheck(False, None, msg("it is damaged ({detail})", detail=problem))
        if revision is None:
            return BackupCheck(False, None,
                               msg("it is not a Steward database (no schema version)"))
        if revision not in known_revisions():
            return BackupCheck(False, revision, msg("it was written by a newer Steward (schema "
                                                    "{revision})", revision=revision))
        return BackupCheck(True, revision)

    def newest_restorable(self) -> tuple[BackupFile | None, int]:
        """The newest backup in the folder that verifies, and how many newer ones did not."""
        failed = 0
        for backup in list_backups(self._paths.backups_dir):
            if self.check_backup(backup.path).ok:
                return backup, failed
            failed += 1
        return None, failed

    # -- restoring ---------------------------------------------------------------------------
    def restore(self, source: Path, progress: Progress | None = None) -> RestoreResult:
        """Replace the live database with ``source`` (the live one is backed up first)."""
        source = source.resolve()
        db = self._paths.db_file
        if source == db.resolve():
            raise UserError(msg("{path} is the live database itself; choose a backup file.",
                                path=source))
        check = self.check_backup(source)
        if not check.ok:
            raise UserError(msg("Cannot restore {path}: {problem}. The current database was "
                                "not changed.", path=source, problem=check.problem))
        safety: Path | None = None
        aside: tuple[Path, ...] = ()
        if db.exists():
            try:
                inspect_database(db, self._driver)
            except DatabaseError:
                aside = self.set_aside(db)
            else:
                safety = backup_database(
                    db, self._paths.backups_dir / backup_name("pre-restore", self._clock()),
                    self._driver, progress)
        self._swap_in(source, progress)
        log.info("Restored a backup (schema %s)%s", check.revision,
                 "; the damaged database was set aside" if aside else "")
        return RestoreResult(restored_from=source, safety_backup=safety, set_aside=aside)

    def set_aside(self, db: Path) -> tuple[Path, ...]:
        """Rename a damaged database and its ``-wal``/``-shm`` out of the way (never delete)."""
        stamp = self._clock().strftime("%Y%m%dT%H%M%SZ")
        base = db.with_name(f"{db.stem}.damaged-{stamp}{db.suffix}")
        moved = []
        pairs = ((db, base), (wal_path(db), wal_path(base)), (shm_path(db), shm_path(base)))
        for old, new in pairs:
            if old.exists():
                old.replace(new)
                moved.append(new)
        sync_folder(db.parent)
        log.info("Set a damaged database aside (%d files)", len(moved))
        return tuple(moved)

    def set_aside_log(self, db: Path) -> tuple[Path, ...]:
        """Rename a foreign ``-wal`` (and its ``-shm``) away, keeping the database itself."""
        stamp = self._clock().strftime("%Y%m%dT%H%M%SZ")
        moved = []
        for old in (wal_path(db), shm_path(db)):
            if old.exists():
                new = old.with_name(f"{old.name}.foreign-{stamp}")
                old.replace(new)
                moved.append(new)
        sync_folder(db.parent)
        return tuple(moved)

    def _swap_in(self, source: Path, progress: Progress | None) -> None:
        db = self._paths.db_file
        incoming = db.with_name(db.name + ".restoring")
        backup_database(source, incoming, self._driver, progress)
        try:
            if db.exists():
                self._close_log(db)
            incoming.replace(db)
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
        sync_folder(db.parent)

    def _close_log(self, db: Path) -> None:
        """Fold the live log into the file and make sure nobody else has the database open.

        The log must be gone before the rename: SQLite would otherwise replay the old
        database's log onto the restored file.
        """
        with closing(connect_raw(db, self._driver)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if wal_path(db).exists() or shm_path(db).exists():
            raise UserError(msg(
                "{path} is still open in another Steward window or process; close it and try "
                "again. Nothing was changed, and the current state was backed up.", path=db))

    # -- recovery at startup -------------------------------------------------------------------
    def plan_recovery(self, error: DatabaseError) -> RecoveryOffer:
        db = self._paths.db_file
        if isinstance(error, ForeignWalError):
            return RecoveryOffer(db, error.reason, RecoveryAction.SET_ASIDE_LOG)
        backup, failed = self.newest_restorable()
        if backup is None:
            return RecoveryOffer(db, error.reason, RecoveryAction.NONE, None, failed)
        return RecoveryOffer(db, error.reason, RecoveryAction.RESTORE_BACKUP, backup, failed)

    def plan_missing(self) -> RecoveryOffer | None:
        """Backups exist but the database file does not (deleted, or moved by a sync tool)."""
        db = self._paths.db_file
        if db.exists() or not list_backups(self._paths.backups_dir):
            return None
        backup, failed = self.newest_restorable()
        action = RecoveryAction.RESTORE_BACKUP if backup else RecoveryAction.NONE
        return RecoveryOffer(db, msg("the database file is missing"), action, backup, failed,
                             missing=True)

    def recover(self, offer: RecoveryOffer, progress: Progress | None = None) -> RestoreResult:
        db = self._paths.db_file
        if offer.action == RecoveryAction.SET_ASIDE_LOG:
            moved = self.set_aside_log(db)
            inspect_database(db, self._driver, full=True)  # the file alone must now be whole
            return RestoreResult(restored_from=db, safety_backup=None, set_aside=moved)
        if offer.action != RecoveryAction.RESTORE_BACKUP or offer.backup is None:
            raise UserError(msg("No backup of {path} could be verified with this database's "
                                "key; nothing was changed.", path=db))
        check = self.check_backup(offer.backup.path)
        if not check.ok:
            raise UserError(msg("Cannot restore {path}: {problem}. Nothing was changed.",
                                path=offer.backup.path, problem=check.problem))
        aside = self.set_aside(db) if db.exists() else ()
        self._swap_in(offer.backup.path, progress)
        log.info("Recovered the database from a backup (schema %s)", check.revision)
        return RestoreResult(restored_from=offer.backup.path, safety_backup=None, set_aside=aside)
