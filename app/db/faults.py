"""Storage faults a user can act on: a full disk, a read-only file or medium, a failing device,
a damaged file.

SQLite reports these as generic ``OperationalError``s that would otherwise surface as a "bug"
with a traceback. ``translate`` turns them into ``UserError``s that name the file and what to do;
the engine applies it to every statement (``make_engine``), and raw-connection code (backups)
calls it directly. What was committed before the fault stays intact: SQLite rolls the failed
transaction back, so the message can say so.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.errors import CorruptDatabaseError, UserError
from app.messages import msg

# SQLite primary result codes (extended codes keep these in their low byte).
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 8, 10, 11, 13, 26


class StorageError(UserError):
    """The disk or file refused a write (or a read); nothing half-written was kept."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(message)


class DiskFullError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            msg("The disk holding {path} is full, so the last change was not saved (everything "
                "saved before it is intact). Free some disk space, or move the data folder to a "
                "disk with room and open it with --data-dir, then try again.", path=path))


class ReadOnlyStorageError(StorageError):
    def __init__(self, path: Path, detail: str = "") -> None:
        if detail:
            text = msg("{path} can only be read ({detail}), so the change was not saved. Check "
                       "that the file and its folder are writable (not on a read-only disk or "
                       "share), or copy the data folder somewhere writable and open that with "
                       "--data-dir.", path=path, detail=detail)
        else:
            text = msg("{path} can only be read, so the change was not saved. Check that the "
                       "file and its folder are writable (not on a read-only disk or share), or "
                       "copy the data folder somewhere writable and open that with --data-dir.",
                       path=path)
        super().__init__(path, text)


class DeviceError(StorageError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path,
            msg("Reading or writing {path} failed ({detail}); the disk may be failing or was "
                "removed. Nothing was changed by the failed step. Copy the data folder to "
                "another disk, or restore the newest backup, and open it with --data-dir.",
                path=path, detail=detail))


def translate(exc: BaseException, path: Path) -> UserError | None:
    """The user-facing error for a storage fault, or ``None`` if ``exc`` is something else."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(path)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyStorageError(path, exc.strerror or "")
        if exc.errno == errno.EIO:
            return DeviceError(path, exc.strerror or "input/output error")
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(exc).lower()
    if primary == SQLITE_FULL or "database or disk is full" in message:
        return DiskFullError(path)
    if primary == SQLITE_READONLY or "readonly database" in message:
        return ReadOnlyStorageError(path)
    if primary == SQLITE_IOERR or "disk i/o error" in message:
        return DeviceError(path, str(exc))
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in message:
        return CorruptDatabaseError(path, str(exc))
    return None
