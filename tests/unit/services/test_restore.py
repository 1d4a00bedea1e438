"""Restoring backups and recovering a damaged database: verified, atomic, nothing deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.bootstrap import AppContext, build_context
from app.db.engine import make_engine
from app.domain.backups import RecoveryAction
from app.errors import CorruptDatabaseError, ForeignWalError, UserError
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore
from app.services.restore import RestoreService
from tests.helpers.databases import copy_folder, give_new_identity, wal_after_a_crash
from tests.helpers.drivers import sqlcipher_driver


def _members(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM member").fetchone()[0])


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
    assert _members(ctx.paths.db_file) == 10
    assert result.safety_backup is not None and "pre-restore" in result.safety_backup.name
    assert _members(result.safety_backup) == 15
    assert not ctx.paths.db_file.with_name("steward.db-wal").exists()
    assert not list(ctx.paths.data_dir.glob("*.restoring"))
    reopened = build_context(ctx.paths, secrets=MemorySecretStore())
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


@pytest.mark.parametrize("case", ["garbage", "empty", "missing", "newer", "live", "other-key"])
def test_restore_refuses_what_it_cannot_verify(ctx: AppContext, tmp_path: Path, case: str) -> None:
    ctx.demo.seed(3)
    source = tmp_path / f"{case}.db"
    if case == "garbage":
        source.write_bytes(b"not a database" * 1000)
    elif case == "empty":
        source.write_bytes(b"")
    elif case == "newer":
        copy = _backed_up(ctx, 1)
        with sqlite3.connect(copy) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        source = copy
    elif case == "live":
        source = ctx.paths.db_file
    elif case == "other-key":
        other = build_context(AppPaths(tmp_path / "enc"), secrets=MemorySecretStore(),
                              driver=sqlcipher_driver())
        other.close()
        source = tmp_path / "enc" / "steward.db"
    before = ctx.members.overview().members
    ctx.close()
    with pytest.raises(UserError) as err:
        ctx.restore.restore(source)
    assert str(source.name) in str(err.value)
    assert _members(ctx.paths.db_file) == before
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
    assert _members(db) == 6


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
    assert _members(ctx.paths.db_file) == 3
    assert [p.read_bytes() for p in result.set_aside] == [b"\x00" * 100]


def test_recovery_without_a_usable_backup_changes_nothing(paths: AppPaths) -> None:
    paths.ensure()
    paths.db_file.write_bytes(b"junk" * 100)
    service = RestoreService(paths, __import__("app.db.engine").db.engine.Driver())
    offer = service.plan_recovery(CorruptDatabaseError(paths.db_file, "test"))
    assert offer.action == RecoveryAction.NONE
    with pytest.raises(UserError):
        service.recover(offer)
    assert paths.db_file.read_bytes() == b"junk" * 100


def test_a_foreign_log_is_set_aside_and_the_database_kept(ctx: AppContext, tmp_path: Path) -> None:
    ctx.demo.seed(8)
    ctx.close()
    theirs = copy_folder(ctx.paths, tmp_path / "theirs")
    give_new_identity(theirs.db_file)
    wal = ctx.paths.db_file.with_name("steward.db-wal")
    wal.write_bytes(wal_after_a_crash(theirs.db_file, tag="theirs-only"))
    with pytest.raises(ForeignWalError) as err:
        build_context(ctx.paths, secrets=MemorySecretStore())
    offer = ctx.restore.plan_recovery(err.value)
    assert offer.action == RecoveryAction.SET_ASIDE_LOG
    result = ctx.restore.recover(offer)
    assert not wal.exists() or wal.stat().st_size == 0  # at most a fresh, empty log
    assert any(p.name.startswith("steward.db-wal.foreign-") for p in result.set_aside)
    reopened = build_context(ctx.paths, secrets=MemorySecretStore())
    try:
        assert reopened.members.overview().members == 8
        engine = make_engine(ctx.paths.db_file)
        with engine.connect() as conn:
            names = {r[0] for r in conn.execute(text("SELECT name FROM tag"))}
        engine.dispose()
        assert "theirs-only" not in names
    finally:
        reopened.close()
