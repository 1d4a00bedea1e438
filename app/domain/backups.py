"""Backups as the rest of the app sees them: files with a time and a reason, and the policy that
decides how many are kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from app.messages import msg


@dataclass(frozen=True)
class RetentionPolicy:
    """Keep the ``recent`` newest backups, then one a day, one a week and one a month.

    The same shape as Anki's (whose defaults are 12 daily, 10 weekly, 9 monthly): about a day of
    fine-grained history, then ever coarser history going back almost a year.
    """

    recent: int = 8
    daily: int = 12
    weekly: int = 10
    monthly: int = 9

    def problems(self) -> list[str]:
        found: list[str] = []
        if not 1 <= self.recent <= 1000:
            found.append(msg("recent must be between 1 and 1000 (the newest backup is always "
                             "kept)"))
        if not 0 <= self.daily <= 1000:
            found.append(msg("daily must be between 0 and 1000"))
        if not 0 <= self.weekly <= 1000:
            found.append(msg("weekly must be between 0 and 1000"))
        if not 0 <= self.monthly <= 1000:
            found.append(msg("monthly must be between 0 and 1000"))
        return found


@dataclass(frozen=True)
class BackupSettings:
    policy: RetentionPolicy = RetentionPolicy()
    interval_hours: int = 4  # how often the open window backs up (only if the data changed)

    def problems(self) -> list[str]:
        found = self.policy.problems()
        if not 1 <= self.interval_hours <= 168:
            found.append(msg("the interval must be between 1 and 168 hours"))
        return found


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # from the file name (aware UTC), not the file's modification time
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


class BackupOutcome(StrEnum):
    WRITTEN = "written"
    UNCHANGED = "unchanged"  # nothing changed since the newest backup: none was written


@dataclass(frozen=True)
class BackupResult:
    outcome: BackupOutcome
    file: BackupFile | None
    removed: tuple[str, ...] = ()  # names deleted by rotation
    seconds: float = 0.0


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the current state, backed up before it was replaced
    set_aside: tuple[Path, ...] = ()  # damaged files renamed, never deleted


class RecoveryAction(StrEnum):
    SET_ASIDE_LOG = "set_aside_log"  # a foreign -wal: move it away, keep the database
    RESTORE_BACKUP = "restore_backup"  # move the damaged file away, restore a backup
    NONE = "none"  # nothing verifiable to restore


@dataclass(frozen=True)
class RecoveryOffer:
    """What the startup check found and what Steward proposes to do about it."""

    database: Path
    problem: str
    action: RecoveryAction
    backup: BackupFile | None = None
    unusable_backups: int = 0  # backups that did not verify (or not with this key)
    missing: bool = False  # no database file at all (starting empty is then a fair choice)
