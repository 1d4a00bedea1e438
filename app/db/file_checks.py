"""Checks on the database's files that SQLite itself does not make, run before it is opened.

SQLite applies whatever ``-wal`` file sits beside a database if its own checksums hold: a log left
over from another database (a copy restored next to a stale log, a file synced from elsewhere) is
replayed silently and replaces pages, and ``integrity_check`` then happily reports "ok" on what is
now the other database. The log carries no link to its database, so Steward detects what it
reasonably can:

- a log whose page size differs from the database's (plain files only: SQLCipher encrypts the
  database header);
- a log that changes Steward's ``data_marker.database_id`` (read once from the file alone, with
  ``immutable=1`` so the log is ignored, and once with the log applied).

A log from an older state of the same database cannot be told apart from a log left by a crash
(which must be applied); ``quick_check`` is what catches the damage such a mix causes.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from app.db.change_marker import read_marker
from app.db.engine import Driver
from app.errors import CorruptDatabaseError, ForeignWalError
from app.messages import msg

SQLITE_MAGIC = b"SQLite format 3\x00"
MIN_DATABASE_SIZE = 512  # the smallest page size: anything shorter is a truncated database
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER_SIZE = 32


def wal_path(db: Path) -> Path:
    return db.with_name(db.name + "-wal")


def shm_path(db: Path) -> Path:
    return db.with_name(db.name + "-shm")


def check_header(db: Path) -> None:
    """What SQLite accepts but should not be: a truncated stub (SQLite opens a file shorter than a
    page as a new, empty database) and header fields that break writing later."""
    if 0 < db.stat().st_size < MIN_DATABASE_SIZE:
        raise CorruptDatabaseError(db, msg("the file is only {size} bytes long",
                                           size=db.stat().st_size))
    with open(db, "rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC) or len(head) < 100:
        return  # encrypted, or not SQLite at all: opening it says so
    write_version, read_version = head[18], head[19]
    if write_version not in (1, 2) or read_version not in (1, 2):
        raise CorruptDatabaseError(db, msg("the file header's format version bytes are "
                                           "invalid"))


def check_wal(db: Path, driver: Driver) -> None:
    """Raise ``ForeignWalError`` if the database's ``-wal`` file evidently belongs elsewhere."""
    wal = wal_path(db)
    if not wal.exists() or wal.stat().st_size <= WAL_HEADER_SIZE:
        return  # no log, or an empty one: nothing would be replayed
    with open(wal, "rb") as fh:
        header = fh.read(WAL_HEADER_SIZE)
    magic, _version, wal_page_size = struct.unpack(">III", header[:12])
    if magic not in WAL_MAGICS:
        return  # SQLite ignores (and later resets) a log without a valid header
    db_page_size = _plain_page_size(db)
    if db_page_size is not None and db_page_size != wal_page_size:
        raise ForeignWalError(db, wal, msg("belongs to another database (page size {found} "
                                           "instead of {expected})", found=wal_page_size,
                                           expected=db_page_size))
    alone = _database_id(db, driver, immutable=True)
    if alone is _UNREADABLE or alone is None:
        return  # the file alone has no identity yet (or cannot be read): the usual checks decide
    with_log = _database_id(db, driver, immutable=False)
    if with_log is _UNREADABLE:
        return  # damaged or busy: quick_check and the lock handling report that, not this
    if with_log != alone:
        raise ForeignWalError(db, wal, msg("belongs to another database (it replaces the "
                                           "database's identity)"))


def whole_without_wal(db: Path, driver: Driver) -> bool:
    """True if there is a log with frames and the database file passes without it.

    Asked only once the database (log applied) has failed its check: a log that damages a file
    which is whole on its own does not belong to it (or is itself damaged). Setting it aside
    keeps the database as of its last checkpoint, which is newer than any backup.
    """
    wal = wal_path(db)
    if not wal.exists() or wal.stat().st_size <= WAL_HEADER_SIZE:
        return False
    verdict = _read(db, driver, True, lambda c: c.execute("PRAGMA quick_check").fetchone()[0])
    return verdict == "ok"


def _plain_page_size(db: Path) -> int | None:
    with open(db, "rb") as fh:
        head = fh.read(18)
    if not head.startswith(SQLITE_MAGIC) or len(head) < 18:
        return None
    (size,) = struct.unpack(">H", head[16:18])
    return 65536 if size == 1 else size


_UNREADABLE = object()


def _database_id(db: Path, driver: Driver, *, immutable: bool) -> object:
    """The stored database id, None if there is none, or ``_UNREADABLE``."""
    marker = _read(db, driver, immutable, read_marker)
    if marker is _UNREADABLE:
        return _UNREADABLE
    return marker[0] if marker else None  # type: ignore[index]


def _read(db: Path, driver: Driver, immutable: bool, query: Callable[[Any], Any]) -> Any:
    """``query(conn)`` on a read-only connection (``immutable``: the file alone, no log), or
    ``_UNREADABLE`` if the file cannot be read that way."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        conn: Any = driver.module.connect(f"file:{db}?{flags}", uri=True,
                                          check_same_thread=False)
    except driver.module.Error:
        return _UNREADABLE
    with closing(conn):
        try:
            driver.prepare(conn)
            return query(conn)
        except driver.module.Error:
            return _UNREADABLE
