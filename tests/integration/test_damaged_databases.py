"""Seventy-odd damaged copies of a database: each one is refused by the startup check with a
one-line message (never a traceback), and gets the restore path: the damaged file is set aside
and the newest backup that verifies is restored (or a log that does not belong is set aside).

Encrypted folders (Steward's default) go through the CLI, as a user would run ``check`` and
``recover``; plain databases (from before encryption), whose header SQLite reads directly, go
through the same startup check in-process.
"""

from __future__ import annotations

import io
import random
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from app.bootstrap import open_keys
from app.cli import main
from app.db.backup import backup_database, backup_name
from app.db.cipher import cipher_driver
from app.db.engine import Driver
from app.db.migrate import inspect_database
from app.domain.backups import RecoveryAction
from app.errors import DatabaseError
from app.paths import AppPaths
from app.services.restore import RestoreService
from tests.helpers.databases import (
    copy_folder,
    count_members,
    fresh_folder,
    give_new_identity,
    wal_after_a_crash,
    wal_of_another_page_size,
)
from tests.helpers.drivers import sqlcipher_driver
from tests.helpers.keyring_backend import MemoryKeyring

PAGE = 4096
MEMBERS = 150
Damage = Callable[[bytes, random.Random], bytes]


def _flip(offset: int) -> Damage:
    def damage(data: bytes, _rng: random.Random) -> bytes:
        out = bytearray(data)
        out[offset] ^= 0xFF
        return bytes(out)
    return damage


