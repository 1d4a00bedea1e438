"""A member's history: created, status changed, merged from another record, and so on.

The history lives in the (encrypted) database next to the profile it describes. ``detail`` is a
small JSON object (for example ``{"from": "active", "to": "banned"}``); log files only ever get
ids, never these details.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, String, Text
from sqlmodel import Field, SQLModel

from app.db.models.columns import member_ref, utc_column
from app.db.types import utc_now


class MemberEvent(SQLModel, table=True):
    __tablename__ = "member_event"
    __table_args__ = (Index("ix_member_event_member", "member_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(sa_column=member_ref())
    kind: str = Field(sa_column=Column(String(32), nullable=False))
    detail: str = Field(default="{}", sa_column=Column(Text, nullable=False,
                                                        server_default="{}"))
    at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
