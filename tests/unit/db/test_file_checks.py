"""What SQLite does with a stray or foreign -wal, and what the startup check adds to it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.engine import Driver
from app.db.migrate import inspect_database
from app.errors import CorruptDatabaseError, DatabaseError, ForeignWalError
from tests.helpers.databases import (
    copy_folder,
    fresh_folder,
    give_new_identity,
    wal_after_a_crash,
    wal_of_another_page_size,
)
from tests.helpers.drivers import sqlcipher_driver

ROOT = Path(__file__).resolve().parents[3]


def _tags(db: Path) -> set[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM tag")}


def test_a_log_left_by_a_killed_process_is_applied_not_flagged(tmp_path: Path) -> None:
    paths = fresh_folder(tmp_path / "a", members=20)
    code = (
        "import os, signal, sys\n"
        "from app.db.engine import make_engine\n"
        f"engine = make_engine(__import__('pathlib').Path({str(paths.db_file)!r}))\n"
        "conn = engine.connect()\n"
        "with conn.begin():\n"
        "    conn.exec_driver_sql(\"INSERT INTO tag (name, color) \"\n"
        "                         \"VALUES ('acknowledged', '#1')\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False)
    assert done.returncode == -9
    assert paths.db_file.with_name("steward.db-wal").stat().st_size > 0
    inspect_database(paths.db_file, Driver())
    assert "acknowledged" in _tags(paths.db_file)


def test_sqlite_silently_applies_a_foreign_log_and_the_check_catches_it(tmp_path: Path) -> None:
    ours = fresh_folder(tmp_path / "ours", members=20)
    theirs = copy_folder(ours, tmp_path / "theirs")  # same layout, as a synced copy would be
    give_new_identity(theirs.db_file)
    foreign = wal_after_a_crash(theirs.db_file, tag="theirs-only")
    ours.db_file.with_name("steward.db-wal").write_bytes(foreign)
    # What SQLite does on its own: replays the other database's pages into ours, says "ok".
    with sqlite3.connect(f"file:{ours.db_file}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "theirs-only" in _tags(ours.db_file)
    with pytest.raises(ForeignWalError) as err:
        inspect_database(ours.db_file, Driver())
    assert "steward.db-wal" in str(err.value) and "another database" in str(err.value)


def test_a_log_from_an_unrelated_database_is_refused(tmp_path: Path) -> None:
    ours = fresh_folder(tmp_path / "ours", members=20)
    theirs = fresh_folder(tmp_path / "theirs", members=5)
    ours.db_file.with_name("steward.db-wal").write_bytes(wal_after_a_crash(theirs.db_file))
    with pytest.raises(DatabaseError):  # foreign identity, or pages that no longer fit
        inspect_database(ours.db_file, Driver())


def test_a_log_with_another_page_size_is_foreign(tmp_path: Path) -> None:
    ours = fresh_folder(tmp_path / "ours", members=3)
    foreign = wal_of_another_page_size(tmp_path, 8192)
    ours.db_file.with_name("steward.db-wal").write_bytes(foreign)
    with pytest.raises(ForeignWalError) as err:
        inspect_database(ours.db_file, Driver())
    assert "page size 8192 instead of 4096" in str(err.value)


def test_a_garbage_log_is_ignored_by_sqlite_and_harmless(tmp_path: Path) -> None:
    ours = fresh_folder(tmp_path / "ours", members=3)
    ours.db_file.with_name("steward.db-wal").write_bytes(os.urandom(40_000))
    inspect_database(ours.db_file, Driver(), full=True)
    assert len(_tags(ours.db_file)) > 0


def test_a_foreign_encrypted_log_cannot_pass_either(tmp_path: Path) -> None:
    driver = sqlcipher_driver()
    ours = fresh_folder(tmp_path / "ours", members=5, driver=driver)
    theirs = fresh_folder(tmp_path / "theirs", members=5,
                          driver=sqlcipher_driver("x'" + "77" * 32 + "'"))
    foreign = wal_after_a_crash(theirs.db_file, sqlcipher_driver("x'" + "77" * 32 + "'"))
    ours.db_file.with_name("steward.db-wal").write_bytes(foreign)
    with pytest.raises(DatabaseError):
        inspect_database(ours.db_file, driver)


def test_invalid_format_version_bytes_are_damage(tmp_path: Path) -> None:
    ours = fresh_folder(tmp_path / "ours")
    data = bytearray(ours.db_file.read_bytes())
    data[18] = 0x7F  # SQLite would open it, then refuse every write
    ours.db_file.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError) as err:
        inspect_database(ours.db_file, Driver())
    assert "format version" in str(err.value)