def _garbage_page(data: bytes, rng: random.Random) -> bytes:
    page = rng.randrange(1, len(data) // PAGE)  # any page but the first
    out = bytearray(data)
    out[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    return bytes(out)


def _truncate(at: int | None = None, fraction: float = 0.0) -> Damage:
    def damage(data: bytes, _rng: random.Random) -> bytes:
        size = int(len(data) * fraction) if at is None else at
        return data[:size if size >= 0 else len(data) + size]
    return damage


def _common_cases() -> dict[str, Damage]:
    cases: dict[str, Damage] = {f"garbage-page-{s}": _garbage_page for s in range(12)}
    cases |= {f"truncated-at-{n}": _truncate(n)
              for n in (1, 16, 50, 99, 100, 101, 512, 1024, 4095, 4096, 4097, 8192, 12000)}
    cases |= {f"truncated-to-{int(f * 100)}%": _truncate(fraction=f) for f in (0.25, 0.5, 0.9)}
    # (Cutting only the last byte of a plain file is no damage: the end of the last page is
    # free space, zeros, and SQLite reads a short page as zero-filled.)
    cases |= {"truncated-last-page": _truncate(-PAGE), "truncated-mid-last-page":
              _truncate(-PAGE // 2), "zero-length": _truncate(0)}
    return cases


# SQLCipher: bytes 0-15 are the salt, the rest of every page is encrypted and authenticated.
ENCRYPTED = _common_cases() | {f"encrypted-byte-{o}": _flip(o)
                               for o in (0, 7, 15, 16, 24, 60, 99, 500, 1000, 2048, 3000, 4000,
                                         4090, 4095, 4100, 8000, 12000)}
# Plain: header fields SQLite notices (or Steward's header check does); counters, hints and
# reserved bytes that SQLite ignores or repairs are left out, flipping them is no damage.
PLAIN = _common_cases() | {f"header-byte-{o}": _flip(o)
                           for o in (0, 3, 7, 11, 15, 16, 17, 18, 19, 20, 21, 22, 23, 28, 31, 32,
                                     35, 36, 39, 47, 52, 55, 59, 64, 67)}
WAL_CASES = ("foreign-wal-same-layout", "foreign-wal-other-database")


def test_there_are_at_least_fifty_of_each() -> None:
    assert len(ENCRYPTED) + len(WAL_CASES) >= 50 and len(PLAIN) + 1 >= 50


# -- encrypted folders, through the CLI ------------------------------------------------------------
@dataclass(frozen=True)
class Healthy:
    paths: AppPaths
    keyring_values: dict[tuple[str, str], str]


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Healthy]:
    """An encrypted folder made by the CLI, with a verified backup of exactly that state."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()  # never the developer's keychain, even in a module fixture
    keyring.set_keyring(backend)
    try:
        folder = tmp_path_factory.mktemp("healthy") / "data"
        for args in (("demo", "--members", str(MEMBERS)), ("backup",)):
            assert main(["--data-dir", str(folder), *args], stdout=io.StringIO(),
                        stderr=io.StringIO()) == 0
        yield Healthy(AppPaths(folder), dict(backend.values))
    finally:
        keyring.set_keyring(previous)


def _cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process; commands that print to sys.stderr themselves are caught too."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(folder), *args], stdout=out, stderr=err)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, err.getvalue() + captured.err


def _foreign_wal(case: str, paths: AppPaths, tmp_path: Path) -> bytes:
    keys = open_keys(paths, create=False)
    assert keys is not None
    driver = cipher_driver(keys.key)
    if case == "foreign-wal-same-layout":  # a synced copy of this folder, become another one
        theirs = copy_folder(paths, tmp_path / "theirs")
        give_new_identity(theirs.db_file, driver)
        return wal_after_a_crash(theirs.db_file, driver, tag="not ours")
    other_key = sqlcipher_driver("x'" + "3c" * 32 + "'")
    return wal_after_a_crash(fresh_folder(tmp_path / "other", 3, other_key).db_file, other_key)


@pytest.mark.parametrize("case", [*ENCRYPTED, *WAL_CASES])
def test_a_damaged_encrypted_database_gets_the_restore_path(
        healthy: Healthy, memory_keyring: MemoryKeyring, tmp_path: Path, case: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    memory_keyring.values.update(healthy.keyring_values)
    paths = copy_folder(healthy.paths, tmp_path / "data")
    original = healthy.paths.db_file.read_bytes()
    if case in WAL_CASES:
        paths.db_file.with_name("steward.db-wal").write_bytes(_foreign_wal(case, paths, tmp_path))
        damaged = original
    else:
        damaged = ENCRYPTED[case](original, random.Random(case))
        paths.db_file.write_bytes(damaged)

    code, out, err = _cli(capsys, paths.data_dir, "check")
    assert code == 1, (out, err)  # a user-fixable problem: not a bug (3), not "healthy" (0)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(paths.db_file) in err and "steward recover" in err

    code, recovered, err = _cli(capsys, paths.data_dir, "recover")
    assert (code, err) == (0, ""), err
    code, out, _err = _cli(capsys, paths.data_dir, "check")
    assert code == 0 and f"{MEMBERS} members" in out, out
    kept = sorted(p for p in paths.data_dir.iterdir()
                  if ".damaged-" in p.name or ".foreign-" in p.name)
    assert kept, "the damaged file must be set aside, never deleted"
    if case in WAL_CASES:
        assert "log was set aside" in recovered
    else:
        assert kept[0].name.endswith(".db") and kept[0].read_bytes() == damaged
        assert "Restored the backup" in recovered


# -- plain databases, through the startup check in-process -----------------------------------------
@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> AppPaths:
    paths = fresh_folder(tmp_path_factory.mktemp("plain") / "data", members=MEMBERS)
    backup_database(paths.db_file, paths.backups_dir / backup_name("manual"), Driver())
    return paths


@pytest.mark.parametrize("case", [*PLAIN, "wal-of-another-page-size"])
def test_a_damaged_plain_database_gets_the_restore_path(plain: AppPaths, tmp_path: Path,
                                                        case: str) -> None:
    paths = copy_folder(plain, tmp_path / "data")
    if case == "wal-of-another-page-size":
        paths.db_file.with_name("steward.db-wal").write_bytes(
            wal_of_another_page_size(tmp_path, 16384))
    else:
        paths.db_file.write_bytes(PLAIN[case](plain.db_file.read_bytes(), random.Random(case)))
    service = RestoreService(paths, Driver())
    with pytest.raises(DatabaseError) as err:
        inspect_database(paths.db_file, Driver(), full=True)
    assert str(paths.db_file) in str(err.value) and "\n" not in str(err.value)
    offer = service.plan_recovery(err.value)
    assert offer.action in (RecoveryAction.RESTORE_BACKUP, RecoveryAction.SET_ASIDE_LOG)
    service.recover(offer)
    inspect_database(paths.db_file, Driver(), full=True)
    assert count_members(paths.db_file, Driver()) == MEMBERS


def test_no_backup_that_verifies_means_nothing_is_changed(healthy: Healthy,
                                                          memory_keyring: MemoryKeyring,
                                                          tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    memory_keyring.values.update(healthy.keyring_values)
    paths = copy_folder(healthy.paths, tmp_path / "data")
    shutil.rmtree(paths.backups_dir)
    paths.db_file.write_bytes(paths.db_file.read_bytes()[:PAGE * 3])
    before = paths.db_file.read_bytes()
    code, _out, err = _cli(capsys, paths.data_dir, "recover")
    assert code == 1 and "no backup" in err and "Nothing was changed" in err
    assert paths.db_file.read_bytes() == before
