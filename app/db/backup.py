"""Consistent copies of the live database.

A raw file copy while a WAL is live can miss committed pages, so copies go through SQLite's online
backup API, are written under a temporary name, verified with ``integrity_check`` and only then
renamed into place: a crash leaves either the old set of backups or the new one, never a
half-written file under a final name.

The copy goes through the same ``Driver`` as the database, so a SQLCipher database gives SQLCipher
backups under the same key (SQLite's backup API copies encrypted pages between two connections
keyed alike; it cannot encrypt or decrypt on the way).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.atomic_files import move_into_place, partial_path
from app.db.engine import Driver, connect_raw
from app.db.faults import translate
from app.domain.progress import NullProgress, Progress, check_cancel
from app.errors import UserError
from app.messages import msg

PARTIAL_SUFFIX = ".partial"
# SQLite's own files beside a copy being written (its journal, or its log once the copied header
# says WAL): a crash can leave them next to the partial file.
SIDE_SUFFIXES = ("", "-journal", "-wal", "-shm")
STEP_PAGES = 2048  # 8 MB per step at 4 KB pages: progress a few times a second, little overhead


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"steward-{stamp}-{reason}.db"


def backup_database(source: Path, dest: Path, driver: Driver,
                    progress: Progress | None = None,
                    on_copied: Callable[[Any], None] | None = None) -> Path:
    """Copy ``source`` to ``dest`` atomically and return ``dest``.

    ``on_copied(conn)`` runs on the verified copy before it gets its final name (the backup
    service reads the copy's change marker there).
    """
    report = progress or NullProgress()
    if dest.exists() and not dest.is_file():
        raise UserError(msg("{dest} is not a regular file; choose a file name or a folder for "
                            "the backup.", dest=dest))
    # Owned by this process (atomic_files): a start sweeps those whose writer was killed, and
    # the name still ends in PARTIAL_SUFFIX for the catalogue's own clean-up by age.
    partial = partial_path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with closing(connect_raw(source, driver, read_only=True)) as src, closing(
            _open_target(partial, driver)
        ) as dst:
            # One read transaction for the whole copy: writers carry on (WAL), and the copy is of
            # one snapshot instead of restarting each time another connection commits.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()

            def step(_status: int, remaining: int, total: int) -> None:
                check_cancel(report)
                report.report(total - remaining, total, "")

            src.backup(dst, pages=STEP_PAGES, progress=step)
            src.execute("COMMIT")
            problem = verify_connection(dst)
            if problem:
                raise UserError(msg("The backup {dest} did not verify ({problem}); it was "
                                    "discarded.", dest=dest, problem=problem))
            # a backup is one self-contained file: no log beside it once it has its final name
            dst.execute("PRAGMA journal_mode = DELETE")
            if on_copied is not None:
                on_copied(dst)
        move_into_place(partial, dest)
    except (OSError, driver.module.OperationalError) as exc:
        _discard(partial)
        if not isinstance(exc, OSError) and translate(exc, dest) is None:
            raise  # not a storage fault: a bug, reported as one
        raise UserError(msg(
            "Could not write the backup {dest}: {why}. Free some disk space or choose another "
            "folder; the database itself is unchanged.",
            dest=dest, why=getattr(exc, "strerror", None) or str(exc))) from exc
    except BaseException:
        _discard(partial)
        raise
    return dest


def verify_connection(conn: Any) -> str:
    """Empty if the database on ``conn`` is whole, else what is wrong (first few problems).

    SQLCipher adds a check of every page's HMAC, which ``integrity_check`` cannot see.
    """
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    result = "; ".join(str(r[0]) for r in rows[:5])
    if result != "ok":
        return result
    if conn.execute("PRAGMA cipher_version").fetchall():
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            return "; ".join(str(r[0]) for r in bad[:5])
    return ""


def _discard(partial: Path) -> None:
    for path in (partial.with_name(partial.name + suffix) for suffix in SIDE_SUFFIXES):
        # when the folder itself is the problem there is nothing to clean up
        with suppress(OSError):
            path.unlink(missing_ok=True)


def _open_target(path: Path, driver: Driver) -> Any:
    _discard(path)
    conn = driver.module.connect(str(path), check_same_thread=False)
    conn.isolation_level = None
    driver.prepare(conn)
    return conn
