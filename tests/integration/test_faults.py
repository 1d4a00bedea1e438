"""Storage faults: a full disk, a read-only database, a data folder nobody can write.

Each one ends in a message naming the file or folder and what to do (never a traceback), the
data saved before the fault intact and still readable, and no half-written file under its final
name. The helpers in tests/helpers/faults.py make the same faults for any other writer.

Folders are encrypted like a user's, their key sealed with a passphrase the CLI and child
processes read from the environment (``app.bench.keys``), so the same folder opens in-process,
through ``main()``, and in a real ``python main.py`` child.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.bench.keys import PASSPHRASE, child_environment, folder_driver, open_folder
from app.bootstrap import AppContext, build_context
from app.cli import main
from app.db.engine import Driver, connect_raw
from app.db.faults import DiskFullError, ReadOnlyStorageError
from app.domain.members import MemberQuery
from app.errors import UserError
from app.paths import AppPaths
from app.secrets.environment import ENV_PASSPHRASE
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
CHUNK = 100  # members per transaction: about 0.4 MB with their notes and index entries
Wrapper = Callable[[Driver], Driver] | None


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """``main()`` in this process unlocks the folders as their children do."""
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)


def child(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**child_environment(),
                                                       "QT_QPA_PLATFORM": "offscreen"})


def members_in(folder: Path) -> int:
    db = AppPaths(folder).db_file
    with closing(connect_raw(db, folder_driver(folder))) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute("SELECT count(*) FROM member m WHERE NOT EXISTS "
                               "(SELECT 1 FROM handle h WHERE h.member_id = m.id)").fetchone()[0]
        assert orphans == 0, "a half-applied chunk"
        return int(conn.execute("SELECT count(*) FROM member").fetchone()[0])


def _limited(driver: Driver) -> Driver:
    return page_limited(400, driver)


@pytest.fixture(params=["tmpfs", "max_page_count"])
def cramped(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[AppPaths, Wrapper]]:
    """A data folder with about 1.6 MB of room: a real small disk, or SQLite's page limit."""
    if request.param == "tmpfs":
        with small_disk(tmp_path / "disk", "2m") as disk:
            yield AppPaths(disk / "data"), None
    else:
        yield AppPaths(tmp_path / "data"), _limited


# -- a full disk ---------------------------------------------------------------------------------
def test_seeding_into_a_full_disk_stops_cleanly(cramped: tuple[AppPaths, Wrapper]) -> None:
    paths, wrap = cramped
    ctx = open_folder(paths.data_dir, wrap_driver=wrap)
    with pytest.raises(DiskFullError) as caught:
        ctx.demo.seed(50_000, chunk=CHUNK)
    ctx.close()
    message = str(caught.value)
    assert str(paths.db_file) in message and "Free some disk space" in message
    saved = members_in(paths.data_dir)
    assert saved > 0 and saved % CHUNK == 0  # the chunks before the fault, and only whole ones
    reader = open_folder(paths.data_dir, read_only=True, wrap_driver=wrap)
    try:
        page = reader.members.page(MemberQuery(limit=20))
        assert page.total == saved and len(page.rows) == 20  # still there and readable
    finally:
        reader.close()


def _smoke_ok(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, done.stderr
    assert re.search(r"\d+ pages OK", done.stdout), done.stdout


def test_the_demo_command_on_a_full_disk_explains(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        folder = disk / "data"
        open_folder(folder).close()  # the first start: its key, sealed for unattended use
        code, _out, err = cli("--data-dir", str(folder), "demo", "--members", "50000",
                              "--chunk", str(CHUNK))
        assert code == 1
        assert "is full" in err and str(folder / "steward.db") in err
        assert "unexpected error" not in err and "Traceback" not in err
        saved = members_in(folder)
        assert saved > 0 and saved % CHUNK == 0
        code, out, err = cli("--data-dir", str(folder), "check")  # reading still works
        assert code == 0, err
        assert out.startswith("OK:")
        fill(disk)  # not a byte left, not even for the log
        _smoke_ok(child("--data-dir", str(folder), "--smoke-test"))


def _legacy_database(folder: Path, rows: int) -> None:
    """An unversioned database with user data, under the folder's key: opening it takes a
    backup, then migrates."""
    open_folder(folder).close()
    db = AppPaths(folder).db_file
    driver = folder_driver(folder)
    db.unlink()
    with closing(connect_raw(db, driver)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # as an old file was: no log beside it
        conn.execute("BEGIN")
        conn.execute("CREATE TABLE keepsake (v TEXT)")
        conn.executemany("INSERT INTO keepsake VALUES (?)", (("x" * 300,) for _ in range(rows)))
        conn.execute("COMMIT")


def test_a_migration_backup_that_does_not_fit_leaves_the_database_alone(
        cramped: tuple[AppPaths, Wrapper]) -> None:
    paths, wrap = cramped
    _legacy_database(paths.data_dir, 5200)  # about 1.7 MB: fits the disk, but not twice
    before = snapshot(paths.data_dir)
    with pytest.raises(UserError, match=r"Could not write the backup .*Free some disk space"):
        open_folder(paths.data_dir, wrap_driver=wrap)
    assert snapshot(paths.data_dir) == before  # not migrated, nothing half-written left
    assert partial_files(paths.data_dir) == []
    assert list(paths.backups_dir.iterdir()) == []


@pytest.fixture
def community(tmp_path: Path) -> Path:
    """A closed data folder with 300 demo members, which children can open."""
    folder = tmp_path / "community"
    ctx = open_folder(folder)
    ctx.demo.seed(300, seed=3)
    ctx.close()
    return folder


def test_json_output_to_a_full_device_is_a_message_not_a_traceback(community: Path) -> None:
    if not FULL_DEVICE.exists():
        pytest.skip("no /dev/full here")
    with open(FULL_DEVICE, "w") as full:
        done = subprocess.run([sys.executable, "main.py", "--data-dir", str(community), "check",
                               "--json"], cwd=ROOT, stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=60, env=child_environment())
    assert done.returncode == 1
    assert "could not write the output (No space left on device)" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


# -- a read-only database --------------------------------------------------------------------------
def test_a_read_only_database_lists_members_and_refuses_changes(demo_ctx: AppContext) -> None:
    paths = demo_ctx.paths
    demo_ctx.close()
    before = paths.db_file.read_bytes()
    reader = build_context(paths, secrets=demo_ctx.secrets, read_only=True)
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
def locked_folder(community: Path) -> Iterator[Path]:
    with unwritable(community):
        yield community


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
    _smoke_ok(child("--data-dir", str(locked_folder), "--smoke-test"))
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
