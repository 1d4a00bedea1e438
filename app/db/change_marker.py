"""Know, exactly and cheaply, whether the data changed since the last backup.

Every write transaction on the application's engine also rewrites ``data_marker.change_token``
with a fresh random value, inside the same transaction (so it commits or rolls back with the
data). A backup copies the token along with everything else, so "changed since the last backup"
is simply: the live token differs from the token inside the newest backup.

Why not something else:
- ``PRAGMA data_version`` is per connection and starts over with each one, so it cannot compare
  across runs.
- The header's file change counter is not maintained in WAL mode.
- File mtime and size change on checkpoints and journal-mode switches without any data change,
  miss changes within the file system's timestamp granularity, and are reset by copy tools.
- A counter (instead of a random token) could come back to an old value after a restore and make
  different data look unchanged.

Writes are detected with the DB-API connection's ``total_changes`` (rows inserted, updated or
deleted since it opened), sampled when a transaction begins and compared just before it commits;
read-only transactions therefore write nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

_BEGIN_KEY = "steward_changes_at_begin"

TOUCH_SQL = (
    "UPDATE data_marker SET change_token = lower(hex(randomblob(16))), "
    "changed_at = strftime('%Y-%m-%d %H:%M:%f000', 'now') WHERE id = 1"
)


def track_changes(engine: Engine) -> None:
    """Install the begin/commit hooks on ``engine`` (the application's engine, after migration)."""

    @event.listens_for(engine, "begin")
    def _began(conn: Any) -> None:
        dbapi = conn.connection.dbapi_connection
        conn.info[_BEGIN_KEY] = dbapi.total_changes

    @event.listens_for(engine, "commit")
    def _committing(conn: Any) -> None:
        dbapi = conn.connection.dbapi_connection
        before = conn.info.pop(_BEGIN_KEY, None)
        if before is not None and dbapi.total_changes != before:
            # Straight on the DB-API connection: it is inside the open transaction, and going
            # through SQLAlchemy here would re-enter the commit that is under way.
            dbapi.execute(TOUCH_SQL)

    @event.listens_for(engine, "rollback")
    def _rolled_back(conn: Any) -> None:
        conn.info.pop(_BEGIN_KEY, None)


def read_marker(conn: Any) -> tuple[str, str] | None:
    """``(database_id, change_token)`` via a DB-API connection; None before migration 0003."""
    try:
        row = conn.execute("SELECT database_id, change_token FROM data_marker WHERE id = 1")
        found = row.fetchone()
    except Exception as exc:  # the table does not exist in databases older than 0003
        if "no such table" in str(exc):
            return None
        raise
    return (str(found[0]), str(found[1])) if found else None
