"""Raw SQL through a Session's connection.

Aggregates and paged list queries are clearer in SQL than in ORM expressions; running them on the
session's own connection keeps them inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Row, text
from sqlmodel import Session


def fetch_all(session: Session, sql: str, params: Mapping[str, Any] | None = None) -> Sequence[Row[Any]]:
    return session.connection().execute(text(sql), dict(params or {})).all()


def fetch_one(session: Session, sql: str, params: Mapping[str, Any] | None = None) -> Row[Any]:
    return session.connection().execute(text(sql), dict(params or {})).one()
