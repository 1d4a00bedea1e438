"""Files that appear under their final name only when they are complete.

Every writer of a file the user relies on (backups, exports, attachments) writes to a *partial*
file next to the destination, makes it durable, and renames it into place; a crash, a full disk
or a kill leaves either the old file or the new one, never half of one under the final name.

A partial file carries the writer's process id (``name.<pid>.partial``). A process killed with
SIGKILL cannot clean up after itself, so the next start sweeps the data folder: a partial file
whose process is gone is an orphan and is removed; one whose process still runs (a backup in
another Steward window) is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from app.secrets.files import sync_folder

PARTIAL = ".partial"
_OWNER = re.compile(r"\.(\d+)\.partial(?:-journal|-wal|-shm)?$")


def partial_path(dest: Path) -> Path:
    return dest.with_name(f"{dest.name}.{os.getpid()}{PARTIAL}")


def fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def move_into_place(partial: Path, dest: Path) -> None:
    """Make ``partial`` durable, rename it to ``dest``, and make the rename durable."""
    fsync_file(partial)
    os.replace(partial, dest)
    sync_folder(dest.parent)


def is_partial(path: Path) -> bool:
    return PARTIAL in path.name


def sweep_stale_partials(root: Path) -> list[Path]:
    """Remove process-owned partial files under ``root`` whose writer is no longer running;
    return them. Partial files named otherwise belong to writers with their own clean-up (the
    backup catalogue's by age, the re-encryption's ``finish_interrupted``) and are left alone."""
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    for path in root.rglob(f"*{PARTIAL}*"):
        if not path.is_file():
            continue
        match = _OWNER.search(path.name)
        if match is None:
            continue  # not ours to judge: its writer (a re-key, an export) cleans up its own
        owner = int(match.group(1))
        if owner == os.getpid() or _running(owner):
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if os.name == "nt":
        return _running_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge, so keep its file
    return True


def _running_windows(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    import ctypes

    synchronize, wait_timeout = 0x00100000, 0x00000102
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if not handle:
        return False
    try:
        return bool(kernel32.WaitForSingleObject(handle, 0) == wait_timeout)
    finally:
        kernel32.CloseHandle(handle)
