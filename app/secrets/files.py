"""Small files written all-or-nothing: a crash leaves the old content or the new, never half."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` through a temporary sibling, fsync it, then rename it.

    The file is readable by its owner only (``mode``, on POSIX): even non-secret key material,
    such as a passphrase vault, should not invite an offline guessing attack by other users.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros, then delete it.

    Best effort only: SSDs remap blocks and copy-on-write file systems or snapshots keep old
    data, so this narrows the window in which plain data stays readable; it cannot promise more.
    Full-disk encryption is the real protection, and the docs say so.
    """
    if not path.exists():
        return
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                step = min(left, len(chunk))
                fh.write(chunk[:step])
                left -= step
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass  # a read-only or vanished file is still deleted below if possible
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
