"""Snapshots of a record and everything that hangs off it, found through the foreign keys.

Deleting a member must take their handles, tags and notes along, and whatever later features link
to a member (cases, points, activity) or to a note (attachments). Rather than a hard-coded list,
the snapshot walks ``SQLModel.metadata``: every table with a foreign key to a row already in the
snapshot contributes its referencing rows, recursively. What the schema says about deletion
decides how a reference is treated:

- ``ON DELETE SET NULL`` / ``SET DEFAULT``: the referencing row outlives the parent. It stays where
  it is; the snapshot remembers the link so that a restore can put it back.
- anything else (CASCADE, RESTRICT, none): the row belongs to the parent and travels with it.

Rows are kept as raw SQLite values (text, integers, reals, blobs, NULL), read and written with
plain SQL, so a restore is byte-for-byte the same whatever column types the models use, and a
snapshot taken before a migration still restores after it (columns that no longer exist are
dropped, new ones get their defaults).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, ForeignKeyConstraint, MetaData, Table

Row = dict[str, Any]
CHUNK = 400  # stays below SQLite's bound-parameter limit with room for composite keys

_DETACHING = ("SET NULL", "SET DEFAULT")


@dataclass(frozen=True)
class Link:
    """A SET NULL reference from a row that stays live to a row in the snapshot."""

    table: str
    key: Row  # primary key of the referencing row
    columns: tuple[str, ...]
    values: tuple[Any, ...]


@dataclass
class Snapshot:
    root_table: str
    root_key: Row
    rows: dict[str, list[Row]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    # Rows outside the snapshot that its rows point at (for example the tags behind member_tag):
    # not deleted or restored, kept so an export or the trash can name them.
    context: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def root(self) -> Row:
        return self.rows[self.root_table][0]

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.rows.items() if rows}

    def total_rows(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    # -- JSON ------------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({
            "version": 1,
            "root_table": self.root_table,
            "root_key": _encode_row(self.root_key),
            "rows": {t: [_encode_row(r) for r in rows] for t, rows in self.rows.items()},
            "links": [{"table": link.table, "key": _encode_row(link.key),
                       "columns": list(link.columns), "values": [_encode(v) for v in link.values]}
                      for link in self.links],
            "context": {t: [_encode_row(r) for r in rows] for t, rows in self.context.items()},
        }, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        data = json.loads(text)
        return cls(
            root_table=data["root_table"],
            root_key=_decode_row(data["root_key"]),
            rows={t: [_decode_row(r) for r in rows] for t, rows in data["rows"].items()},
            links=[Link(item["table"], _decode_row(item["key"]), tuple(item["columns"]),
                        tuple(_decode(v) for v in item["values"])) for item in data["links"]],
            context={t: [_decode_row(r) for r in rows] for t, rows in data["context"].items()},
        )


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: rows written, ids that had to change, rows that could not come back."""

    inserted: int
    new_ids: dict[str, dict[Any, Any]]
    skipped: dict[str, int]

    def new_root_id(self, table: str, old: Any) -> Any:
        return self.new_ids.get(table, {}).get(old, old)


class MissingParentError(Exception):
    """The root row points at a record that no longer exists (a note whose member is gone)."""

    def __init__(self, table: str, parent_table: str) -> None:
        self.table = table
        self.parent_table = parent_table
        super().__init__(f"{table} refers to a {parent_table} that no longer exists")


# -- collecting ----------------------------------------------------------------------------------
def collect(conn: Connection, metadata: MetaData, table_name: str, key: Row) -> Snapshot | None:
    """The snapshot of one row and its dependents, or None if the row does not exist."""
    table = metadata.tables[table_name]
    found = _select_by_columns(conn, table_name, tuple(key), [tuple(key.values())])
    if not found:
        return None
    snap = Snapshot(root_table=table_name, root_key=dict(key))
    seen: set[tuple[str, tuple[Any, ...]]] = set()
    frontier: list[tuple[Table, list[Row]]] = []
    _add(snap, seen, frontier, table, found)
    children = _children_by_parent(metadata)
    while frontier:
        parent, rows = frontier.pop(0)
        for child, fk in children.get(parent.name, []):
            parent_cols = tuple(element.column.name for element in fk.elements)
            child_cols = tuple(fk.column_keys)
            values = sorted({tuple(r[c] for c in parent_cols) for r in rows}, key=repr)
            found = _select_by_columns(conn, child.name, child_cols, values)
            if not found:
                continue
            if (fk.ondelete or "").upper() in _DETACHING:
                pk = _pk_columns(child)
                snap.links.extend(
                    Link(child.name, {c: r[c] for c in pk}, child_cols,
                         tuple(r[c] for c in child_cols))
                    for r in found
                    if (child.name, tuple(r[c] for c in pk)) not in seen)
                continue
            _add(snap, seen, frontier, child, found)
    _collect_context(conn, metadata, snap)
    return snap


