"""Member tables: the people, their handles, tags and notes.

Rows never leave a repository as ORM objects (they are turned into ``app.domain`` dataclasses), so
lazy loading can never happen on the GUI thread or after a session has closed.

Names, handles and tag names are compared case-insensitively (``COLLATE NOCASE`` on the column), so
the plain indexes serve exact and prefix lookups the way a person types them ("alex" finds "Alex",
"VIP" and "vip" are one tag), and list sorting by name uses an index instead of a sort.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Text
from sqlmodel import Field, SQLModel

from app.db.models.columns import member_ref, utc_column
from app.db.types import utc_now


def _text(default: str = "") -> Column:  # type: ignore[type-arg]
    return Column(Text, nullable=False, server_default=default)


class Member(SQLModel, table=True):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_name", "display_name"),
        Index("ix_member_status", "status"),
        Index("ix_member_role", "role"),
        Index("ix_member_joined", "joined_on"),
        Index("ix_member_location", "location"),
        Index("ix_member_created", "created_at"),
        Index("ix_member_updated", "updated_at"),
        Index("ix_member_sort_handle", "sort_handle"),
        Index("ix_member_sort_tag", "sort_tag"),
    )

    id: int | None = Field(default=None, primary_key=True)
    display_name: str = Field(sa_column=Column(String(collation="NOCASE"), nullable=False))
    # One alias or nickname per line.
    aliases: str = Field(default="", sa_column=_text())
    status: str = Field(default="active", sa_column=Column(String(16), nullable=False))
    role: str = Field(default="member", sa_column=Column(String(64), nullable=False))
    joined_on: date | None = Field(default=None)
    location: str = Field(default="", sa_column=Column(String, nullable=False,
                                                        server_default=""))
    time_zone: str = Field(default="", sa_column=Column(String(64), nullable=False,
                                                         server_default=""))
    interests: str = Field(default="", sa_column=_text())
    needs: str = Field(default="", sa_column=_text())
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
    # Sort keys for the list's Handles and Tags columns: the member's first handle and first tag
    # name. Kept by triggers (migration 0002) on handle, member_tag and tag; never written here.
    sort_handle: str | None = Field(default=None, sa_column=Column(String(collation="NOCASE"),
                                                                   nullable=True))
    sort_tag: str | None = Field(default=None, sa_column=Column(String(collation="NOCASE"),
                                                                nullable=True))


class Handle(SQLModel, table=True):
    __tablename__ = "handle"
    __table_args__ = (
        Index("ix_handle_lookup", "handle", "platform"),
        Index("ix_handle_member", "member_id", "handle"),
        Index("ix_handle_platform_id", "platform_id", "platform"),
    )

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(sa_column=member_ref())
    platform: str = Field(sa_column=Column(String(16), nullable=False))
    handle: str = Field(sa_column=Column(String(collation="NOCASE"), nullable=False))
    # 64-bit platform IDs are stored as text; an INTEGER column would invite int round trips.
    platform_id: str = Field(default="", sa_column=Column(String(32), nullable=False,
                                                           server_default=""))


class Tag(SQLModel, table=True):
    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(collation="NOCASE"), nullable=False, unique=True))
    color: str = Field(default="#5b8def", sa_column=Column(String(9), nullable=False))


class MemberTag(SQLModel, table=True):
    __tablename__ = "member_tag"
    __table_args__ = (Index("ix_member_tag_tag", "tag_id"),)

    member_id: int = Field(
        sa_column=Column(Integer, ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    )
    tag_id: int = Field(
        sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True)
    )


class Note(SQLModel, table=True):
    __tablename__ = "note"
    __table_args__ = (Index("ix_note_member", "member_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(sa_column=member_ref())
    body: str = Field(sa_column=Column(Text, nullable=False))
    pinned: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=utc_column())
