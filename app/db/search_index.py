"""The search index's tables (the FTS5 tables described in ``app.db.fts``), and its repair.

The searchable tables are discovered from the schema (every ``<table>_short_fts`` with a matching
``<table>_fts``), so tables indexed by later migrations are handled without changes here.
"""

from __future__ import annotations

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


def rebuild(conn: Connection) -> None:
    """Rebuild every search index from its table (a repair; normal use never needs it)."""
    for table in indexed_tables(conn):
        conn.exec_driver_sql(f"INSERT INTO {table.trigram} ({table.trigram}) VALUES ('rebuild')")
        conn.exec_driver_sql(f"INSERT INTO {table.short} ({table.short}) VALUES ('delete-all')")
        conn.exec_driver_sql(table.fill_sql()[1])
