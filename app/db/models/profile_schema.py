"""What the operator defines about profiles: the role list and custom fields with their values.

Member rows keep their role as text (the list only offers choices and an order), so sorting and
filtering by role stay a plain indexed column; the role service keeps names consistent on rename.
Custom values are one row per member and field: ``value`` is the canonical text (ISO date, plain
number, chosen option) and ``number`` repeats numbers as REAL so comparisons are numeric.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.db.models.columns import member_ref, position_column, utc_column
from app.db.types import utc_now


class Role(SQLModel, table=True):
    __tablename__ = "role"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(64, collation="NOCASE"), nullable=False,
                                       unique=True))
    position: int = Field(default=0, sa_column=position_column())


class CustomField(SQLModel, table=True):
    __tablename__ = "custom_field"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(collation="NOCASE"), nullable=False, unique=True))
    kind: str = Field(sa_column=Column(String(16), nullable=False))
    # JSON list of the allowed options (choice fields only).
    options: str = Field(default="[]", sa_column=Column(Text, nullable=False,
                                                         server_default="[]"))
    position: int = Field(default=0, sa_column=position_column())
    created_at: datetime = Field(default_factory=utc_now,
                                 sa_column=utc_column())


class CustomValue(SQLModel, table=True):
    __tablename__ = "custom_value"
    __table_args__ = (
        UniqueConstraint("member_id", "field_id", name="uq_custom_value_member_field"),
        Index("ix_custom_value_field", "field_id", "value"),
        Index("ix_custom_value_number", "field_id", "number"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(sa_column=member_ref())
    field_id: int = Field(
        sa_column=Column(Integer, ForeignKey("custom_field.id", ondelete="CASCADE"),
                         nullable=False)
    )
    value: str = Field(sa_column=Column(Text, nullable=False))
    number: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
