"""Test harness shared by every test.

- Qt runs offscreen; the variable is set here, before anything imports Qt.
- Every test gets a fresh data folder under tmp_path and STEWARD_DATA_DIR points there, so no
  test can touch the developer's real data.
- Every test gets an in-memory keyring backend; only the integration test uses the real one.
- A migrated template database is built once per session and copied for each test that wants a
  ready context. ``template_db`` is a plain SQLite file on purpose: it is the schema fixture for
  the migration and damage tests, which read it with the standard ``sqlite3`` module. The ``ctx``
  fixtures copy an *encrypted* template (SQLCipher, its key in an in-memory store), so every
  service test runs on the same driver as the app, at no key-derivation cost.
- Unexpected log records at WARNING or above fail the test (``expect_log_warnings`` lets a test
  that provokes one say so).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# A 1920x1080 virtual screen (the plugin's default is 800x800, smaller than the window).
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).parent / 'helpers' / 'offscreen.json'}"
)
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

import keyring
import pytest

from app.bootstrap import AppContext, build_context
from app.db.engine import Driver
from app.db.migrate import open_database
from app.paths import AppPaths
from app.secrets.environment import EnvironmentPrompter
from app.secrets.memory import MemorySecretStore
from tests.helpers.keyring_backend import MemoryKeyring
from tests.helpers.prompter import FAST_KDF

IN_CI = os.environ.get("CI", "").lower() == "true"

# Fixtures and settings kept in their own modules (scale data sets, Hypothesis profiles).
pytest_plugins = ("tests.helpers.scale", "tests.helpers.hypothesis_profiles")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "expect_log_warnings: the test provokes logged warnings")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STEWARD_DATA_DIR", str(tmp_path / "default-data"))


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_log_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    collector = _Collector()
    root = logging.getLogger()
    root.addHandler(collector)
    yield
    root.removeHandler(collector)
    if request.node.get_closest_marker("expect_log_warnings"):
        return
    unexpected = [f"{r.name}: {r.getMessage()}" for r in collector.records]
    if unexpected:
        pytest.fail("unexpected log warnings:\n" + "\n".join(unexpected))


@pytest.fixture(autouse=True)
def _restore_root_logging() -> Iterator[None]:
    """The CLI attaches a file handler to the root logger; detach it after each test."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain (unencrypted) database migrated to head."""
    folder = AppPaths(tmp_path_factory.mktemp("template"))
    folder.ensure()
    open_database(folder, Driver()).dispose()  # the last close checkpoints the WAL into the file
    return folder.db_file


@dataclass(frozen=True)
class EncryptedTemplate:
    """An encrypted, migrated database, its encryption.json, and the store entries with its key."""

    paths: AppPaths
    secrets: dict[str, str]

    def copy_to(self, paths: AppPaths) -> MemorySecretStore:
        paths.ensure()
        shutil.copyfile(self.paths.db_file, paths.db_file)
        shutil.copyfile(self.paths.encryption_file, paths.encryption_file)
        return MemorySecretStore(self.secrets)


@pytest.fixture(scope="session")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> EncryptedTemplate:
    paths = AppPaths(tmp_path_factory.mktemp("encrypted-template"))
    store = MemorySecretStore()
    quiet = EnvironmentPrompter({}, None)
    context = build_context(paths, secrets=store, prompter=quiet)
    context.keys.mark_recovery_key_saved()
    context.close()
    return EncryptedTemplate(paths, {name: store.get(name) or "" for name in store.names()})


@pytest.fixture
def ctx(paths: AppPaths, encrypted_template: EncryptedTemplate) -> Iterator[AppContext]:
    """A ready context on a fresh copy of the migrated, encrypted template database."""
    store = encrypted_template.copy_to(paths)
    context = build_context(paths, secrets=store, prompter=EnvironmentPrompter({}, None),
                            kdf=FAST_KDF)
    yield context
    context.close()


@pytest.fixture
def demo_ctx(ctx: AppContext) -> AppContext:
    ctx.demo.seed(300, seed=3)
    return ctx
