"""Fifty-odd damaged copies of a database: each one is refused by the startup check with a
one-line message (never a traceback), and `recover` sets it aside and restores the newest backup
that verifies."""

from __future__ import annotations

import io
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from app.db.migrate import inspect_database
from app.domain.backups import RecoveryAction
from app.errors import DatabaseError
from app.paths import AppPaths
from app.services.restore import RestoreService
from tests.helpers.databases import (
    copy_folder,
    fresh_folder,
    give_new_identity,
    wal_after_a_crash,
    wal_of_another_page_size,
)
from tests.helpers.drivers import sqlcipher_driver

PAGE = 4096
# Header bytes whose damage SQLite notices (or Steward's header check does). The others are
# counters, hints and reserved space that SQLite ignores or repairs, so flipping them is no damage.
HEADER_OFFSETS = (0, 3, 7, 11, 15, 16, 17, 18, 19, 20, 21, 22, 23, 28, 31, 32, 35, 36, 39, 47,
                  52, 55, 59, 64, 67)
PAGE_SEEDS = tuple(range(12))
Damage = Callable[[bytes, random.Random], bytes]


def _flip(offset: int) -> Damage:
    def damage(data: bytes, _rng: random.Random) -> bytes:
        out = bytearray(data)
        out[offset] ^= 0xFF
        return bytes(out)
    return damage


def _garbage_page(data: bytes, rng: random.Random) -> bytes:
    pages = len(data) // PAGE
    page = rng.randrange(1, pages)  # any page but the header page
    out = bytearray(data)
    out[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    return bytes(out)


def _truncate(fraction: float | None, at: int | None = None) -> Damage:
    def damage(data: bytes, _rng: random.Random) -> bytes:
        size = at if at is not None else int(len(data) * (fraction or 0))
        return data[:size if size >= 0 else len(data) + size]
    return damage


CASES: dict[str, Damage] = {f"header-byte-{o}": _flip(o) for o in HEADER_OFFSETS}
CASES |= {f"garbage-page-{s}": _garbage_page for s in PAGE_SEEDS}
CASES |= {f"truncated-at-{n}": _truncate(None, n)
          for n in (1, 16, 50, 99, 100, 101, 512, 1024, 4095, 4096, 4097, 8192, 12000)}
CASES |= {f"truncated-to-{int(f * 100)}%": _truncate(f) for f in (0.25, 0.5, 0.75, 0.9)}
# (Cutting only the last byte is no damage: the end of the last page is free space, zeros,
# and SQLite reads a short page as zero-filled.)
CASES |= {"truncated-last-page": _truncate(None, -PAGE),
          "truncated-mid-last-page": _truncate(None, -PAGE // 2),
          "zero-length": _truncate(None, 0)}
WAL_CASES = ("foreign-wal-same-layout", "foreign-wal-other-database", "foreign-wal-page-size")


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> AppPaths:
    """A data folder with members, and a verified backup of exactly that state."""
    paths = fresh_folder(tmp_path_factory.mktemp("healthy") / "data", members=150)
    with sqlite3.connect(paths.db_file) as conn:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # every page in use
    assert main(["--data-dir", str(paths.data_dir), "backup"], stdout=io.StringIO()) == 0
    return paths


def _members(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM member").fetchone()[0])


def _cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process; commands that print to sys.stderr themselves are caught too."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(folder), *args], stdout=out, stderr=err)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, err.getvalue() + captured.err


def _damage_wal(case: str, paths: AppPaths, tmp_path: Path) -> None:
    if case == "foreign-wal-same-layout":
        theirs = copy_folder(paths, tmp_path / "theirs")
        give_new_identity(theirs.db_file)
        wal = wal_after_a_crash(theirs.db_file, tag="not ours")
    elif case == "foreign-wal-other-database":
        wal = wal_after_a_crash(fresh_folder(tmp_path / "other", members=3).db_file)
    else:
        wal = wal_of_another_page_size(tmp_path, 16384)
    paths.db_file.with_name("steward.db-wal").write_bytes(wal)


@pytest.mark.parametrize("case", [*CASES, *WAL_CASES])
def test_a_damaged_database_gets_the_restore_path(healthy: AppPaths, tmp_path: Path, case: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    paths = copy_folder(healthy, tmp_path / "data")
    original = healthy.db_file.read_bytes()
    if case in WAL_CASES:
        _damage_wal(case, paths, tmp_path)
        damaged = original
    else:
        damaged = CASES[case](original, random.Random(case))
        paths.db_file.write_bytes(damaged)

    code, out, err = _cli(capsys, paths.data_dir, "check")
    assert code == 1, (out, err)  # a user-fixable problem, not a bug (3) and not "healthy" (0)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(paths.db_file) in err

    code, recovered, err = _cli(capsys, paths.data_dir, "recover")
    assert (code, err) == (0, ""), err
    assert "Traceback" not in recovered
    code, out, _err = _cli(capsys, paths.data_dir, "check")
    assert code == 0, out
    assert _members(paths.db_file) == 150
    kept = sorted(p for p in paths.data_dir.iterdir() if ".damaged-" in p.name or
                  ".foreign-" in p.name)
    assert kept, "the damaged file must be set aside, never deleted"
    if case not in WAL_CASES:
        assert kept[0].name.endswith(".db") and kept[0].read_bytes() == damaged
    else:
        assert "log was set aside" in recovered


def test_there_are_at_least_fifty_cases() -> None:
    assert len(CASES) + len(WAL_CASES) >= 50


@pytest.mark.parametrize("case", ["header-salt", "garbage-page", "truncated", "zero-length"])
def test_damaged_encrypted_databases_get_the_restore_path(tmp_path: Path, case: str) -> None:
    driver = sqlcipher_driver()
    paths = fresh_folder(tmp_path / "data", members=60, driver=driver)
    service = RestoreService(paths, driver)
    good = service.check_backup(paths.db_file)
    assert good.ok
    shutil.copyfile(paths.db_file, paths.backups_dir / "steward-20260101T000000000000Z-manual.db")
    data = paths.db_file.read_bytes()
    rng = random.Random(case)
    damaged = {"header-salt": _flip(5)(data, rng), "garbage-page": _garbage_page(data, rng),
               "truncated": data[:len(data) // 2], "zero-length": b""}[case]
    paths.db_file.write_bytes(damaged)
    with pytest.raises(DatabaseError) as err:
        inspect_database(paths.db_file, driver, full=True)
    offer = service.plan_recovery(err.value)
    assert offer.action == RecoveryAction.RESTORE_BACKUP
    service.recover(offer)
    inspect_database(paths.db_file, driver, full=True)
    assert not paths.db_file.read_bytes().startswith(b"SQLite format 3")
