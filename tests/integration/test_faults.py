"""Storage faults: a full disk, a read-only database, a data folder nobody can write.

Each one ends in a message naming the file or folder and what to do (never a traceback), the
data saved before the fault intact and still readable, and no half-written file under its final
name. The helpers in tests/helpers/faults.py make the same faults for any other writer.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.bootstrap import AppContext, build_context
from app.cli import main
from app.db.engine import Driver
from app.db.faults import DiskFullError, ReadOnlyStorageError
from app.domain.members import MemberQuery
from app.errors import UserError
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore
from tests.helpers.faults import (
    FULL_DEVICE,
    fill,
    page_limited,
    partial_files,
    small_disk,
    snapshot,
    unwritable,
)

ROOT = Path(__file__).resolve().parents[2]
CHUNK = 500


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def members_in(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute("SELECT count(*) FROM member m WHERE NOT EXISTS "
                               "(SELECT 1 FROM handle h WHERE h.member_id = m.id)").fetchone()[0]
        assert orphans == 0, "a half-applied chunk"
        return int(conn.execute("SELECT count(*) FROM member").fetchone()[0])


@pytest.fixture(params=["tmpfs", "max_page_count"])
def cramped(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[AppPaths, Driver]]:
    """A data folder with about 1.6 MB of room: a real small disk, or SQLite's page limit."""
    if request.param == "tmpfs":
        with small_disk(tmp_path / "disk", "2m") as disk:
            yield AppPaths(disk / "data"), Driver()
    else:
        yield AppPaths(tmp_path / "data"), page_limited(400)


# -- a full disk ---------------------------------------------------------------------------------
def test_seeding_into_a_full_disk_stops_cleanly(cramped: tuple[AppPaths, Driver]) -> None:
    paths, driver = cramped
    ctx = build_context(paths, MemorySecretStore(), driver)
    with pytest.raises(DiskFullError) as caught:
        ctx.demo.seed(50_000, chunk=CHUNK)
    ctx.close()
    message = str(caught.value)
    assert str(paths.db_file) in message and "Free some disk space" in message
    saved = members_in(paths.db_file)
    assert saved > 0 and saved % CHUNK == 0  # the chunks before the fault, and only whole ones
    reader = build_context(paths, MemorySecretStore(), driver, read_only=True)
    try:
        page = reader.members.page(MemberQuery(limit=20))
        assert page.total == saved and len(page.rows) == 20  # still there and readable
    finally:
        reader.close()


def test_the_demo_command_on_a_full_disk_explains(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        folder = disk / "data"
        code, _out, err = cli("--data-dir", str(folder), "demo", "--members", "50000")
        assert code == 1
        assert "is full" in err and str(folder / "steward.db") in err
        assert "unexpected error" not in err and "Traceback" not in err
        assert members_in(folder / "steward.db") % 5000 == 0
        code, out, err = cli("--data-dir", str(folder), "check")  # reading still works
        assert code == 0, err
        assert out.startswith("OK:")
        fill(disk)  # not a byte left, not even for the log
        smoke = subprocess.run([sys.executable, "main.py", "--data-dir", str(folder),
                                "--smoke-test"], cwd=ROOT, capture_output=True, text=True,
                               timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert smoke.returncode == 0, smoke.stderr
        assert "6 pages OK" in smoke.stdout


def _legacy_database(db: Path, rows: int) -> None:
    """An unversioned database with user data: opening it takes a backup, then migrates."""
    db.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE keepsake (v TEXT)")
        conn.executemany("INSERT INTO keepsake VALUES (?)", (("x" * 300,) for _ in range(rows)))


def test_a_migration_backup_that_does_not_fit_leaves_the_database_alone(
        cramped: tuple[AppPaths, Driver]) -> None:
    paths, driver = cramped
    _legacy_database(paths.db_file, 6000)  # 1.9 MB: fits the disk, but not twice
    before = snapshot(paths.data_dir)
    with pytest.raises(UserError, match=r"Could not write the backup .*Free some disk space"):
        build_context(paths, MemorySecretStore(), driver)
    assert snapshot(paths.data_dir) == before  # not migrated, nothing half-written left
    assert partial_files(paths.data_dir) == []
    assert list(paths.backups_dir.iterdir()) == []


def test_json_output_to_a_full_device_is_a_message_not_a_traceback(demo_ctx: AppContext) -> None:
    if not FULL_DEVICE.exists():
        pytest.skip("no /dev/full here")
    with open(FULL_DEVICE, "w") as full:
        done = subprocess.run([sys.executable, "main.py", "--data-dir",
                               str(demo_ctx.paths.data_dir), "check", "--json"], cwd=ROOT,
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 1
    assert "could not write the output (No space left on device)" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


# -- a read-only database --------------------------------------------------------------------------
def test_a_read_only_database_lists_members_and_refuses_changes(demo_ctx: AppContext) -> None:
    paths = demo_ctx.paths
    demo_ctx.close()
    before = paths.db_file.read_bytes()
    reader = build_context(paths, MemorySecretStore(), read_only=True)
    try:
        assert reader.read_only
        assert reader.members.page(MemberQuery(limit=10)).total == 300
        with pytest.raises(ReadOnlyStorageError) as caught:
            reader.demo.seed(10)
        assert str(paths.db_file) in str(caught.value)
        assert "can only be read" in str(caught.value)
    finally:
        reader.close()
    assert paths.db_file.read_bytes() == before


# -- a data folder nobody can write ----------------------------------------------------------------
@pytest.fixture
def locked_folder(demo_ctx: AppContext) -> Iterator[Path]:
    folder = demo_ctx.paths.data_dir
    demo_ctx.close()
    with unwritable(folder):
        yield folder


def test_writing_into_an_unwritable_folder_is_refused_with_advice(locked_folder: Path) -> None:
    before = snapshot(locked_folder)
    code, _out, err = cli("--data-dir", str(locked_folder), "demo", "--members", "10")
    assert code == 1
    assert f"Cannot use the data folder {locked_folder}" in err
    assert "--read-only" in err and "Traceback" not in err
    code, out, err = cli("--data-dir", str(locked_folder), "check")
    assert code == 0, err
    assert "300 members" in out
    code, _out, err = cli("--data-dir", str(locked_folder), "--read-only", "demo")
    assert code == 1 and "cannot run with --read-only" in err
    assert snapshot(locked_folder) == before


def test_the_window_opens_read_only_on_an_unwritable_folder(locked_folder: Path) -> None:
    before = snapshot(locked_folder)
    done = subprocess.run([sys.executable, "main.py", "--data-dir", str(locked_folder),
                           "--smoke-test"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "6 pages OK" in done.stdout
    assert snapshot(locked_folder) == before


def test_the_fault_helpers_really_fault(tmp_path: Path) -> None:
    """The tests above mean something only if the helpers make real faults."""
    with small_disk(tmp_path / "disk", "1m") as disk, pytest.raises(OSError, match="No space"):
        (disk / "big").write_bytes(b"\0" * 2 * 1024 * 1024)
    folder = tmp_path / "locked"
    folder.mkdir()
    with unwritable(folder), pytest.raises(OSError):
        (folder / "new").write_text("x")
    (folder / "new").write_text("x")  # writable again afterwards
    shutil.rmtree(folder)
