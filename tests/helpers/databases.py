"""Helpers that make real database situations: fresh folders, a log left by a crash, copies
with another identity, and services on a plain (readable) database for byte-level checks."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from app.bootstrap import AppContext, build_context
from app.db.change_marker import track_changes
from app.db.engine import Driver, make_engine
from app.db.migrate import open_database
from app.paths import AppPaths
from app.secrets.environment import EnvironmentPrompter
from app.secrets.memory import MemorySecretStore
from app.services.backups import BackupService
from app.services.demo import DemoSeeder
from app.services.privacy import PrivacyService
from app.services.sessions import SessionFactory, session_factory
from app.services.trash import TrashService
from tests.helpers.prompter import FAST_KDF


def fresh_folder(folder: Path, members: int = 0, driver: Driver | None = None) -> AppPaths:
    """A data folder whose database was created from scratch (its own database id), with
    ``driver`` (plain sqlite3 unless given, for tests that look at or damage raw bytes)."""
    paths = AppPaths(folder)
    paths.ensure()
    engine = open_database(paths, driver or Driver())
    track_changes(engine)
    if members:
        DemoSeeder(engine).seed(members, seed=11)
    engine.dispose()
    return paths


def reopen(ctx: AppContext) -> AppContext:
    """The same data folder opened again, as the next run of Steward would (same key store)."""
    return build_context(ctx.paths, secrets=ctx.secrets, prompter=EnvironmentPrompter({}, None),
                         kdf=FAST_KDF)


def fresh_context(folder: Path) -> AppContext:
    """A first run in an empty folder: a new key (in memory), a new encrypted database."""
    context = build_context(AppPaths(folder), secrets=MemorySecretStore(),
                            prompter=EnvironmentPrompter({}, None), kdf=FAST_KDF)
    context.keys.mark_recovery_key_saved()
    return context


@dataclass
class PlainServices:
    """The data-safety services on a plain database, whose file bytes a test can search."""

    paths: AppPaths
    engine: Engine
    sessions: SessionFactory
    demo: DemoSeeder
    backups: BackupService
    trash: TrashService
    privacy: PrivacyService

    def close(self) -> None:
        self.engine.dispose()


def plain_services(folder: Path, members: int = 0) -> PlainServices:
    paths = fresh_folder(folder, members)
    engine = open_database(paths, Driver())
    track_changes(engine)
    sessions = session_factory(engine)
    backups = BackupService(paths, Driver(), sessions)
    return PlainServices(paths, engine, sessions, DemoSeeder(engine), backups,
                         TrashService(sessions), PrivacyService(sessions, engine, backups))


def wal_after_a_crash(db: Path, driver: Driver | None = None, tag: str = "late",
                      steward: bool = True) -> bytes:
    """Commit a write and return the -wal bytes as a crash would leave them (not checkpointed).

    The engine keeps its connection open while the log is read, exactly the state on disk when
    the process dies right after a commit (synchronous=FULL has already made it durable).
    """
    engine = make_engine(db, driver)
    if steward:
        track_changes(engine)  # as in the app: every commit also rewrites the data marker
    conn = engine.connect()
    conn.connection.dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")
    with conn.begin():
        conn.execute(text("INSERT INTO tag (name, color) VALUES (:n, '#123456')"), {"n": tag})
    wal = db.with_name(db.name + "-wal").read_bytes()
    conn.close()
    engine.dispose()
    return wal


def copy_folder(source: AppPaths, target: Path) -> AppPaths:
    shutil.copytree(source.data_dir, target)
    return AppPaths(target)


def give_new_identity(db: Path, driver: Driver | None = None) -> None:
    """Make a copied database look like another one (as two data folders created apart do)."""
    engine = make_engine(db, driver)
    with engine.begin() as conn:
        conn.execute(text("UPDATE data_marker SET database_id = lower(hex(randomblob(16)))"))
    engine.dispose()


def wal_of_another_page_size(folder: Path, page_size: int) -> bytes:
    """A crash log from a small non-Steward database with another page size."""
    other = folder / f"other-{page_size}.db"
    with sqlite3.connect(other) as conn:
        conn.execute(f"PRAGMA page_size = {page_size}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT, color TEXT)")
    conn.close()
    return wal_after_a_crash(other, steward=False)


def count_members(db: Path, driver: Driver) -> int:
    engine = make_engine(db, driver)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM member")).scalar_one())
    finally:
        engine.dispose()