def _add(snap: Snapshot, seen: set[tuple[str, tuple[Any, ...]]],
         frontier: list[tuple[Table, list[Row]]], table: Table, rows: list[Row]) -> None:
    pk = _pk_columns(table)
    fresh = []
    for row in rows:
        ident = (table.name, tuple(row[c] for c in pk))
        if ident not in seen:
            seen.add(ident)
            fresh.append(row)
    if fresh:
        snap.rows.setdefault(table.name, []).extend(fresh)
        frontier.append((table, fresh))


def _collect_context(conn: Connection, metadata: MetaData, snap: Snapshot) -> None:
    for table_name, rows in snap.rows.items():
        table = metadata.tables[table_name]
        for fk in table.foreign_key_constraints:
            target = fk.referred_table.name
            if target in snap.rows:
                continue
            parent_cols = tuple(element.column.name for element in fk.elements)
            values = sorted({tuple(r[c] for c in fk.column_keys) for r in rows
                             if all(r[c] is not None for c in fk.column_keys)}, key=repr)
            if not values:
                continue
            existing = snap.context.setdefault(target, [])
            known = {tuple(r[c] for c in parent_cols) for r in existing}
            for row in _select_by_columns(conn, target, parent_cols, values):
                if tuple(row[c] for c in parent_cols) not in known:
                    existing.append(row)


def _children_by_parent(metadata: MetaData) -> dict[str, list[tuple[Table, ForeignKeyConstraint]]]:
    children: dict[str, list[tuple[Table, ForeignKeyConstraint]]] = {}
    for table in metadata.sorted_tables:
        for fk in table.foreign_key_constraints:
            children.setdefault(fk.referred_table.name, []).append((table, fk))
    return children


# -- deleting --------------------------------------------------------------------------------------
def delete(conn: Connection, metadata: MetaData, snap: Snapshot,
           tables: Iterable[str] | None = None) -> int:
    """Delete the snapshot's rows (children first) and detach its SET NULL links.

    ``tables`` limits the deletion to some tables (anonymising removes handles and notes but
    keeps the member and their statistics).
    """
    wanted = set(snap.rows) if tables is None else set(tables) & set(snap.rows)
    if tables is None:
        for link in snap.links:
            sets = ", ".join(f"{_q(c)} = NULL" for c in link.columns)
            where = " AND ".join(f"{_q(c)} = ?" for c in link.key)
            conn.exec_driver_sql(f"UPDATE {_q(link.table)} SET {sets} WHERE {where}",
                                 tuple(link.key.values()))
    deleted = 0
    for table in reversed(metadata.sorted_tables):
        if table.name not in wanted:
            continue
        pk = _pk_columns(table)
        where = " AND ".join(f"{_q(c)} = ?" for c in pk)
        params = [tuple(row[c] for c in pk) for row in snap.rows[table.name]]
        conn.exec_driver_sql(f"DELETE FROM {_q(table.name)} WHERE {where}", params)
        deleted += len(params)
    return deleted


# -- restoring -------------------------------------------------------------------------------------
def restore(conn: Connection, metadata: MetaData, snap: Snapshot) -> RestoreReport:
    """Re-insert the snapshot with its ids, parents first, inside the caller's transaction.

    An id taken meanwhile (SQLite hands out max(id)+1 again) gets a new one and every reference
    inside the snapshot follows it. A row whose parent outside the snapshot has gone meanwhile is
    treated as the schema says a deletion would have treated it: SET NULL columns are cleared,
    other rows are left out. Only the root itself refuses (``MissingParentError``).
    """
    live_columns = _live_columns(conn)
    new_ids: dict[str, dict[Any, Any]] = {}
    dropped: dict[str, set[tuple[Any, ...]]] = {}
    skipped: dict[str, int] = {}
    inserted = 0
    for table in metadata.sorted_tables:
        rows = snap.rows.get(table.name)
        if not rows:
            continue
        if table.name not in live_columns:
            skipped[table.name] = skipped.get(table.name, 0) + len(rows)
            continue
        pk = _pk_columns(table)
        for original in rows:
            row = dict(original)
            if not _resolve_parents(conn, table, row, snap, new_ids, dropped):
                if table.name == snap.root_table and _same_key(original, snap.root_key):
                    raise MissingParentError(table.name, _missing_parent(conn, table, row))
                dropped.setdefault(table.name, set()).add(tuple(original[c] for c in pk))
                skipped[table.name] = skipped.get(table.name, 0) + 1
                continue
            if _exists(conn, table.name, {c: row[c] for c in pk}):
                if len(pk) == 1 and isinstance(row[pk[0]], int):
                    old = row.pop(pk[0])
                    new = _insert(conn, table.name, row, live_columns[table.name])
                    new_ids.setdefault(table.name, {})[old] = new
                    inserted += 1
                else:  # a composite key already present: the same association exists
                    skipped[table.name] = skipped.get(table.name, 0) + 1
                continue
            _insert(conn, table.name, row, live_columns[table.name])
            inserted += 1
    for link in snap.links:
        _relink(conn, metadata, link, new_ids)
    return RestoreReport(inserted=inserted, new_ids=new_ids, skipped=skipped)


