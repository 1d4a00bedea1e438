"""Storage faults on demand: a full disk, a folder nobody can write, a read-only database.

Reusable by every writer's tests (imports, exports, backups, attachments):

- ``small_disk(where, size)``: a real tmpfs of ``size`` mounted at ``where`` (root, which the CI
  runs as); writes fail with ENOSPC / SQLITE_FULL exactly as on a full laptop disk.
- ``page_limited(max_pages, base)``: the portable stand-in, a Driver whose connections stop
  growing at ``max_pages`` pages (SQLite's ``max_page_count``), for machines where mounting is not
  allowed; ``build_context(..., wrap_driver=lambda d: page_limited(n, d))`` puts it under the app.
- ``unwritable(folder)``: the folder (and everything in it) cannot be written: a read-only bind
  mount as root (root ignores permissions), read-only permissions otherwise.
- ``FULL_DEVICE``: ``/dev/full``, for writers that stream to a path or to stdout. A writer that
  writes a partial file beside its destination must not be pointed at it (the partial would be
  created in /dev); use ``small_disk`` for those.
- ``snapshot(folder)`` / ``partial_files``: prove that nothing changed and nothing half-written
  exists under a final name.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.atomic_files import is_partial
from app.db.engine import Driver

FULL_DEVICE = Path("/dev/full")
IN_CI = os.environ.get("CI", "").lower() == "true"


def _unavailable(reason: str) -> None:
    if IN_CI:  # CI must exercise the real fault, not skip it
        pytest.fail(f"needed for this fault test in CI: {reason}")
    pytest.skip(reason)


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


def _umount(where: Path) -> None:
    # Lazy: a log file the code under test still holds open must not keep the mount busy.
    subprocess.run(["umount", "--lazy", str(where)], capture_output=True, text=True, check=True)


@contextmanager
def small_disk(where: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of ``size`` at ``where``; skipped (failed in CI) where mounting is not allowed."""
    if os.name != "posix" or os.geteuid() != 0:
        _unavailable("mounting a small tmpfs needs root")
    where.mkdir(parents=True, exist_ok=True)
    done = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where))
    if done.returncode != 0:
        _unavailable(f"mount -t tmpfs failed: {done.stderr.strip()}")
    try:
        yield where
    finally:
        _umount(where)


def page_limited(max_pages: int, base: Driver | None = None) -> Driver:
    """``base`` (plain sqlite3 by default; the app's keyed SQLCipher driver through
    ``build_context(wrap_driver=…)``) whose databases cannot grow past ``max_pages`` pages:
    SQLITE_FULL without root."""
    chosen = base or Driver()

    def limit(conn: Any) -> None:
        chosen.prepare(conn)
        conn.execute(f"PRAGMA max_page_count = {int(max_pages)}")

    return Driver(module=chosen.module, prepare=limit,
                  name=f"{chosen.name} (at most {max_pages} pages)")


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the disk holding ``folder`` until at most ``leave_bytes`` are free."""
    filler = folder / "filler.bin"
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(filler, "wb") as fh:
        try:
            fh.write(b"\0" * max(0, free - leave_bytes))
            fh.flush()
        except OSError:
            pass
    return filler


@contextmanager
def unwritable(folder: Path) -> Iterator[Path]:
    """``folder`` and its contents cannot be written inside the block."""
    if os.name == "posix" and os.geteuid() == 0:
        bound = _mount("--bind", str(folder), str(folder))
        if bound.returncode != 0:
            _unavailable(f"mount --bind failed: {bound.stderr.strip()}")
        remounted = _mount("-o", "remount,bind,ro", str(folder))
        if remounted.returncode != 0:
            _umount(folder)
            _unavailable(f"read-only remount failed: {remounted.stderr.strip()}")
        try:
            yield folder
        finally:
            _umount(folder)
        return
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield folder
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a digest of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def partial_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and is_partial(p))
