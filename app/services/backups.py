"""Automatic and manual backups of the live database, and their rotation.

The window backs up at start and every few hours, but only when the data changed since the newest
backup (``app.db.change_marker``); migrations and restores back up first regardless. Every copy
goes through ``app.db.backup`` (online backup API, temporary name, integrity check, rename), and
after each one the folder is thinned by ``app.services.rotation``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from app.db.backup import backup_database, backup_name
from app.db.backup_catalog import list_backups, parse_backup_name, remove_stale_partials
from app.db.change_marker import read_marker
from app.db.engine import Driver, connect_raw
from app.db.repositories.settings import get_setting, set_setting
from app.domain.backups import (
    BackupFile,
    BackupOutcome,
    BackupResult,
    BackupSettings,
    RetentionPolicy,
)
from app.domain.progress import Progress
from app.errors import UserError
from app.messages import msg
from app.paths import AppPaths
from app.services.rotation import backups_to_delete
from app.services.sessions import SessionFactory

log = logging.getLogger(__name__)

SETTINGS_KEY = "backups"


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


class BackupService:
    def __init__(self, paths: AppPaths, driver: Driver, sessions: SessionFactory,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 zone: Callable[[], tzinfo] = local_zone) -> None:
        self._paths = paths
        self._driver = driver
        self._sessions = sessions
        self._clock = clock
        self._zone = zone
        # One backup or rotation at a time in this process (the timer and "Back up now" may meet).
        self._lock = threading.Lock()
        self._newest_token: tuple[str, str] | None = None  # (backup name, its change token)

    # -- settings --------------------------------------------------------------------------
    def settings(self) -> BackupSettings:
        with self._sessions() as session:
            stored = get_setting(session, SETTINGS_KEY)
        return _settings_from(stored)

    def save_settings(self, settings: BackupSettings) -> BackupSettings:
        problems = settings.problems()
        if problems:
            raise UserError(msg("Backup settings not saved: {problems}.",
                                problems=_listed(problems)))
        policy = settings.policy
        with self._sessions() as session:
            set_setting(session, SETTINGS_KEY, {
                "recent": policy.recent, "daily": policy.daily, "weekly": policy.weekly,
                "monthly": policy.monthly, "interval_hours": settings.interval_hours,
            })
            session.commit()
        return settings

    # -- listing ---------------------------------------------------------------------------
    def list(self) -> list[BackupFile]:
        return list_backups(self._paths.backups_dir)

    @property
    def folder(self) -> Path:
        return self._paths.backups_dir

    # -- backing up --------------------------------------------------------------------------
    def backup_now(self, reason: str = "manual", out: Path | None = None,
                   progress: Progress | None = None) -> BackupResult:
        """Back up whatever the state; into the backups folder (then rotate) or to ``out``."""
        with self._lock:
            return self._backup(reason, out, progress)

    def backup_if_changed(self, reason: str = "auto",
                          progress: Progress | None = None) -> BackupResult:
        """Back up only if the data changed since the newest backup in the folder."""
        with self._lock:
            if not self._changed_since_newest():
                return BackupResult(BackupOutcome.UNCHANGED, None)
            return self._backup(reason, None, progress)

    def changed_since_last_backup(self) -> bool:
        with self._lock:
            return self._changed_since_newest()

    def rotate(self) -> tuple[str, ...]:
        with self._lock:
            return self._rotate()

    def _backup(self, reason: str, out: Path | None, progress: Progress | None) -> BackupResult:
        started = time.monotonic()
        now = self._clock()
        if out is None:
            remove_stale_partials(self._paths.backups_dir)
            dest = self._paths.backups_dir / backup_name(reason, now)
        else:
            dest = out / backup_name(reason, now) if out.is_dir() else out
            if dest.resolve() == self._paths.db_file.resolve():
                raise UserError(msg("{path} is the live database; choose another file for the "
                                    "backup.", path=dest))
        tokens: list[tuple[str, str]] = []

        def remember(conn: Any) -> None:
            marker = read_marker(conn)
            if marker is not None:
                tokens.append(marker)

        backup_database(self._paths.db_file, dest, self._driver, progress, on_copied=remember)
        removed: tuple[str, ...] = ()
        if out is None:
            self._newest_token = (dest.name, tokens[0][1]) if tokens else None
            removed = self._rotate()
        parsed = parse_backup_name(dest.name)
        taken = parsed[0] if parsed else now
        file = BackupFile(path=dest, taken_at=taken, reason=reason, size=dest.stat().st_size)
        elapsed = time.monotonic() - started
        log.info("Backup written (%s, %d bytes, %.2f s, %d old removed)", reason, file.size,
                 elapsed, len(removed))
        return BackupResult(BackupOutcome.WRITTEN, file, removed, elapsed)

    def _rotate(self) -> tuple[str, ...]:
        backups = self.list()
        policy = self.settings().policy
        doomed = backups_to_delete([b.taken_at for b in backups], self._clock(), policy,
                                   self._zone())
        removed = []
        for backup in backups:
            if backup.taken_at in doomed:
                try:
                    backup.path.unlink()
                    removed.append(backup.name)
                except OSError as exc:
                    log.warning("Could not remove the old backup %s: %s", backup.name, exc)
        return tuple(removed)

    def _changed_since_newest(self) -> bool:
        live = self._live_token()
        if live is None:
            return True
        backups = self.list()
        if not backups:
            return True
        newest = backups[0]
        if self._newest_token is None or self._newest_token[0] != newest.name:
            self._newest_token = (newest.name, self._token_in(newest.path) or "")
        return self._newest_token[1] != live

    def _live_token(self) -> str | None:
        with self._sessions() as session:
            marker = read_marker(session.connection().connection.dbapi_connection)
        return marker[1] if marker else None

    def _token_in(self, path: Path) -> str | None:
        try:
            with closing(connect_raw(path, self._driver, read_only=True)) as conn:
                marker = read_marker(conn)
        except self._driver.module.Error:
            return None  # unreadable: treated as "changed", so a fresh backup is taken
        return marker[1] if marker else None


def _listed(items: list[str]) -> str:
    """``"; ".join(items)``, kept as a message so each item can still be translated."""
    if not items:
        return ""
    text: str = items[-1]
    for item in reversed(items[:-1]):
        text = msg("{first}; {rest}", first=item, rest=text)
    return text


def _settings_from(stored: Any) -> BackupSettings:
    default = BackupSettings()
    if not isinstance(stored, dict):
        return default

    def number(key: str, fallback: int) -> int:
        value = stored.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else fallback

    policy = RetentionPolicy(
        recent=number("recent", default.policy.recent),
        daily=number("daily", default.policy.daily),
        weekly=number("weekly", default.policy.weekly),
        monthly=number("monthly", default.policy.monthly),
    )
    settings = BackupSettings(policy=policy,
                              interval_hours=number("interval_hours", default.interval_hours))
    return settings if not settings.problems() else default
