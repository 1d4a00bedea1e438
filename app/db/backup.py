"""Consistent copies of the live database.

A raw file copy while a WAL is live can miss committed pages, so copies go through SQLite's online
backup API, are written under a temporary name, verified with ``integrity_check`` and only then
renamed into place: a crash leaves either the old set of backups or the new one, never a
half-written file under a final name.
"""

from __future__ import annotations

from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from app.atomic_files import move_into_place, partial_path
from app.db.engine import Driver, connect_raw
from app.db.faults import translate
from app.errors import UserError


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"steward-{stamp}-{reason}.db"


def backup_database(source: Path, dest: Path, driver: Driver) -> Path:
    """Copy ``source`` to ``dest`` atomically and return ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(dest)
    try:
        # Read-only: taking a backup must not change the file it copies (not even its journal
        # mode), since a failed backup promises that the database is unchanged.
        with closing(connect_raw(source, driver, read_only=True)) as src, closing(
            _open_target(partial, driver)
        ) as dst:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise UserError(f"The backup {dest} did not verify ({result}); it was discarded.")
            dst.execute("PRAGMA journal_mode = DELETE")
        move_into_place(partial, dest)
    except (OSError, driver.module.OperationalError) as exc:
        partial.unlink(missing_ok=True)
        if not isinstance(exc, OSError) and translate(exc, dest) is None:
            raise  # not a storage fault: a bug, reported as one
        raise UserError(
            f"Could not write the backup {dest}: {getattr(exc, 'strerror', None) or exc}. Free "
            "some disk space or choose another folder; the database itself is unchanged."
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest


def _open_target(path: Path, driver: Driver) -> object:
    path.unlink(missing_ok=True)
    conn = driver.module.connect(str(path), check_same_thread=False)
    conn.isolation_level = None
    driver.prepare(conn)
    return conn
