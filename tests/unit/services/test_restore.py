"""Restoring backups and recovering a damaged database: verified, atomic, nothing deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.bootstrap import AppContext
from app.db.engine import Driver, make_engine
from app.domain.backups import RecoveryAction
from app.errors import CorruptDatabaseError, ForeignWalError, UserError
from app.paths import AppPaths
from app.services.restore import RestoreService
from tests.helpers.databases import (
    copy_folder,
    count_members,
    fresh_folder,
    give_new_identity,
    reopen,
    wal_after_a_crash,
)
from tests.helpers.drivers import sqlcipher_driver


def _backed_up(ctx: AppContext, members: int) -> Path:
    ctx.demo.seed(members, seed=members)
    result = ctx.backups.backup_now("manual")
    assert result.file is not None
    return result.file.path


def test_restore_backs_up_the_current_state_then_swaps_atomically(ctx: AppContext) -> None:
    older = _backed_up(ctx, 10)
    ctx.demo.seed(5, seed=2)
    ctx.close()
    result = ctx.restore.restore(older)
    assert count_members(ctx.paths.db_file, ctx.driver) == 10
    assert result.safety_backup is not None and "pre-restore" in result.safety_backup.name
    assert count_members(result.safety_backup, ctx.driver) == 15
    assert not ctx.paths.db_file.with_name("steward.db-wal").exists()
    assert not list(ctx.paths.data_dir.glob("*.restoring"))
    reopened = reopen(ctx)
    try:
        assert reopened.members.overview().members == 10
    finally:
        reopened.close()


def test_restore_refuses_while_the_database_is_open_elsewhere(ctx: AppContext) -> None:
    older = _backed_up(ctx, 4)
    ctx.demo.seed(3, seed=9)
    with ctx.engine.connect() as held:  # another window still using the database
        held.execute(text("SELECT 1"))
        with pytest.raises(UserError) as err:
            ctx.restore.restore(older)
        assert "still open" in str(err.value)
    assert ctx.members.overview().members == 7  # untouched
    assert not list(ctx.paths.data_dir.glob("*.restoring"))


@pytest.mark.parametrize("case", ["garbage", "empty", "missing", "newer", "live", "other-key",
                                  "plain"])
def test_restore_refuses_what_it_cannot_verify(ctx: AppContext, tmp_path: Path, case: str) -> None:
    ctx.demo.seed(3)
    source = tmp_path / f"{case}.db"
    if case == "garbage":
        source.write_bytes(b"not a database" * 1000)
    elif case == "empty":
        source.write_bytes(b"")
    elif case == "newer":
        source = _backed_up(ctx, 1)
        engine = make_engine(source, ctx.driver)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        engine.dispose()
    elif case == "live":
        source = ctx.paths.db_file
    elif case == "other-key":  # another folder's backup, encrypted under its own key
        source = fresh_folder(tmp_path / "other", 2, sqlcipher_driver()).db_file
    elif case == "plain":  # readable by anyone, so not a backup of this encrypted folder
        source = fresh_folder(tmp_path / "plain", 2).db_file
    before = ctx.members.overview().members
    ctx.close()
    with pytest.raises(UserError) as err:
        ctx.restore.restore(source)
    assert str(source.name) in str(err.value)
    assert count_members(ctx.paths.db_file, ctx.driver) == before
    assert not [b for b in ctx.backups.list() if "pre-restore" in b.name]


def test_a_damaged_live_database_is_set_aside_with_its_log(ctx: AppContext) -> None:
    good = _backed_up(ctx, 6)
    ctx.close()
    db = ctx.paths.db_file
    data = bytearray(db.read_bytes())
    data[4096 * 3: 4096 * 4] = b"\xff" * 4096
    db.write_bytes(bytes(data))
    db.with_name("steward.db-wal").write_bytes(b"stray log bytes")
    result = ctx.restore.restore(good)
    assert result.safety_backup is None
    moved = {p.suffix: p for p in result.set_aside}
    assert moved[".db"].name.startswith("steward.damaged-")
    assert moved[".db"].read_bytes() == bytes(data)  # kept, byte for byte
    assert moved[".db-wal"].read_bytes() == b"stray log bytes"
    assert not db.with_name("steward.db-wal").exists()
    assert count_members(db, ctx.driver) == 6


def test_recovery_restores_the_newest_backup_that_verifies(ctx: AppContext) -> None:
    first = _backed_up(ctx, 3)
    newest = _backed_up(ctx, 2)
    newest.write_bytes(newest.read_bytes()[:8192])  # the newest backup is itself damaged
    ctx.close()
    ctx.paths.db_file.write_bytes(b"\x00" * 100)
    offer = ctx.restore.plan_recovery(CorruptDatabaseError(ctx.paths.db_file, "test"))
    assert offer.action == RecoveryAction.RESTORE_BACKUP
    assert offer.backup is not None and offer.backup.path == first
    assert offer.unusable_backups == 1
    result = ctx.restore.recover(offer)
    assert count_members(ctx.paths.db_file, ctx.driver) == 3
    assert [p.read_bytes() for p in result.set_aside] == [b"\x00" * 100]


def test_recovery_without_a_usable_backup_changes_nothing(paths: AppPaths) -> None:
    paths.ensure()
    paths.db_file.write_bytes(b"junk" * 100)
    service = RestoreService(paths, Driver())
    offer = service.plan_recovery(CorruptDatabaseError(paths.db_file, "test"))
    assert offer.action == RecoveryAction.NONE
    with pytest.raises(UserError):
        service.recover(offer)
    assert paths.db_file.read_bytes() == b"junk" * 100


def test_a_missing_database_is_offered_its_backups(ctx: AppContext) -> None:
    _backed_up(ctx, 4)
    ctx.close()
    ctx.paths.db_file.unlink()
    offer = ctx.restore.plan_missing()
    assert offer is not None and offer.missing and offer.action == RecoveryAction.RESTORE_BACKUP
    ctx.restore.recover(offer)
    assert count_members(ctx.paths.db_file, ctx.driver) == 4


def test_a_foreign_log_is_set_aside_and_the_database_kept(ctx: AppContext, tmp_path: Path) -> None:
    ctx.demo.seed(8)
    ctx.close()
    theirs = copy_folder(ctx.paths, tmp_path / "theirs")  # a synced copy: same key, same layout
    give_new_identity(theirs.db_file, ctx.driver)
    wal = ctx.paths.db_file.with_name("steward.db-wal")
    wal.write_bytes(wal_after_a_crash(theirs.db_file, ctx.driver, tag="theirs-only"))
    with pytest.raises(ForeignWalError) as err:
        reopen(ctx)
    offer = ctx.restore.plan_recovery(err.value)
    assert offer.action == RecoveryAction.SET_ASIDE_LOG
    result = ctx.restore.recover(offer)
    assert not wal.exists() or wal.stat().st_size == 0  # at most a fresh, empty log
    assert any(p.name.startswith("steward.db-wal.foreign-") for p in result.set_aside)
    reopened = reopen(ctx)
    try:
        assert reopened.members.overview().members == 8
        with reopened.engine.connect() as conn:
            names = {r[0] for r in conn.execute(text("SELECT name FROM tag"))}
        assert "theirs-only" not in names
    finally:
        reopened.close()
