"""Raw SQL through a Session's connection.

Aggregates and paged list queries are clearer in SQL than in ORM expressions; running them on the
session's own connection keeps them inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import CursorResult, Row, text
from sqlmodel import Session

Params = Mapping[str, Any]

# Well under SQLite's limit on bound variables (32766 since 3.32), per statement.
CHUNK = 500


def fetch_all(session: Session, sql: str, params: Params | None = None) -> Sequence[Row[Any]]:
    return session.connection().execute(text(sql), dict(params or {})).all()


def fetch_one(session: Session, sql: str, params: Params | None = None) -> Row[Any]:
    return session.connection().execute(text(sql), dict(params or {})).one()


def fetch_optional(session: Session, sql: str, params: Params | None = None) -> Row[Any] | None:
    return session.connection().execute(text(sql), dict(params or {})).first()


def scalar(session: Session, sql: str, params: Params | None = None) -> Any:
    return session.connection().execute(text(sql), dict(params or {})).scalar()


def execute(session: Session, sql: str, params: Params | None = None) -> CursorResult[Any]:
    return session.connection().execute(text(sql), dict(params or {}))


def execute_many(session: Session, sql: str, rows: Sequence[Params]) -> None:
    if rows:
        session.connection().execute(text(sql), [dict(r) for r in rows])


def insert(session: Session, sql: str, params: Params | None = None) -> int:
    """Run an INSERT and return the new row's id."""
    result = execute(session, sql, params)
    return int(result.lastrowid)  # type: ignore[arg-type]


def in_list(name: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """``(:name0, :name1, …)`` and its parameters; an empty list matches nothing."""
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    if not params:
        return "(NULL)", {}
    return "(" + ", ".join(f":{key}" for key in params) + ")", params


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


ORDERED_TABLES = ("role", "custom_field", "note_template", "segment")


def set_positions(session: Session, table: str, ids: Sequence[int]) -> None:
    """Store a user's drag-and-drop order: ``ids`` first to last (unknown ids are ignored)."""
    if table not in ORDERED_TABLES:
        raise ValueError(f"{table} has no position column")
    execute_many(session, f"UPDATE {table} SET position = :p WHERE id = :i",
                 [{"p": position, "i": item} for position, item in enumerate(ids)])
