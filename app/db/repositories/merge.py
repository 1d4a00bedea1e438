"""Moving everything that belongs to one member onto another.

The tables to move are found by walking the SQLAlchemy metadata for foreign keys to ``member.id``,
so a table added by a later feature (cases, points, attendance…) moves without anyone remembering
to list it here. A row that would collide with one the survivor already has (the same tag, a value
for the same custom field, any other unique pair) is left behind and dropped with the other member:
the survivor's own row wins.
"""

from __future__ import annotations

from sqlmodel import Session, SQLModel

import app.db.models  # noqa: F401  (registers every table on the metadata)
from app.db.repositories.sql import execute


def member_references() -> tuple[tuple[str, str], ...]:
    """Every (table, column) holding a member id, in a stable order."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == "member" and fk.column.name == "id"
                   for fk in column.foreign_keys):
                found.append((table.name, column.name))
    return tuple(found)


def move_rows(session: Session, survivor: int, other: int) -> tuple[tuple[str, int], ...]:
    """Point every reference to ``other`` at ``survivor``; returns rows moved per table."""
    moved = []
    for table, column in member_references():
        count = execute(session, f"UPDATE OR IGNORE {table} SET {column} = :s "
                                 f"WHERE {column} = :o", {"s": survivor, "o": other}).rowcount
        execute(session, f"DELETE FROM {table} WHERE {column} = :o", {"o": other})
        if count:
            moved.append((table, count))
    return tuple(moved)


def drop_duplicate_handles(session: Session, member_id: int) -> int:
    """After a merge: one row per (platform, handle, platform ID), the oldest kept."""
    return execute(session, """
        DELETE FROM handle WHERE member_id = :m AND id NOT IN (
            SELECT min(id) FROM handle WHERE member_id = :m
            GROUP BY platform, handle, platform_id)""", {"m": member_id}).rowcount


def delete_member(session: Session, member_id: int) -> None:
    execute(session, "DELETE FROM member WHERE id = :m", {"m": member_id})
