"""A first start killed between creating the file and writing the schema is not fatal."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from app.bootstrap import build_context
from app.db.migrate import head_revision
from app.errors import CorruptDatabaseError
from app.paths import AppPaths
from app.secrets.memory import MemorySecretStore


def test_an_empty_file_left_by_a_killed_first_start_gets_the_schema(paths: AppPaths) -> None:
    paths.ensure()
    paths.db_file.touch()  # what sqlite3.connect leaves if the process dies right after
    ctx = build_context(paths, secrets=MemorySecretStore())
    ctx.close()
    with closing(sqlite3.connect(paths.db_file)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            head_revision()
    assert list(paths.backups_dir.iterdir()) == []  # there was nothing to back up


def test_an_empty_file_with_a_write_ahead_log_is_still_refused(paths: AppPaths) -> None:
    """The log might hold committed pages: that file is not blank, so it is left alone."""
    paths.ensure()
    paths.db_file.touch()
    wal = paths.db_file.with_name("steward.db-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    with pytest.raises(CorruptDatabaseError, match="empty"):
        build_context(paths, secrets=MemorySecretStore())
    assert paths.db_file.stat().st_size == 0
    assert wal.stat().st_size == 64
