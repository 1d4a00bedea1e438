"""The CLI's promises about encryption, run as a user runs them."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from app.cli import main
from tests.helpers.secrets import plain_sqlite_files

ROOT = Path(__file__).resolve().parents[2]
FAIL_BACKEND = "keyring.backends.fail.Keyring"


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("STEWARD_PASSPHRASE", "PYTHON_KEYRING_BACKEND")}
    environ.update(env)
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=environ,
                          capture_output=True, text=True, timeout=120, check=False)


def test_no_keyring_and_no_passphrase_exits_1_and_writes_no_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = _run("--data-dir", str(data), "demo", "--members", "20",
                PYTHON_KEYRING_BACKEND=FAIL_BACKEND)
    assert done.returncode == 1, done.stderr
    message = done.stderr.strip()
    assert message.startswith("steward: ") and "Traceback" not in message
    assert "keyring" in message and "'fail' backend" in message
    assert "STEWARD_PASSPHRASE" in message and "No database was created" in message
    assert not (data / "steward.db").exists() and not (data / "encryption.json").exists()
    assert [p for p in data.rglob("*.db*")] == []


def test_with_a_passphrase_it_works_and_the_file_is_encrypted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = _run("--data-dir", str(data), "demo", "--members", "50",
                PYTHON_KEYRING_BACKEND=FAIL_BACKEND, STEWARD_PASSPHRASE="长城 passphrase 2024")
    assert made.returncode == 0, made.stderr
    assert "Created 50 members" in made.stdout
    assert "recovery key" in made.stderr  # where to find it, never the key itself
    assert (data / "steward.db").read_bytes()[:16] != b"SQLite format 3\x00"
    assert plain_sqlite_files(data) == []
    checked = _run("--data-dir", str(data), "check",
                   PYTHON_KEYRING_BACKEND=FAIL_BACKEND, STEWARD_PASSPHRASE="长城 passphrase 2024")
    assert checked.returncode == 0, checked.stderr
    assert "integrity ok, 50 members" in checked.stdout
    locked = _run("--data-dir", str(data), "check", PYTHON_KEYRING_BACKEND=FAIL_BACKEND)
    assert locked.returncode == 1 and "STEWARD_PASSPHRASE" in locked.stderr
    wrong = _run("--data-dir", str(data), "check", PYTHON_KEYRING_BACKEND=FAIL_BACKEND,
                 STEWARD_PASSPHRASE="not the passphrase")
    assert wrong.returncode == 1 and "does not unlock" in wrong.stderr


def test_a_short_passphrase_is_refused_before_anything_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the fixture restores it afterwards
    monkeypatch.setenv("STEWARD_PASSPHRASE", "short")
    err = io.StringIO()
    assert main(["--data-dir", str(data), "demo", "--members", "5"], io.StringIO(), err) == 1
    assert "too short" in err.getvalue()
    assert not (data / "steward.db").exists() and not (data / "encryption.json").exists()


def test_a_fresh_folder_with_a_working_keyring_holds_no_plain_sqlite(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data), "demo", "--members", "200"], out, err) == 0
    assert main(["--data-dir", str(data), "check"], out, err) == 0
    assert "200 members" in out.getvalue()
    assert (data / "steward.db").read_bytes()[:16] != b"SQLite format 3\x00"
    assert plain_sqlite_files(data) == []


def test_check_on_an_empty_folder_creates_no_key(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data), "check"], out, err) == 1
    assert not (data / "encryption.json").exists() and not (data / "steward.db").exists()


@pytest.mark.parametrize("env_passphrase", [None, "some passphrase"])
def test_check_without_the_keyring_entry_points_to_the_recovery_key(
        tmp_path: Path, memory_keyring: object, env_passphrase: str | None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data), "demo", "--members", "5"], out, err) == 0
    memory_keyring.values.clear()  # type: ignore[attr-defined]
    if env_passphrase:
        monkeypatch.setenv("STEWARD_PASSPHRASE", env_passphrase)
    before = (data / "steward.db").read_bytes()
    err = io.StringIO()
    assert main(["--data-dir", str(data), "check"], out, err) == 1
    assert "not in the system keyring" in err.getvalue() and "recovery key" in err.getvalue()
    assert (data / "steward.db").read_bytes() == before


def test_keys_status_and_rekey(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data), "keys", "status"], out, err) == 1  # nothing yet
    assert main(["--data-dir", str(data), "demo", "--members", "20"], out, err) == 0
    out = io.StringIO()
    assert main(["--data-dir", str(data), "keys", "status"], out, err) == 0
    assert "(encrypted)" in out.getvalue() and "system keyring" in out.getvalue()
    before = (data / "steward.db").read_bytes()
    out = io.StringIO()
    assert main(["--data-dir", str(data), "keys", "rekey"], out, err) == 0, err.getvalue()
    assert "recovery key has changed" in out.getvalue()
    assert (data / "steward.db").read_bytes() != before
    out = io.StringIO()
    assert main(["--data-dir", str(data), "check"], out, err) == 0
    assert "20 members" in out.getvalue()
