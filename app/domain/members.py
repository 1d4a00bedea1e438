"""Member data as it crosses layers and threads: plain frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.segments import SegmentDefinition


class Platform(StrEnum):
    WECHAT = "wechat"
    TELEGRAM = "telegram"
    DISCORD = "discord"
    SLACK = "slack"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    PHONE = "phone"
    OTHER = "other"

    @classmethod
    def parse(cls, value: str) -> Platform:
        """The platform named ``value``; anything unknown (a newer Steward's) reads as OTHER."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            return cls.OTHER


class MemberStatus(StrEnum):
    ACTIVE = "active"
    MUTED = "muted"
    LEFT = "left"
    REMOVED = "removed"
    BANNED = "banned"

    @classmethod
    def parse(cls, value: str) -> MemberStatus:
        """The stored status; an unknown one (from a newer Steward) reads as ACTIVE."""
        try:
            return cls(value)
        except ValueError:
            return cls.ACTIVE


@dataclass(frozen=True)
class HandleData:
    platform: Platform
    handle: str
    # Platform IDs (Telegram, Discord) are 64-bit: always text, never int.
    platform_id: str = ""


@dataclass(frozen=True)
class TagData:
    id: int
    name: str
    color: str


@dataclass(frozen=True)
class TagSummary:
    id: int
    name: str
    color: str
    member_count: int


@dataclass(frozen=True)
class DeletedTag:
    """Everything needed to undo a tag deletion."""

    name: str
    color: str
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class MemberRow:
    """One line of the member list: only what the table shows."""

    id: int
    display_name: str
    status: MemberStatus
    role: str
    joined_on: date | None
    handles: str
    tags: str
    updated_at: datetime
    location: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class NewMember:
    display_name: str
    status: MemberStatus = MemberStatus.ACTIVE
    role: str = "member"
    joined_on: date | None = None
    location: str = ""
    time_zone: str = ""
    interests: str = ""
    handles: tuple[HandleData, ...] = ()
    tags: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


class MemberSort(StrEnum):
    NAME = "name"
    HANDLES = "handles"
    TAGS = "tags"
    STATUS = "status"
    ROLE = "role"
    JOINED = "joined"
    LOCATION = "location"
    CREATED = "created"
    UPDATED = "updated"


@dataclass(frozen=True)
class MemberQuery:
    """What the list asks for; the repository turns it into WHERE / ORDER BY / LIMIT.

    ``text`` matches names, aliases and handles (any length, any script); ``tag_ids`` are the tag
    filter chips (a member must carry all of them); ``segment`` adds a saved filter.
    """

    text: str = ""
    tag_ids: tuple[int, ...] = ()
    segment: SegmentDefinition | None = None
    sort: MemberSort = MemberSort.NAME
    descending: bool = False
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class MemberPage:
    total: int
    offset: int
    rows: tuple[MemberRow, ...]
