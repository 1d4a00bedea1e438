"""Helpers that make real database situations: a log left by a crash, damaged copies."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text

from app.bootstrap import build_context
from app.db.change_marker import track_changes
from app.db.engine import Driver, make_engine
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore


def fresh_folder(folder: Path, members: int = 0, driver: Driver | None = None) -> AppPaths:
    """A data folder created from scratch (its own database id), optionally with demo members."""
    paths = AppPaths(folder)
    ctx = build_context(paths, secrets=MemorySecretStore(), driver=driver)
    if members:
        ctx.demo.seed(members, seed=11)
    ctx.close()
    return paths


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