def _resolve_parents(conn: Connection, table: Table, row: Row, snap: Snapshot,
                     new_ids: dict[str, dict[Any, Any]],
                     dropped: dict[str, set[tuple[Any, ...]]]) -> bool:
    """Point ``row`` at its parents' current ids; False if the row cannot come back."""
    for fk in table.foreign_key_constraints:
        cols = list(fk.column_keys)
        if any(row.get(c) is None for c in cols):
            continue
        parent = fk.referred_table
        parent_cols = [element.column.name for element in fk.elements]
        values = tuple(row[c] for c in cols)
        if parent.name in snap.rows and _is_in(snap, parent, parent_cols, values):
            if parent_cols == _pk_columns(parent) and values in dropped.get(parent.name, set()):
                return False
            if len(cols) == 1 and values[0] in new_ids.get(parent.name, {}):
                row[cols[0]] = new_ids[parent.name][values[0]]
            continue
        if _exists(conn, parent.name, dict(zip(parent_cols, values, strict=True))):
            continue
        if (fk.ondelete or "").upper() in _DETACHING:
            for c in cols:
                row[c] = None
            continue
        return False
    return True


def _missing_parent(conn: Connection, table: Table, row: Row) -> str:
    for fk in table.foreign_key_constraints:
        cols = list(fk.column_keys)
        parent_cols = [element.column.name for element in fk.elements]
        if any(row.get(c) is None for c in cols):
            continue
        if not _exists(conn, fk.referred_table.name,
                       dict(zip(parent_cols, (row[c] for c in cols), strict=True))):
            return fk.referred_table.name
    return "record"


def _relink(conn: Connection, metadata: MetaData, link: Link,
            new_ids: dict[str, dict[Any, Any]]) -> None:
    table = metadata.tables.get(link.table)
    if table is None or not _exists(conn, link.table, link.key):
        return
    values = list(link.values)
    for fk in table.foreign_key_constraints:
        if tuple(fk.column_keys) == link.columns and len(values) == 1:
            values[0] = new_ids.get(fk.referred_table.name, {}).get(values[0], values[0])
    sets = ", ".join(f"{_q(c)} = ?" for c in link.columns)
    where = " AND ".join(f"{_q(c)} = ?" for c in link.key)
    nulls = " AND ".join(f"{_q(c)} IS NULL" for c in link.columns)
    conn.exec_driver_sql(f"UPDATE {_q(link.table)} SET {sets} WHERE {where} AND {nulls}",
                         (*values, *link.key.values()))


# -- SQL helpers -----------------------------------------------------------------------------------
def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _pk_columns(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


def _same_key(row: Row, key: Row) -> bool:
    return all(row.get(c) == v for c, v in key.items())


def _is_in(snap: Snapshot, table: Table, cols: Sequence[str], values: tuple[Any, ...]) -> bool:
    return any(tuple(r[c] for c in cols) == values for r in snap.rows.get(table.name, []))


def _select_by_columns(conn: Connection, table: str, cols: Sequence[str],
                       values: Sequence[tuple[Any, ...]]) -> list[Row]:
    found: list[Row] = []
    for start in range(0, len(values), CHUNK):
        chunk = values[start:start + CHUNK]
        if len(cols) == 1:
            where = f"{_q(cols[0])} IN ({','.join('?' for _ in chunk)})"
            params: tuple[Any, ...] = tuple(v[0] for v in chunk)
        else:
            one = "(" + " AND ".join(f"{_q(c)} = ?" for c in cols) + ")"
            where = " OR ".join(one for _ in chunk)
            params = tuple(x for v in chunk for x in v)
        result = conn.exec_driver_sql(f"SELECT * FROM {_q(table)} WHERE {where}", params)
        names = list(result.keys())
        found.extend(dict(zip(names, r, strict=True)) for r in result.fetchall())
    return found


def _exists(conn: Connection, table: str, key: Row) -> bool:
    where = " AND ".join(f"{_q(c)} = ?" for c in key)
    return conn.exec_driver_sql(f"SELECT 1 FROM {_q(table)} WHERE {where} LIMIT 1",
                                tuple(key.values())).first() is not None


def _insert(conn: Connection, table: str, row: Row, live: set[str]) -> Any:
    cols = [c for c in row if c in live]
    sql = (f"INSERT INTO {_q(table)} ({', '.join(_q(c) for c in cols)}) "
           f"VALUES ({', '.join('?' for _ in cols)})")
    result = conn.exec_driver_sql(sql, tuple(row[c] for c in cols))
    return result.lastrowid


def _live_columns(conn: Connection) -> dict[str, set[str]]:
    names = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    return {name: {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({_q(name)})")}
            for name in names}


# -- JSON values -----------------------------------------------------------------------------------
def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and "$b64" in value:
        return base64.b64decode(value["$b64"])
    return value


def _encode_row(row: Row) -> Row:
    return {k: _encode(v) for k, v in row.items()}


def _decode_row(row: Row) -> Row:
    return {k: _decode(v) for k, v in row.items()}
