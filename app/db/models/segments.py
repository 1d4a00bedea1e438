"""Saved segments: a name, a position in the sidebar, and a versioned JSON definition.

The definition is parsed by ``app.domain.segments``; keeping it as JSON means a new kind of
condition needs no migration, and an old Steward refuses (rather than misreads) a newer version.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, String, Text
from sqlmodel import Field, SQLModel

from app.db.models.columns import position_column, utc_column
from app.db.types import utc_now


class Segment(SQLModel, table=True):
    __tablename__ = "segment"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(collation="NOCASE"), nullable=False, unique=True))
    definition: str = Field(sa_column=Column(Text, nullable=False))
    position: int = Field(default=0, sa_column=position_column())
    created_at: datetime = Field(default_factory=utc_now,
                                 sa_column=utc_column())
    updated_at: datetime = Field(default_factory=utc_now,
                                 sa_column=utc_column())
