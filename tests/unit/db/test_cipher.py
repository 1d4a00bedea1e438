"""Whole-file re-encryption: verified before it gets the name, and crash-safe at every step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.db.cipher import (
    NEW_SUFFIX,
    OLD_SUFFIX,
    FileState,
    cipher_driver,
    export_database,
    file_state,
    finish_interrupted,
    key_opens,
    reencrypt_in_place,
)
from app.db.engine import connect_raw
from app.errors import UserError
from app.secrets.keys import DatabaseKey


def _plain(path: Path, text: str = "plain 明文") -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(f"{text} {i}",) for i in range(200)])
    conn.close()
    return path


def _rows(path: Path, key: DatabaseKey) -> int:
    conn = connect_raw(path, cipher_driver(key), read_only=True)
    try:
        return int(conn.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        conn.close()


def test_file_states(tmp_path: Path) -> None:
    assert file_state(tmp_path / "none.db") is FileState.MISSING
    (tmp_path / "empty.db").write_bytes(b"")
    assert file_state(tmp_path / "empty.db") is FileState.EMPTY
    assert file_state(_plain(tmp_path / "p.db")) is FileState.PLAIN
    (tmp_path / "x.db").write_bytes(b"\x8a" * 4096)
    assert file_state(tmp_path / "x.db") is FileState.OPAQUE


def test_a_plain_file_is_replaced_by_an_encrypted_one_and_the_plain_bytes_wiped(
        tmp_path: Path) -> None:
    db = _plain(tmp_path / "steward.db")
    key = DatabaseKey.generate()
    reencrypt_in_place(db, None, key)
    assert file_state(db) is FileState.OPAQUE and _rows(db, key) == 200
    assert "明文".encode() not in db.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["steward.db"]


def test_re_encrypting_under_a_new_key(tmp_path: Path) -> None:
    db = _plain(tmp_path / "steward.db")
    old, new = DatabaseKey.generate(), DatabaseKey.generate()
    reencrypt_in_place(db, None, old)
    reencrypt_in_place(db, old, new)
    assert key_opens(db, new) and not key_opens(db, old) and _rows(db, new) == 200


def test_an_export_that_does_not_verify_is_discarded(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db = _plain(tmp_path / "steward.db")
    from app.db import cipher

    counts = iter([{"t": 200}, {"t": 199}])  # the copy "lost" a row
    monkeypatch.setattr(cipher, "_table_counts", lambda _conn: next(counts))
    with pytest.raises(UserError, match="did not verify"):
        export_database(db, None, tmp_path / "copy.db", DatabaseKey.generate())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["steward.db"]


@pytest.mark.parametrize("stage", ["exported", "moved-aside", "swapped"])
def test_a_crash_at_any_stage_is_resolved_at_the_next_start(tmp_path: Path, stage: str) -> None:
    db = _plain(tmp_path / "steward.db")
    key = DatabaseKey.generate()
    new, old = db.with_name(db.name + NEW_SUFFIX), db.with_name(db.name + OLD_SUFFIX)
    export_database(db, None, new, key)  # stage "exported": the verified copy exists
    if stage in ("moved-aside", "swapped"):
        db.rename(old)
    if stage == "swapped":
        new.rename(db)
    assert finish_interrupted(db)
    expected_encrypted = stage != "exported"
    assert (file_state(db) is FileState.OPAQUE) is expected_encrypted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["steward.db"]
    assert not finish_interrupted(db)  # nothing left to do


def test_a_crash_after_moving_aside_without_a_copy_puts_the_old_file_back(
        tmp_path: Path) -> None:
    db = _plain(tmp_path / "steward.db")
    before = db.read_bytes()
    db.rename(db.with_name(db.name + OLD_SUFFIX))
    finish_interrupted(db)
    assert db.read_bytes() == before
