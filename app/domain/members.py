"""Member data as it crosses layers and threads: plain frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Platform(StrEnum):
    WECHAT = "wechat"
    TELEGRAM = "telegram"
    DISCORD = "discord"
    SLACK = "slack"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    PHONE = "phone"
    OTHER = "other"


class MemberStatus(StrEnum):
    ACTIVE = "active"
    MUTED = "muted"
    LEFT = "left"
    REMOVED = "removed"
    BANNED = "banned"


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
    STATUS = "status"
    ROLE = "role"
    JOINED = "joined"
    UPDATED = "updated"


@dataclass(frozen=True)
class MemberQuery:
    """What the list asks for; the repository turns it into WHERE / ORDER BY / LIMIT."""

    text: str = ""
    sort: MemberSort = MemberSort.NAME
    descending: bool = False
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class MemberPage:
    total: int
    offset: int
    rows: tuple[MemberRow, ...]
