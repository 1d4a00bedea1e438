"""Tables that keep the data safe rather than describe the community: the trash, the privacy
audit list, a few settings, and the marker that says whether the data changed since a backup.

The trash holds whole snapshots (JSON) of what was deleted, so no other query ever has to filter
out "deleted" rows: a deleted member simply is not in ``member`` any more.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Integer, String, Text
from sqlmodel import Field, SQLModel

from app.db.types import UTCDateTime, utc_now


class TrashItem(SQLModel, table=True):
    __tablename__ = "trash_item"
    __table_args__ = (
        Index("ix_trash_item_deleted", "deleted_at"),
        Index("ix_trash_item_member", "member_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(sa_column=Column(String(16), nullable=False))
    # What the trash page shows ("王小明", "王小明: 周末活动…"); personal, like the payload, and
    # removed with it (purge, erase, anonymise).
    label: str = Field(sa_column=Column(String, nullable=False))
    # The member the snapshot belongs to (no foreign key: the member is usually gone), so that
    # erasing or anonymising a member also clears their trashed notes.
    member_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    # Row counts per table, JSON ({"note": 5, "handle": 2}), for the list without parsing payloads.
    contents: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    deleted_at: datetime = Field(default_factory=utc_now,
                                 sa_column=Column(UTCDateTime(), nullable=False))


class AuditEvent(SQLModel, table=True):
    """A privacy action (export, anonymise, erase): who and when, never the personal data."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_at", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now, sa_column=Column(UTCDateTime(), nullable=False))
    action: str = Field(sa_column=Column(String(32), nullable=False))
    member_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    # Counts only ("rows=12"), never names, handles or note text.
    detail: str = Field(default="", sa_column=Column(String, nullable=False, server_default=""))


class AppSetting(SQLModel, table=True):
    """Settings that belong to the data rather than to one computer (JSON values)."""

    __tablename__ = "app_setting"

    key: str = Field(sa_column=Column(String(64), primary_key=True))
    value: str = Field(sa_column=Column(Text, nullable=False))


class DataMarker(SQLModel, table=True):
    """One row: which database this is, and a token that changes with every committed write.

    ``change_token`` is rewritten inside every write transaction (app.db.change_marker), so
    "changed since the last backup" is an exact comparison with the token inside the newest
    backup. ``database_id`` never changes; the startup check compares it with and without the
    write-ahead log to spot a log that belongs to another database.
    """

    __tablename__ = "data_marker"

    id: int | None = Field(default=None, primary_key=True)
    database_id: str = Field(sa_column=Column(String(32), nullable=False))
    change_token: str = Field(sa_column=Column(String(32), nullable=False))
    changed_at: datetime = Field(default_factory=utc_now,
                                 sa_column=Column(UTCDateTime(), nullable=False))
