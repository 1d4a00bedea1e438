"""A connection that fails to set up is closed at once, never left to the garbage collector."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest

from app.db.engine import Driver, connect_raw


def _open_connections_to(db: Path) -> int:
    found = 0
    for obj in gc.get_objects():
        if isinstance(obj, sqlite3.Connection):
            try:
                names = [r[2] for r in obj.execute("PRAGMA database_list")]
            except sqlite3.ProgrammingError:  # closed
                continue
            found += str(db) in names
    return found


def test_a_damaged_file_leaves_no_open_connection(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (v)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 100,)] * 200)
    conn.close()
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xee" * (4096 - 100)  # the schema page itself
    db.write_bytes(bytes(data))
    with pytest.raises(sqlite3.DatabaseError):
        connect_raw(db, Driver())
    assert _open_connections_to(db) == 0
