"""The backups folder: which files are backups, when they were taken, and stale leftovers.

A backup's time comes from its name (``steward-20261122T143000123456Z-auto.db``), written by
``backup_name``: it survives copying the folder elsewhere, where modification times do not.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from pathlib import Path

from app.db.backup import PARTIAL_SUFFIX, SIDE_SUFFIXES
from app.domain.backups import BackupFile

_NAME = re.compile(r"^steward-(\d{8}T\d{12})Z-([A-Za-z0-9_.-]+)\.db$")
STALE_PARTIAL_SECONDS = 15 * 60


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken, match.group(2)


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first; other files are ignored."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed meanwhile (another window rotating)
        found.append(BackupFile(path=path, taken_at=parsed[0], reason=parsed[1], size=size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Delete copies left half-written by a crash, once nobody can still be writing them.

    A copy being written is touched every step, so one untouched for a quarter of an hour was
    abandoned; a younger one may belong to a backup running in another Steward process.
    """
    if not folder.is_dir():
        return []
    moment = time.time() if now is None else now
    removed = []
    for path in folder.iterdir():
        if not any(path.name.endswith(PARTIAL_SUFFIX + suffix) for suffix in SIDE_SUFFIXES):
            continue
        try:
            if moment - path.stat().st_mtime >= STALE_PARTIAL_SECONDS:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed
