"""Note history and note templates (the notes themselves live with the member tables).

An edit never overwrites: the previous body is copied into ``note_version`` first, so every
earlier wording stays viewable.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Text
from sqlmodel import Field, SQLModel

from app.db.models.columns import position_column, utc_column
from app.db.types import utc_now


class NoteVersion(SQLModel, table=True):
    __tablename__ = "note_version"
    __table_args__ = (Index("ix_note_version_note", "note_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(
        sa_column=Column(Integer, ForeignKey("note.id", ondelete="CASCADE"), nullable=False)
    )
    body: str = Field(sa_column=Column(Text, nullable=False))
    # When this wording was written, and when an edit replaced it.
    written_at: datetime = Field(sa_column=utc_column())
    replaced_at: datetime = Field(default_factory=utc_now,
                                  sa_column=utc_column())


class NoteTemplate(SQLModel, table=True):
    __tablename__ = "note_template"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String, nullable=False))
    body: str = Field(sa_column=Column(Text, nullable=False))
    position: int = Field(default=0, sa_column=position_column())
    created_at: datetime = Field(default_factory=utc_now,
                                 sa_column=utc_column())
    updated_at: datetime = Field(default_factory=utc_now,
                                 sa_column=utc_column())
