"""Bulk paths and repairs for the search index (the FTS5 tables described in ``app.db.fts``).

Per-row triggers keep the index exact for everyday edits, but they make bulk inserts several times
slower (100,000 demo members: about 60 s with triggers, against about 20 s when the index is filled
once per batch). ``bulk_insert`` therefore drops the search triggers *inside the caller's
transaction*, lets it insert rows, indexes exactly the new rows with one ``INSERT … SELECT`` per
index, and re-creates the triggers before the transaction commits. Either everything commits
together or nothing does, so a crash can never leave the database without its triggers.

The searchable tables are discovered from the schema (every ``<table>_short_fts`` with a matching
``<table>_fts``), so tables indexed by later migrations are handled without changes here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from app.db.fts import TOKENS_FUNCTION

_SHORT = "_short_fts"


@dataclass(frozen=True)
class IndexedTable:
    table: str
    columns: tuple[str, ...]

    @property
    def trigram(self) -> str:
        return f"{self.table}_fts"

    @property
    def short(self) -> str:
        return f"{self.table}{_SHORT}"

    def fill_sql(self, where: str = "") -> tuple[str, str]:
        cols = ", ".join(self.columns)
        tokens = ", ".join(f"{TOKENS_FUNCTION}({c})" for c in self.columns)
        return (f"INSERT INTO {self.trigram} (rowid, {cols}) SELECT id, {cols} "
                f"FROM {self.table} {where}",
                f"INSERT INTO {self.short} (rowid, {cols}) SELECT id, {tokens} "
                f"FROM {self.table} {where}")


def indexed_tables(conn: Connection) -> tuple[IndexedTable, ...]:
    names = {str(r[0]) for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%fts'")}
    found = []
    for name in sorted(names):
        if not name.endswith(_SHORT):
            continue
        table = name[: -len(_SHORT)]
        if f"{table}_fts" not in names:
            continue
        columns = tuple(str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA table_info({name})"))
        found.append(IndexedTable(table, columns))
    return tuple(found)


def _search_triggers(conn: Connection, tables: tuple[IndexedTable, ...]) -> list[tuple[str, str]]:
    wanted = {t.table for t in tables}
    rows = conn.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE '%\\_fts\\_%' ESCAPE '\\'").all()
    return [(str(name), str(sql)) for name, table, sql in rows if table in wanted]


@contextmanager
def bulk_insert(conn: Connection) -> Iterator[None]:
    """Insert many rows into searchable tables without per-row index triggers.

    Must run inside a transaction on ``conn``. Only inserts are allowed inside the block: updates
    or deletes of existing rows would not reach the index.
    """
    tables = indexed_tables(conn)
    triggers = _search_triggers(conn, tables)
    before = {t.table: int(conn.exec_driver_sql(
        f"SELECT coalesce(max(id), 0) FROM {t.table}").scalar_one()) for t in tables}
    for name, _sql in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    for table in tables:
        for sql in table.fill_sql(f"WHERE id > {before[table.table]}"):
            conn.exec_driver_sql(sql)
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)


def rebuild(conn: Connection) -> None:
    """Rebuild every search index from its table (a repair; normal use never needs it)."""
    for table in indexed_tables(conn):
        conn.exec_driver_sql(f"INSERT INTO {table.trigram} ({table.trigram}) VALUES ('rebuild')")
        conn.exec_driver_sql(f"INSERT INTO {table.short} ({table.short}) VALUES ('delete-all')")
        conn.exec_driver_sql(table.fill_sql()[1])
