"""Make deleted content physically go away: the step after a ``secure_delete`` transaction.

``secure_delete`` zeroes what a transaction deletes, but older copies of the same pages can
survive elsewhere: earlier frames in the write-ahead log, FTS5 index segments that still hold the
deleted tokens until they are merged, and free pages. This runs, outside any transaction:
an FTS5 ``optimize`` on every full-text index (merging away deleted entries), a checkpoint that
truncates the log, ``VACUUM`` (which rewrites the file without free pages), and a final truncating
checkpoint. Temporary storage is kept in memory so the rewrite leaves no plain temp file behind.
"""

from __future__ import annotations

import logging
import re

from sqlalchemy import Engine

log = logging.getLogger(__name__)

_FTS5 = re.compile(r"using\s+fts5", re.IGNORECASE)


def purge_freed_pages(engine: Engine) -> bool:
    """Returns False if a reader kept the log from being emptied (it will be, at the next
    checkpoint); the database content itself is purged either way."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        tables = [name for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
            if sql and _FTS5.search(sql)]
        for name in tables:
            quoted = '"' + name.replace('"', '""') + '"'
            conn.execute(f"INSERT INTO {quoted}({quoted}) VALUES ('optimize')")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute("PRAGMA temp_store = DEFAULT")
    finally:
        raw.close()
    if busy:
        log.info("The write-ahead log could not be emptied yet (a reader was active)")
    return not busy
