"""Column types that do not change meaning when a library is upgraded.

SQLModel 0.0.45 switched its default ``datetime`` storage to aware UTC. Steward states the storage
explicitly instead of inheriting a library default: every timestamp is stored as UTC ISO-8601 text
(which sorts correctly in SQL) and read back as an aware UTC ``datetime``. A naive value is a bug in
the caller, so it is refused rather than guessed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


class UTCDateTime(TypeDecorator[datetime]):
    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use datetime.now(UTC)")
        return value.astimezone(UTC).strftime(_FORMAT)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(value, _FORMAT).replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_db_text(value: datetime) -> str:
    """The stored form, for raw-SQL bulk paths that bypass the ORM (demo seeding, imports)."""
    return value.astimezone(UTC).strftime(_FORMAT)


def from_db_text(value: str | None) -> datetime | None:
    """Read the stored form back, for raw-SQL queries."""
    if value is None:
        return None
    return datetime.strptime(value, _FORMAT).replace(tzinfo=UTC)
