"""Test harness shared by every test.

- Qt runs offscreen; the variable is set here, before anything imports Qt.
- Every test gets a fresh data folder under tmp_path and STEWARD_DATA_DIR points there, so no
  test can touch the developer's real data.
- Every test gets an in-memory keyring backend; only the integration test uses the real one.
- A migrated template database is built once per session and copied for each test that wants a
  ready context.
- Unexpected log records at WARNING or above fail the test (``expect_log_warnings`` lets a test
  that provokes one say so).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# A 1920x1080 virtual screen (the plugin's default is 800x800, smaller than the window).
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).parent / 'helpers' / 'offscreen.json'}"
)
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

import keyring
import pytest

from app.bootstrap import AppContext, build_context
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore
from tests.helpers.keyring_backend import MemoryKeyring

IN_CI = os.environ.get("CI", "").lower() == "true"


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
    folder = tmp_path_factory.mktemp("template")
    ctx = build_context(AppPaths(folder), secrets=MemorySecretStore())
    ctx.close()  # closing the last connection checkpoints the WAL into the file
    return folder / "steward.db"


def _copy_template(template: Path, paths: AppPaths) -> None:
    paths.ensure()
    shutil.copyfile(template, paths.db_file)


@pytest.fixture
def ctx(paths: AppPaths, template_db: Path) -> Iterator[AppContext]:
    """A ready context on a fresh copy of the migrated template database."""
    _copy_template(template_db, paths)
    context = build_context(paths, secrets=MemorySecretStore())
    yield context
    context.close()


@pytest.fixture
def demo_ctx(ctx: AppContext) -> AppContext:
    ctx.demo.seed(300, seed=3)
    return ctx
