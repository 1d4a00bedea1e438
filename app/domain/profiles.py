"""A member's whole profile, and the draft the profile form edits."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.custom_fields import CustomValue, FieldValue
from app.domain.history import HistoryEntry
from app.domain.members import HandleData, MemberStatus, Platform, TagData
from app.domain.notes import NoteSummary
from app.errors import UserError
from app.messages import msg

MAX_NAME = 500
MAX_ALIASES = 50
MAX_HANDLES = 50
MAX_PROFILE_TEXT = 20_000


@dataclass(frozen=True)
class MemberDraft:
    """Everything the profile form edits; handles and aliases replace the stored sets."""

    display_name: str
    aliases: tuple[str, ...] = ()
    handles: tuple[HandleData, ...] = ()
    status: MemberStatus = MemberStatus.ACTIVE
    role: str = "member"
    joined_on: date | None = None
    location: str = ""
    time_zone: str = ""
    interests: str = ""
    needs: str = ""
    # Only the fields listed are changed; a None or blank value clears that field.
    custom_values: tuple[FieldValue, ...] = ()


@dataclass(frozen=True)
class MemberProfile:
    id: int
    display_name: str
    aliases: tuple[str, ...]
    handles: tuple[HandleData, ...]
    status: MemberStatus
    role: str
    joined_on: date | None
    location: str
    time_zone: str
    interests: str
    needs: str
    created_at: datetime
    updated_at: datetime
    tags: tuple[TagData, ...]
    custom_values: tuple[CustomValue, ...]
    notes: tuple[NoteSummary, ...]  # pinned first, then newest first (the first page)
    note_count: int
    history: tuple[HistoryEntry, ...]  # newest first

    def draft(self) -> MemberDraft:
        return MemberDraft(
            display_name=self.display_name, aliases=self.aliases, handles=self.handles,
            status=self.status, role=self.role, joined_on=self.joined_on,
            location=self.location, time_zone=self.time_zone, interests=self.interests,
            needs=self.needs,
            custom_values=tuple(FieldValue(v.field_id, v.value) for v in self.custom_values),
        )


MAX_LOCATION = 200
_ID_PLATFORMS = (Platform.TELEGRAM, Platform.DISCORD)
_ZONE = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$")


class InvalidProfile(UserError):
    """``field`` is the form's English label, as a ``msg`` (the form finds its slot by the
    English text; the window shows it translated), ``reason`` a ``msg`` too."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(msg("{field}: {reason}", field=field, reason=reason))


def valid_time_zone(name: str) -> bool:
    """True for an IANA zone name that this machine's tz database knows (e.g. Asia/Shanghai)."""
    if not _ZONE.match(name) or name.lower() in ("localtime", "posixrules"):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def clean_draft(draft: MemberDraft) -> MemberDraft:
    """The draft with whitespace trimmed and duplicates dropped, or InvalidProfile saying which
    field is wrong and how to fix it. Custom values are checked by the service (it knows the
    field definitions)."""
    name = " ".join(draft.display_name.split())
    if not name:
        raise InvalidProfile(msg("Display name"), msg("enter a name."))
    if len(name) > MAX_NAME:
        raise InvalidProfile(msg("Display name"), msg(
            "{count} characters is too long (at most {limit}).", count=f"{len(name):,}",
            limit=MAX_NAME))
    aliases = _unique(a.strip() for alias in draft.aliases for a in alias.splitlines())
    if len(aliases) > MAX_ALIASES:
        raise InvalidProfile(msg("Other names"), msg("at most {limit}, not {count}.",
                                                     limit=MAX_ALIASES, count=len(aliases)))
    if any(len(a) > MAX_NAME for a in aliases):
        raise InvalidProfile(msg("Other names"), msg(
            "each name can have at most {limit} characters.", limit=MAX_NAME))
    handles = _handles(draft.handles)
    role = " ".join(draft.role.split())
    if not role or len(role) > 64:
        raise InvalidProfile(msg("Role"), msg("choose a role (at most 64 characters)."))
    zone = draft.time_zone.strip()
    if zone and not valid_time_zone(zone):
        raise InvalidProfile(msg("Time zone"), msg(
            "\"{zone}\" is not an IANA time zone; use a name like Asia/Shanghai or Europe/London.",
            zone=zone))
    location = " ".join(draft.location.split())
    if len(location) > MAX_LOCATION:
        raise InvalidProfile(msg("Location"), msg("at most {limit} characters.",
                                                  limit=MAX_LOCATION))
    for label, text in ((msg("Interests"), draft.interests), (msg("Needs"), draft.needs)):
        if len(text) > MAX_PROFILE_TEXT:
            raise InvalidProfile(label, msg("at most {limit} characters.",
                                            limit=f"{MAX_PROFILE_TEXT:,}"))
    if draft.joined_on is not None and not isinstance(draft.joined_on, date):
        raise InvalidProfile(msg("Joined"), msg("expected a date."))
    return replace(draft, display_name=name, aliases=aliases, handles=handles, role=role,
                   status=MemberStatus(draft.status), time_zone=zone, location=location,
                   interests=draft.interests.strip(), needs=draft.needs.strip())


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return tuple(out)


def _handles(items: tuple[HandleData, ...]) -> tuple[HandleData, ...]:
    if len(items) > MAX_HANDLES:
        raise InvalidProfile(msg("Handles"), msg("at most {limit}, not {count}.",
                                                 limit=MAX_HANDLES, count=len(items)))
    seen: set[tuple[str, str, str]] = set()
    out = []
    for item in items:
        platform = Platform(item.platform)
        if not isinstance(item.platform_id, str):
            # A 64-bit ID that went through a float or a 32-bit int is already wrong.
            raise InvalidProfile(_id_label(platform), msg("must be given as text, not a number."))
        handle = item.handle.strip()
        platform_id = item.platform_id.strip()
        if not handle and not platform_id:
            continue
        if len(handle) > MAX_NAME:
            raise InvalidProfile(msg("{platform} handle", platform=platform.value),
                                 msg("at most {limit} characters.", limit=MAX_NAME))
        if len(platform_id) > 32:
            raise InvalidProfile(_id_label(platform), msg("at most {limit} characters.",
                                                          limit=32))
        if platform_id and platform in _ID_PLATFORMS and not platform_id.lstrip("-").isdigit():
            raise InvalidProfile(_id_label(platform), msg(
                "\"{platform_id}\" is not a numeric ID (digits only).", platform_id=platform_id))
        key = (platform.value, handle.casefold(), platform_id)
        if key not in seen:
            seen.add(key)
            out.append(HandleData(platform, handle, platform_id))
    return tuple(out)


def _id_label(platform: Platform) -> str:
    """The form's key for a platform ID ("telegram ID")."""
    return msg("{platform} ID", platform=platform.value)
