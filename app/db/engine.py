"""The SQLAlchemy engine and the pragmas every connection needs.

The DB-API module is injected through ``Driver`` so that SQLCipher (or anything else speaking
DB-API 2 with SQLite's SQL) can replace the standard ``sqlite3`` module without touching
repositories, services or migrations: only the composition root chooses the driver.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import NullPool, QueuePool

from app.db.faults import translate
from app.db.fts import register_functions

BUSY_TIMEOUT_MS = 5000


def _no_key(connection: Any) -> None:
    return None


@dataclass(frozen=True)
class Driver:
    """A DB-API module plus what must run first on each new connection (for example a key)."""

    module: ModuleType = sqlite3
    prepare: Callable[[Any], None] = field(default=_no_key)
    name: str = "sqlite3"


def connect_raw(path: Path, driver: Driver, *, read_only: bool = False,
                foreign_keys: bool = True) -> Any:
    """One DB-API connection with Steward's pragmas, for code below the ORM (checks, backups)."""
    if read_only:
        conn = _connect_read_only(path, driver)
    else:
        conn = driver.module.connect(str(path), check_same_thread=False)
        # Autocommit at the DB-API level: SQLAlchemy (or the caller) issues BEGIN itself, which
        # is what lets a pragma like journal_mode run outside a transaction.
        conn.isolation_level = None
    try:
        if not read_only:  # _connect_read_only has keyed its connection already
            driver.prepare(conn)
        apply_pragmas(conn, read_only=read_only, foreign_keys=foreign_keys)
        # The search triggers call this function on every write to the member tables.
        register_functions(conn)
    except BaseException:
        # On a damaged file the first pragma already fails. A connection left for the garbage
        # collector keeps the log's shared memory mapped (later opens in this process then see
        # stale state) and, if writable, would checkpoint whatever log is beside it when it is
        # finally closed.
        conn.close()
        raise
    return conn


def _connect_read_only(path: Path, driver: Driver) -> Any:
    """``mode=ro``; in a folder nobody can write, also ``immutable=1``.

    A WAL database needs its ``-shm`` file even to be read. On a read-only disk or in a folder
    without write permission that file cannot be created and ``mode=ro`` alone fails with
    "unable to open database file"; since no one can write there either, the file cannot change
    under us and SQLite may read it as immutable.
    """
    uri = path.resolve().as_uri()
    for suffix in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = driver.module.connect(uri + suffix, uri=True, check_same_thread=False)
        conn.isolation_level = None
        try:
            driver.prepare(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except driver.module.OperationalError as exc:
            conn.close()
            if "unable to open" not in str(exc) or os.access(path.parent, os.W_OK):
                raise
            continue
        except BaseException:
            conn.close()  # see connect_raw: never leave a half-opened connection to the GC
            raise
        return conn
    raise driver.module.OperationalError(f"unable to open {path} read-only")


def apply_pragmas(conn: Any, *, read_only: bool = False, foreign_keys: bool = True) -> None:
    cur = conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    if not read_only:
        cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(path: Path, driver: Driver | None = None, *, foreign_keys: bool = True,
                pooled: bool = True, read_only: bool = False) -> Engine:
    """An engine whose every connection has been keyed and configured.

    ``foreign_keys=False`` exists for migrations only: Alembic's batch mode rebuilds a table by
    dropping it, and with foreign keys on, that drop would cascade-delete the child rows.
    """
    chosen = driver or Driver()

    def creator() -> Any:
        return connect_raw(path, chosen, foreign_keys=foreign_keys, read_only=read_only)

    pool_args: dict[str, Any] = (
        {"poolclass": QueuePool, "pool_size": 4, "max_overflow": 4}
        if pooled else {"poolclass": NullPool}
    )
    engine = create_engine("sqlite://", creator=creator, module=chosen.module, **pool_args)

    # pysqlite's own transaction handling is off (isolation_level=None above), so begin
    # explicitly; this is SQLAlchemy's documented recipe for correct SQLite transactions.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    # A full disk or a read-only file is the user's to fix, not a bug: say so, naming the file.
    @event.listens_for(engine, "handle_error")
    def _storage_fault(context: ExceptionContext) -> BaseException | None:
        return translate(context.original_exception, path)

    return engine
