"""Reading one cell: statuses, dates, times, yes/no and time zones, in English and Chinese.

Each parser raises ``ValueError`` with a sentence the row converter turns into a skipped row that
names the line and the field; none of them guesses between readings (03/04/2024 is refused, not
read as March or April). The sentence is a ``Message`` (app/messages.py): take it back with
``message_of(exc)``, since ``str(exc)`` drops what the window needs to translate it.
"""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from datetime import UTC, date, datetime

from app.domain.members import MemberStatus
from app.messages import msg

_STATUS_WORDS = {
    MemberStatus.ACTIVE: ("active", "活跃", "正常", "在群", "在群中", "启用"),
    MemberStatus.MUTED: ("muted", "mute", "禁言", "已禁言"),
    MemberStatus.LEFT: ("left", "leave", "退群", "已退群", "已退出", "退出", "离开"),
    MemberStatus.REMOVED: ("removed", "kicked", "移除", "已移除", "移出", "踢出", "已踢出"),
    MemberStatus.BANNED: ("banned", "ban", "封禁", "已封禁", "拉黑", "黑名单"),
}
STATUS_BY_WORD = {word: status for status, words in _STATUS_WORDS.items() for word in words}

TRUE_WORDS = frozenset(("yes", "y", "true", "1", "pinned", "是", "置顶", "x", "✓"))
FALSE_WORDS = frozenset(("no", "n", "false", "0", "否", ""))

_CN_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def parse_status(text: str) -> MemberStatus:
    key = text.strip().casefold()
    try:
        return STATUS_BY_WORD[key]
    except KeyError:
        allowed = ", ".join(s.value for s in MemberStatus)
        raise ValueError(msg("{value} is not a status; use one of {allowed} "
                             "(or 活跃/禁言/退群/移除/封禁)", value=repr(text),
                             allowed=allowed)) from None


def parse_date(text: str) -> date:
    """A calendar date: ISO, 2024/5/1, 20240501, 2024年5月1日, or an ISO date-time."""
    value = unicodedata.normalize("NFKC", text).strip()
    for pattern in (_YMD, _CN_DATE, _COMPACT):
        match = pattern.match(value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                break
    else:
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise ValueError(msg("{value} is not a date; write it as YYYY-MM-DD, for example 2024-05-01",
                         value=repr(text)))


def parse_timestamp(text: str) -> datetime:
    """An ISO 8601 time; without an offset it is taken as UTC (Steward writes UTC with "Z")."""
    value = text.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(msg("{value} is not a date and time; write it as ISO 8601, for example "
                             "2024-05-01T09:30:00Z", value=repr(text))) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def format_timestamp(value: datetime) -> str:
    """The canonical form every Steward export writes: UTC, microseconds, "Z".

    Built from ``isoformat`` (several times faster than ``strftime``; exports format a million of
    these): "2024-05-01T09:30:00.000000+00:00" becomes "2024-05-01T09:30:00.000000Z".
    """
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")[:-6] + "Z"


def parse_bool(text: str) -> bool:
    key = text.strip().casefold()
    if key in TRUE_WORDS:
        return True
    if key in FALSE_WORDS:
        return False
    raise ValueError(msg("{value} is not yes or no", value=repr(text)))


def parse_time_zone(text: str) -> str:
    """An IANA zone name; a whole-hour UTC offset becomes the equivalent Etc/GMT zone."""
    value = text.strip()
    match = _OFFSET.match(value)
    if match:
        sign, hours, minutes = match.groups()
        if (minutes or "00") == "00" and int(hours) <= 14:
            # POSIX-style names invert the sign: UTC+8 is Etc/GMT-8.
            return "Etc/UTC" if int(hours) == 0 else \
                f"Etc/GMT{'-' if sign == '+' else '+'}{int(hours)}"
    if valid_time_zone(value):
        return value
    raise ValueError(msg("{value} is not a time zone; use an IANA name such as Asia/Shanghai "
                         "or Europe/Berlin", value=repr(text)))


def valid_time_zone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name or "\\" in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
