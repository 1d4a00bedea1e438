from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import DataFolderError
from app.paths import AppPaths, default_data_dir, resolve_paths, resources_dir


def test_command_line_beats_environment_beats_default(tmp_path: Path) -> None:
    env = {"STEWARD_DATA_DIR": str(tmp_path / "env")}
    assert resolve_paths(tmp_path / "cli", env).data_dir == (tmp_path / "cli").resolve()
    assert resolve_paths(None, env).data_dir == (tmp_path / "env").resolve()
    assert resolve_paths(None, {}).data_dir == default_data_dir().resolve()


def test_every_folder_lives_inside_the_data_folder(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "d")
    paths.ensure()
    for child in (paths.db_file, paths.backups_dir, paths.attachments_dir, paths.logs_dir,
                  paths.settings_file, paths.log_file):
        assert child.resolve().is_relative_to(paths.data_dir)
    assert paths.backups_dir.is_dir() and paths.logs_dir.is_dir()


def test_unusable_folder_names_the_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError) as err:
        AppPaths(blocker / "data").ensure()
    assert str(blocker / "data") in str(err.value)
    assert "--data-dir" in str(err.value)


def test_resources_folder_ships_translations_and_fonts() -> None:
    assert (resources_dir() / "translations").is_dir()
    assert (resources_dir() / "fonts").is_dir()
