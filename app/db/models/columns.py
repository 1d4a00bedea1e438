"""Column builders shared by the model modules (each table needs its own Column objects)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, ForeignKey, Integer

from app.db.types import UTCDateTime


def utc_column(nullable: bool = False) -> Column[Any]:
    """A timestamp stored as UTC ISO-8601 text (see ``app.db.types``)."""
    return Column(UTCDateTime(), nullable=nullable)


def position_column() -> Column[Any]:
    """The user's order for lists they can rearrange (roles, fields, templates, segments)."""
    return Column(Integer, nullable=False, server_default="0")


def member_ref() -> Column[Any]:
    """A row's member: deleted with the member, and moved by a merge (see
    ``app.db.repositories.merge``, which finds every foreign key to ``member.id``)."""
    return Column(Integer, ForeignKey("member.id", ondelete="CASCADE"), nullable=False)
