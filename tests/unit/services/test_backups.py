"""The backup service: back up when the data changed, rotate, keep settings with the data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.bootstrap import AppContext
from app.domain.backups import BackupOutcome, BackupSettings, RetentionPolicy
from app.errors import UserError
from app.services.backups import BackupService
from tests.helpers.databases import plain_services, reopen


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _service(ctx: AppContext, clock: Clock) -> BackupService:
    return BackupService(ctx.paths, ctx.driver, ctx.sessions, clock=clock, zone=lambda: UTC)


def test_backs_up_only_when_the_data_changed(demo_ctx: AppContext) -> None:
    backups = demo_ctx.backups
    assert backups.changed_since_last_backup()  # no backup yet
    first = backups.backup_if_changed()
    assert first.outcome == BackupOutcome.WRITTEN and first.file is not None
    assert backups.backup_if_changed().outcome == BackupOutcome.UNCHANGED

    demo_ctx.members.overview()  # reads are not changes
    demo_ctx.members.page(__import__("app.domain.members").domain.members.MemberQuery())
    assert not backups.changed_since_last_backup()

    demo_ctx.trash.delete_members([1])
    assert backups.changed_since_last_backup()
    second = backups.backup_if_changed()
    assert second.outcome == BackupOutcome.WRITTEN
    assert not backups.changed_since_last_backup()


def test_a_rolled_back_write_is_not_a_change(ctx: AppContext) -> None:
    ctx.backups.backup_now("manual")
    with ctx.sessions() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO tag (name, color) VALUES ('never kept', '#000000')")
        session.rollback()
    assert not ctx.backups.changed_since_last_backup()


def test_a_new_process_sees_the_same_answer(ctx: AppContext) -> None:
    ctx.demo.seed(5)
    ctx.backups.backup_now("manual")
    ctx.close()
    again = reopen(ctx)
    try:
        assert not again.backups.changed_since_last_backup()
        again.demo.seed(1)
    finally:
        again.close()
    third = reopen(ctx)
    try:
        assert third.backups.changed_since_last_backup()
    finally:
        third.close()


def test_each_backup_is_followed_by_rotation(ctx: AppContext) -> None:
    clock = Clock()
    service = _service(ctx, clock)
    service.save_settings(BackupSettings(RetentionPolicy(recent=3, daily=2, weekly=0, monthly=0)))
    for _ in range(12):
        ctx.demo.seed(1)
        service.backup_if_changed()
        clock.now += timedelta(hours=8)
    kept = service.list()
    assert len(kept) == 5
    last = clock.now - timedelta(hours=8)
    assert [b.taken_at for b in kept[:3]] == [last - timedelta(hours=8 * i) for i in range(3)]
    # the recent ones reach into Jan 4; then the last backup of each of the two days before
    assert kept[2].taken_at == datetime(2026, 1, 4, 9, tzinfo=UTC)
    assert [b.taken_at for b in kept[3:]] == [datetime(2026, 1, 3, 17, tzinfo=UTC),
                                              datetime(2026, 1, 2, 17, tzinfo=UTC)]
    assert not list(ctx.paths.backups_dir.glob("*.partial"))


def test_settings_are_kept_with_the_data_and_checked(ctx: AppContext) -> None:
    assert ctx.backups.settings() == BackupSettings()
    chosen = BackupSettings(RetentionPolicy(recent=4, daily=5, weekly=6, monthly=7),
                            interval_hours=2)
    ctx.backups.save_settings(chosen)
    assert ctx.backups.settings() == chosen
    with pytest.raises(UserError) as err:
        ctx.backups.save_settings(BackupSettings(RetentionPolicy(recent=0)))
    assert "recent" in str(err.value)
    with pytest.raises(UserError):
        ctx.backups.save_settings(BackupSettings(interval_hours=0))
    assert ctx.backups.settings() == chosen


def test_backup_to_a_chosen_folder_is_not_rotated(ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "usb-stick"
    out.mkdir()
    result = ctx.backups.backup_now("manual", out=out)
    assert result.file is not None and result.file.path.parent == out
    assert ctx.backups.list() == []
    assert ctx.restore.check_backup(result.file.path).ok
    with pytest.raises(UserError):
        ctx.backups.backup_now("manual", out=ctx.paths.db_file)


def test_backups_are_encrypted_like_the_database(ctx: AppContext) -> None:
    ctx.demo.seed(20, seed=5)
    result = ctx.backups.backup_if_changed()
    assert result.file is not None
    raw = result.file.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with ctx.engine.connect() as conn:
        name = conn.exec_driver_sql("SELECT display_name FROM member LIMIT 1").scalar_one()
    assert name.encode() not in raw
    check = ctx.restore.check_backup(result.file.path)
    assert check.ok and check.revision is not None
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(result.file.path).execute("SELECT count(*) FROM member").fetchone()


def test_plain_databases_back_up_too(tmp_path: Path) -> None:
    """The same service through a plain driver (a folder from before encryption)."""
    services = plain_services(tmp_path / "plain", members=10)
    try:
        result = services.backups.backup_if_changed()
        assert result.file is not None
        assert result.file.path.read_bytes().startswith(b"SQLite format 3")
        assert services.backups.backup_if_changed().outcome == BackupOutcome.UNCHANGED
    finally:
        services.close()
