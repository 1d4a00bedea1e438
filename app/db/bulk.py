"""Inserting many rows at once without paying for per-row triggers.

Per-row triggers keep the search index and the list's sort keys exact for everyday edits, but
they make bulk inserts several times slower (100,000 demo members took about 60 s with them).
``bulk_insert`` drops those triggers *inside the caller's transaction*, lets it insert rows, then
indexes exactly the new rows (one ``INSERT … SELECT`` per index), recomputes the sort keys of the
members it touched, and re-creates the triggers before the transaction commits. Everything
commits together or nothing does, so a crash never leaves the database without its triggers.

Importers and the demo seeder use it::

    with engine.begin() as conn, bulk_insert(conn):
        conn.exec_driver_sql("INSERT INTO member …", rows)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from app.db import sort_keys
from app.db.fts import FTS_MARKER
from app.db.search_index import indexed_tables


def _derived_triggers(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return [(str(name), str(sql)) for name, sql in rows
            if f"{FTS_MARKER}_" in name or sort_keys.TRIGGER_MARKER in name]


def _last_id(conn: Connection, table: str, column: str = "id") -> int:
    return int(conn.exec_driver_sql(f"SELECT coalesce(max({column}), 0) FROM {table}")
               .scalar_one())


@contextmanager
def bulk_insert(conn: Connection) -> Iterator[None]:
    """Insert rows into the member tables fast; see the module docstring.

    Must run inside a transaction on ``conn``. Only INSERTs are allowed inside the block: an
    update or delete of an existing row would not reach the search index.
    """
    tables = indexed_tables(conn)
    triggers = _derived_triggers(conn)
    before = {t.table: _last_id(conn, t.table) for t in tables}
    last_member = _last_id(conn, "member")
    last_handle = _last_id(conn, "handle")
    last_link = _last_id(conn, "member_tag", "rowid")
    for name, _sql in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for table in tables:
        for sql in table.fill_sql(f"WHERE id > {before[table.table]}"):
            conn.exec_driver_sql(sql)
    sort_keys.refresh(conn, "id > :m OR id IN (SELECT member_id FROM handle WHERE id > :h) "
                            "OR id IN (SELECT member_id FROM member_tag WHERE rowid > :t)",
                      {"m": last_member, "h": last_handle, "t": last_link})
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
