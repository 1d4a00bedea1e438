"""The Qt-free self-check names exactly what is missing (a broken install must not look fine)."""

from __future__ import annotations

import importlib
import shutil
import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from app.db.migrate import MIGRATIONS_DIR, head_revision
from app.domain.self_check import CheckResult, SelfCheckReport
from app.services.self_check import (
    check_fts5_trigram,
    check_keyring,
    check_libraries,
    check_migrations,
    check_sqlcipher,
    check_sqlite,
)
from tests.helpers.keyring_backend import MemoryKeyring

LINUX_BACKENDS = ["keyring.backends.SecretService", "keyring.backends.chainer"]


def _copy_migrations(tmp_path: Path) -> Path:
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_complete_migrations_report_the_head(tmp_path: Path) -> None:
    result = check_migrations(_copy_migrations(tmp_path))
    assert result.ok, result.summary
    assert result.details["head"] == head_revision()
    assert "0001_initial.py" in result.details["files"]


@pytest.mark.parametrize("missing", ["env.py", "script.py.mako"])
def test_a_missing_alembic_file_is_named(tmp_path: Path, missing: str) -> None:
    folder = _copy_migrations(tmp_path)
    (folder / missing).unlink()
    result = check_migrations(folder)
    assert not result.ok
    assert missing in result.summary
    assert str(folder) in result.summary


def test_revisions_left_as_bytecode_only_are_reported(tmp_path: Path) -> None:
    folder = _copy_migrations(tmp_path)
    for script in (folder / "versions").glob("0*.py"):
        script.unlink()
    result = check_migrations(folder)
    assert not result.ok
    assert "versions/*.py" in result.summary


def test_a_missing_migrations_folder_is_reported(tmp_path: Path) -> None:
    result = check_migrations(tmp_path / "nowhere")
    assert not result.ok
    assert "env.py" in result.summary


def test_keyring_without_entry_point_metadata_fails() -> None:
    """What a build without copy_metadata('keyring') looks like: nothing registered."""
    result = check_keyring(platform="linux", registered=[], chosen=MemoryKeyring())
    assert not result.ok
    assert "keyring.backends.SecretService is not registered" in result.summary


def test_keyring_backend_whose_dependency_is_missing_fails() -> None:
    def import_module(name: str) -> ModuleType:
        if name == "jeepney":
            raise ImportError("No module named 'jeepney'")
        return importlib.import_module(name)

    result = check_keyring(platform="linux", registered=LINUX_BACKENDS, chosen=MemoryKeyring(),
                           import_module=import_module)
    assert not result.ok
    assert "jeepney cannot be imported" in result.summary


def test_keyring_present_but_without_a_running_service_is_not_a_failure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    result = check_keyring(platform="linux", registered=LINUX_BACKENDS, chosen=MemoryKeyring())
    assert result.ok, result.summary
    assert result.details["viable"] is False
    assert "passphrase" in result.summary
    assert result.details["backend"] == "tests.helpers.keyring_backend.MemoryKeyring"


def test_keyring_probe_result_is_reported() -> None:
    def failing_probe() -> None:
        raise RuntimeError("The system keyring is locked.")

    result = check_keyring(platform="win32", registered=["keyring.backends.Windows"],
                           chosen=MemoryKeyring(), import_module=lambda name: importlib,
                           probe=failing_probe)
    assert not result.ok
    assert result.details["probe"] == "The system keyring is locked."


def test_an_unsafe_keyring_backend_fails() -> None:
    unsafe = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    result = check_keyring(platform="plan9", registered=[], chosen=unsafe())
    assert not result.ok
    assert "keyrings.alt.file.PlaintextKeyring stores secrets unsafely" in result.summary


def test_sqlite_and_trigram_search_work_here() -> None:
    assert check_sqlite().details["version"] == sqlite3.sqlite_version
    result = check_fts5_trigram([sqlite3])
    assert result.ok, result.summary
    assert result.details == {"sqlite3": True}


def test_sqlcipher_encrypts_for_real() -> None:
    result = check_sqlcipher()
    assert result.ok, result.summary
    assert result.details["version"]


def test_a_missing_sqlcipher_is_reported() -> None:
    def import_module(name: str) -> ModuleType:
        raise ImportError(f"No module named {name!r}")

    result = check_sqlcipher(import_module=import_module)
    assert not result.ok
    assert "sqlcipher3 cannot be imported" in result.summary


def test_libraries_write_real_files() -> None:
    result = check_libraries()
    assert result.ok, result.summary
    assert set(result.details) == {"matplotlib", "fpdf2", "openpyxl"}


def test_report_lists_problems_and_serialises() -> None:
    report = SelfCheckReport("9.9", True, "linux", (
        CheckResult("font", False, "StewardSans-Regular.ttf is missing"),
        CheckResult("sqlite", True, "SQLite 3.46", {"version": "3.46"}),
    ))
    assert not report.ok
    assert report.problems == ("font: StewardSans-Regular.ttf is missing",)
    data = report.as_json()
    assert data["checks"]["sqlite"] == {"ok": True, "summary": "SQLite 3.46", "version": "3.46"}
    assert data["ok"] is False
