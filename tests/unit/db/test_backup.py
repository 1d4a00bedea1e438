"""Backups through the online backup API: verified, atomic, encrypted like the database."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.backup import backup_database, backup_name, verify_connection
from app.db.backup_catalog import list_backups, parse_backup_name, remove_stale_partials
from app.db.engine import Driver, connect_raw, make_engine
from app.errors import Cancelled, UserError
from tests.helpers.drivers import sqlcipher_driver


def _fill(path: Path, driver: Driver, rows: int = 3000) -> None:
    engine = make_engine(path, driver)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))
        conn.execute(text("INSERT INTO t (v) VALUES (:v)"),
                     [{"v": f"社群 row {i} " + "x" * 200} for i in range(rows)])
    engine.dispose()


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self._cancel_after = cancel_after

    def report(self, done: int, total: int, message: str = "") -> None:
        self.calls.append((done, total))

    def cancelled(self) -> bool:
        return self._cancel_after is not None and len(self.calls) >= self._cancel_after


def test_backup_copies_committed_wal_content_and_reports_progress(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    _fill(db, Driver())
    engine = make_engine(db)  # keep a connection open so the WAL is live, not checkpointed
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO t (v) VALUES ('only in the wal')"))
    held = engine.connect()
    assert (tmp_path / "live.db-wal").stat().st_size > 0
    progress = Recorder()
    dest = backup_database(db, tmp_path / "b" / "copy.db", Driver(), progress)
    held.close()
    engine.dispose()
    with sqlite3.connect(dest) as copy:
        assert copy.execute("SELECT count(*) FROM t").fetchone()[0] == 3001
        assert copy.execute("SELECT v FROM t ORDER BY id DESC").fetchone()[0] == "only in the wal"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert progress.calls and progress.calls[-1][0] == progress.calls[-1][1]
    assert not list(tmp_path.glob("b/*.partial*"))


def test_writers_keep_going_while_a_backup_copies_one_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    _fill(db, Driver(), rows=20000)
    engine = make_engine(db)
    wrote = threading.Event()

    class WriteDuringCopy(Recorder):
        def report(self, done: int, total: int, message: str = "") -> None:
            super().report(done, total, message)
            if len(self.calls) == 1:
                with engine.begin() as conn:  # a commit mid-backup must neither block nor
                    conn.execute(text("INSERT INTO t (v) VALUES ('late')"))  # restart it
                wrote.set()

    import app.db.backup as backup_module

    step = backup_module.STEP_PAGES
    backup_module.STEP_PAGES = 64
    try:
        progress = WriteDuringCopy()
        dest = backup_database(db, tmp_path / "copy.db", Driver(), progress)
    finally:
        backup_module.STEP_PAGES = step
    engine.dispose()
    assert wrote.is_set()
    totals = [done for done, _ in progress.calls]
    assert totals == sorted(totals)  # never restarted from the beginning
    with sqlite3.connect(dest) as copy:
        assert copy.execute("SELECT count(*) FROM t").fetchone()[0] == 20000  # the snapshot
    with sqlite3.connect(db) as live:
        assert live.execute("SELECT count(*) FROM t").fetchone()[0] == 20001


def test_cancel_leaves_no_file_behind(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    _fill(db, Driver(), rows=20000)
    import app.db.backup as backup_module

    step = backup_module.STEP_PAGES
    backup_module.STEP_PAGES = 64
    try:
        with pytest.raises(Cancelled):
            backup_database(db, tmp_path / "b" / "copy.db", Driver(), Recorder(cancel_after=2))
    finally:
        backup_module.STEP_PAGES = step
    assert list((tmp_path / "b").iterdir()) == []


def test_an_unwritable_target_is_a_user_error_and_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    _fill(db, Driver(), rows=10)
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where a folder should be")
    with pytest.raises(UserError) as err:
        backup_database(db, blocker / "copy.db", Driver())
    assert str(blocker / "copy.db") in str(err.value) and "unchanged" in str(err.value)
    assert blocker.read_bytes() == b"a file where a folder should be"


def test_a_device_or_folder_is_never_replaced_by_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    _fill(db, Driver(), rows=10)
    for target in (Path("/dev/null"), tmp_path):
        with pytest.raises(UserError) as err:
            backup_database(db, target, Driver())
        assert "not a regular file" in str(err.value)
    assert Path("/dev/null").is_char_device()


def test_sqlcipher_database_gives_encrypted_backups_under_the_same_key(tmp_path: Path) -> None:
    driver = sqlcipher_driver()
    db = tmp_path / "enc.db"
    _fill(db, driver, rows=500)
    dest = backup_database(db, tmp_path / "enc-copy.db", driver)
    raw = dest.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "社群 row".encode() not in raw
    with connect_raw(dest, driver, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 500
        assert verify_connection(conn) == ""
    with pytest.raises(sqlite3.DatabaseError):  # useless without the key
        sqlite3.connect(dest).execute("SELECT count(*) FROM t").fetchone()
    other = sqlcipher_driver("x'" + "00" * 32 + "'")
    with pytest.raises(other.module.DatabaseError):
        connect_raw(dest, other, read_only=True).execute("SELECT count(*) FROM t").fetchone()


def test_names_carry_the_time_and_reason(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    when = datetime(2026, 3, 5, 14, 0, 1, 250000, tzinfo=UTC)
    name = backup_name("pre-migration-0001", when)
    assert parse_backup_name(name) == (when, "pre-migration-0001")
    assert parse_backup_name("steward.db") is None
    assert parse_backup_name(name + ".partial") is None
    (tmp_path / name).write_bytes(b"x")
    (tmp_path / "notes.txt").write_bytes(b"y")
    (tmp_path / backup_name("auto", datetime(2026, 3, 6, tzinfo=UTC))).write_bytes(b"zz")
    assert [b.reason for b in list_backups(tmp_path)] == ["auto", "pre-migration-0001"]


def test_only_abandoned_partials_are_cleaned(tmp_path: Path) -> None:
    fresh = tmp_path / "steward-20260101T000000000000Z-auto.db.partial"
    stale = tmp_path / "steward-20250101T000000000000Z-auto.db.partial"
    journal = tmp_path / "steward-20250101T000000000000Z-auto.db.partial-journal"
    for path in (fresh, stale, journal):
        path.write_bytes(b"half")
    now = stale.stat().st_mtime + 3600
    os.utime(fresh, (now - 10, now - 10))
    removed = remove_stale_partials(tmp_path, now=now)
    assert sorted(removed) == sorted([stale, journal])
    assert fresh.exists()
