"""Where Steward keeps things.

Every file Steward writes lives under one data folder so that a community can be moved, backed up
or tested by pointing at a folder. platformdirs gives the per-user default; ``--data-dir`` or
``STEWARD_DATA_DIR`` overrides it (several communities, or a test, each get their own).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME
from app.errors import DataFolderError

ENV_DATA_DIR = "STEWARD_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files inside one data folder."""

    data_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / "steward.db"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "steward.log"

    @property
    def encryption_file(self) -> Path:
        """Non-secret facts about the database key (which store, KDF salt, check value)."""
        return self.data_dir / "encryption.json"

    @property
    def cache_dir(self) -> Path:
        """Rebuildable caches (for example matplotlib's font list); safe to delete."""
        return self.data_dir / "cache"

    @property
    def settings_file(self) -> Path:
        """Qt settings live here (INI), not in the OS registry, so nothing escapes the folder."""
        return self.data_dir / "settings.ini"

    def ensure(self) -> None:
        """Create the folders, turning any OS failure into a message the user can act on."""
        for folder in (self.data_dir, self.backups_dir, self.attachments_dir, self.logs_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DataFolderError(folder, exc.strerror or str(exc)) from exc
        probe = self.data_dir / ".write-probe"
        try:
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            raise DataFolderError(self.data_dir, exc.strerror or str(exc)) from exc


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_paths(cli_data_dir: str | os.PathLike[str] | None = None,
                  environ: dict[str, str] | None = None) -> AppPaths:
    """Pick the data folder: the command line wins, then the environment, then the OS default."""
    env = os.environ if environ is None else environ
    chosen = cli_data_dir or env.get(ENV_DATA_DIR) or default_data_dir()
    return AppPaths(Path(chosen).expanduser().resolve())


def resources_dir() -> Path:
    """The bundled resources folder, both from a source checkout and inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
