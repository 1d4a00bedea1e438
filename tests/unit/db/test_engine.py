from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import text

from app.db.engine import Driver, make_engine


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.db")
    try:
        conns = [engine.connect() for _ in range(3)]  # several pooled connections
        for conn in conns:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        for conn in conns:
            conn.close()
    finally:
        engine.dispose()


def test_transactions_roll_back_as_a_whole(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.db")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (v INTEGER)"))
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
    engine.dispose()


def test_another_dbapi_module_can_be_injected(tmp_path: Path) -> None:
    """The SQLCipher hook: same engine code, another module, a key applied per connection."""
    key = "x'" + "ab" * 32 + "'"
    driver = Driver(module=sqlcipher3.dbapi2,
                    prepare=lambda conn: conn.execute(f'PRAGMA key = "{key}"'),
                    name="sqlcipher")
    path = tmp_path / "enc.db"
    engine = make_engine(path, driver)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (v TEXT)"))
        conn.execute(text("INSERT INTO t VALUES ('社群运营 secret phrase')"))
    engine.dispose()
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "社群运营".encode() not in raw
    engine = make_engine(path, driver)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT v FROM t")).scalar() == "社群运营 secret phrase"
    engine.dispose()
