"""Open a data folder's database: check it, back it up, bring it to the current schema.

Order matters and each step refuses rather than repairs: a file that is not a database, a damaged
one, or one from a newer Steward is reported and left exactly as it was. Only a healthy, older
database is migrated, and only after a verified backup of it exists.
"""

from __future__ import annotations

import logging
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.db.backup import backup_database, backup_name
from app.db.engine import Driver, connect_raw, make_engine
from app.db.file_checks import check_header, check_wal, wal_path, whole_without_wal
from app.errors import (
    CorruptDatabaseError,
    ForeignWalError,
    NewerSchemaError,
    NotADatabaseError,
    UserError,
)
from app.messages import msg
from app.paths import AppPaths

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no head"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class Inspection:
    """What a quick look at an existing file found, before anything is changed."""

    revision: str | None
    integrity: str


def inspect_database(path: Path, driver: Driver, *, full: bool = False) -> Inspection:
    """Read-only look at ``path``: raises the matching ``DatabaseError`` if it cannot be used."""
    if path.stat().st_size == 0:
        raise CorruptDatabaseError(path, msg("the file is empty"))
    check_header(path)
    check_wal(path, driver)
    try:
        with closing(connect_raw(path, driver, read_only=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            check = "integrity_check" if full else "quick_check"
            rows = conn.execute(f"PRAGMA {check}").fetchall()
            integrity = "; ".join(str(r[0]) for r in rows[:5])
            revision = read_revision(conn)
    except driver.module.DatabaseError as exc:
        if whole_without_wal(path, driver):
            raise ForeignWalError(path, wal_path(path), msg(
                "does not fit it (with the log the database is damaged: {error})",
                error=str(exc))) from exc
        message = str(exc).lower()
        if "not a database" in message or "file is encrypted" in message:
            raise NotADatabaseError(path) from exc
        raise CorruptDatabaseError(path, str(exc)) from exc
    if integrity != "ok":
        if whole_without_wal(path, driver):
            raise ForeignWalError(path, wal_path(path), msg(
                "does not fit it (with the log the database is damaged, without it whole)"))
        raise CorruptDatabaseError(path, integrity)
    return Inspection(revision=revision, integrity=integrity)


def read_revision(conn: Any) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def open_database(paths: AppPaths, driver: Driver, *, read_only: bool = False) -> Engine:
    """Return an engine on an up-to-date database, migrating (after a backup) if needed.

    ``read_only`` opens without changing anything (no backup, no migration, no WAL files where
    none can be created): for a folder on a read-only disk, a full disk, or a look at a copy.
    """
    db = paths.db_file
    if read_only:
        return _open_read_only(db, driver)
    if db.exists() and not _is_blank(db):
        found = inspect_database(db, driver).revision
        if found is not None and found not in known_revisions():
            raise NewerSchemaError(db, found)
        if found != head_revision():
            taken = backup_database(
                db, paths.backups_dir / backup_name(f"pre-migration-{found or 'empty'}"), driver
            )
            log.info("Backed up the database before migrating, to %s", taken.name)
    upgrade_to_head(db, driver)
    return make_engine(db, driver)


def _open_read_only(db: Path, driver: Driver) -> Engine:
    if not db.is_file() or _is_blank(db):
        raise UserError(msg("{path} does not exist (or is empty), so there is nothing to open "
                            "read-only. Check the --data-dir folder.", path=db))
    found = inspect_database(db, driver).revision
    if found is not None and found not in known_revisions():
        raise NewerSchemaError(db, found)
    if found != head_revision():
        if not found:
            raise UserError(msg(
                "{path} uses an older layout (schema none) that must be upgraded to {head} "
                "before this Steward can show it, and upgrading needs write access. Open it once "
                "from a writable folder (copy the data folder there and use --data-dir).",
                path=db, head=head_revision()))
        raise UserError(msg(
            "{path} uses an older layout (schema {found}) that must be upgraded to {head} "
            "before this Steward can show it, and upgrading needs write access. Open it once "
            "from a writable folder (copy the data folder there and use --data-dir).",
            path=db, found=found, head=head_revision()))
    return make_engine(db, driver, read_only=True)


def _is_blank(db: Path) -> bool:
    """A zero-byte file with no write-ahead log holds nothing: SQLite creates the file on
    connect and writes the first page only with the first transaction, so a first start that
    was killed in between leaves one. Treated as a new database rather than refused as damaged,
    or that folder could never be opened again."""
    wal = wal_path(db)
    blank = db.stat().st_size == 0 and (not wal.exists() or wal.stat().st_size == 0)
    if blank:
        log.info("The database file is empty (an interrupted first start); creating the schema")
    return blank


def upgrade_to_head(db: Path, driver: Driver) -> None:
    engine = make_engine(db, driver, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current == head_revision():
                return
            conn.rollback()
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                conn.rollback()
                raise CorruptDatabaseError(db, msg("foreign keys broken by migration: "
                                                   "{problems}", problems=str(problems[:3])))
            conn.commit()
            log.info("Database schema moved from %s to %s", current, head_revision())
    finally:
        engine.dispose()
