"""A first start killed between creating the database file and writing the schema is not fatal.

The key is stored (and encryption.json written) before the database is created, so what a kill
at that moment leaves is the folder's key settings beside a zero-byte ``steward.db``.
"""

from __future__ import annotations

from contextlib import closing

import pytest

from app.bootstrap import AppContext, build_context
from app.db.migrate import head_revision
from app.errors import CorruptDatabaseError
from app.paths import AppPaths
from app.secrets.environment import EnvironmentPrompter
from app.secrets.memory import MemorySecretStore
from tests.helpers.prompter import FAST_KDF
from tests.helpers.raw_db import raw_connection


def _killed_first_start(paths: AppPaths) -> MemorySecretStore:
    store = MemorySecretStore()
    ctx = build_context(paths, secrets=store, prompter=EnvironmentPrompter({}, None), kdf=FAST_KDF)
    ctx.keys.mark_recovery_key_saved()
    ctx.close()
    for suffix in ("-wal", "-shm"):
        paths.db_file.with_name(paths.db_file.name + suffix).unlink(missing_ok=True)
    paths.db_file.write_bytes(b"")  # what connect() leaves if the process dies right after
    return store


def _open(paths: AppPaths, store: MemorySecretStore) -> AppContext:
    return build_context(paths, secrets=store, prompter=EnvironmentPrompter({}, None),
                         kdf=FAST_KDF)


def test_an_empty_file_left_by_a_killed_first_start_gets_the_schema(paths: AppPaths) -> None:
    store = _killed_first_start(paths)
    ctx = _open(paths, store)
    try:
        with closing(raw_connection(ctx)) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
                head_revision()
    finally:
        ctx.close()
    assert list(paths.backups_dir.iterdir()) == []  # there was nothing to back up
    assert paths.db_file.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted, as ever


def test_an_empty_file_with_a_write_ahead_log_is_still_refused(paths: AppPaths) -> None:
    """The log might hold committed pages: that file is not blank, so it is left alone."""
    store = _killed_first_start(paths)
    wal = paths.db_file.with_name("steward.db-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    with pytest.raises(CorruptDatabaseError, match="empty"):
        _open(paths, store)
    assert paths.db_file.stat().st_size == 0
    assert wal.stat().st_size == 64
