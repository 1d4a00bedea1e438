"""Fixtures for the integration tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import AppContext, build_context
from app.paths import AppPaths
from app.secrets.environment import EnvironmentPrompter
from tests.conftest import FAST_KDF, EncryptedTemplate


@pytest.fixture
def fresh(tmp_path: Path, encrypted_template: EncryptedTemplate) -> Iterator[AppContext]:
    """A second, empty data folder (a new laptop) to import an export into."""
    paths = AppPaths(tmp_path / "fresh")
    store = encrypted_template.copy_to(paths)
    context = build_context(paths, secrets=store, prompter=EnvironmentPrompter({}, None),
                            kdf=FAST_KDF)
    yield context
    context.close()
