"""SQLite's storage faults reach the user as messages naming the file, through any engine."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.engine import make_engine
from app.db.faults import DeviceError, DiskFullError, ReadOnlyStorageError, translate
from app.errors import CorruptDatabaseError
from tests.helpers.faults import page_limited


def _table(db: Path, rows: int = 0) -> None:
    engine = make_engine(db)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (v TEXT)"))
        for _ in range(rows):
            conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": "x" * 3000})
    engine.dispose()


def test_a_full_database_is_a_disk_full_message(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    _table(db)
    engine = make_engine(db, page_limited(8))
    with pytest.raises(DiskFullError, match=f"The disk holding {db} is full"), engine.begin() as c:
        for _ in range(50):
            c.execute(text("INSERT INTO t VALUES (:v)"), {"v": "x" * 3000})
    with engine.connect() as conn:  # the failed transaction left nothing behind
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
    engine.dispose()


def test_writing_through_a_read_only_engine_names_the_file(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    _table(db)
    engine = make_engine(db, read_only=True)
    with pytest.raises(ReadOnlyStorageError, match="can only be read"), engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES ('x')"))
    engine.dispose()


def test_a_damaged_page_met_by_a_query_says_restore_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    _table(db, rows=40)
    data = bytearray(db.read_bytes())
    data[4096 * 3: 4096 * 4] = b"\xde\xad\xbe\xef" * 1024
    db.write_bytes(bytes(data))
    engine = make_engine(db)
    with pytest.raises(CorruptDatabaseError, match="restore the newest backup"), \
            engine.connect() as conn:
        conn.execute(text("SELECT sum(length(v)) FROM t")).scalar()
    engine.dispose()


@pytest.mark.parametrize(("code", "kind"), [(errno.ENOSPC, DiskFullError),
                                            (errno.EROFS, ReadOnlyStorageError),
                                            (errno.EIO, DeviceError)])
def test_operating_system_faults(code: int, kind: type, tmp_path: Path) -> None:
    fault = translate(OSError(code, "boom"), tmp_path)
    assert isinstance(fault, kind) and str(tmp_path) in str(fault)


def test_other_errors_stay_bugs(tmp_path: Path) -> None:
    assert translate(ValueError("x"), tmp_path) is None
    assert translate(OSError(errno.EBADF, "bad fd"), tmp_path) is None
