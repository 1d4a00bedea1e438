"""Segments: saved filters over members, and their versioned JSON form.

A definition combines conditions with AND; each list inside it is an OR of its values (any of these
statuses, any of these roles), except ``tags_all``. Relative conditions (``joined_within_days``,
``silent_for_days``) are resolved against "now" when the segment is counted, so "New this week"
stays true to its name. Tags are referenced by id so a renamed tag keeps its segments; merging or
deleting a tag rewrites the definitions that mention it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from app.domain.members import MemberStatus
from app.errors import UserError
from app.messages import msg

FORMAT_VERSION = 1
MAX_DAYS = 36_500
MAX_TEXT = 200


class FieldOp(StrEnum):
    EQUALS = "eq"
    NOT_EQUALS = "ne"
    CONTAINS = "contains"
    LESS = "lt"
    LESS_OR_EQUAL = "le"
    GREATER = "gt"
    GREATER_OR_EQUAL = "ge"
    ONE_OF = "in"
    IS_SET = "set"
    IS_EMPTY = "empty"


@dataclass(frozen=True)
class FieldCondition:
    field_id: int
    op: FieldOp
    value: str = ""
    values: tuple[str, ...] = ()  # for ONE_OF


@dataclass(frozen=True)
class SegmentDefinition:
    tags_all: tuple[int, ...] = ()
    tags_any: tuple[int, ...] = ()
    tags_none: tuple[int, ...] = ()
    statuses: tuple[MemberStatus, ...] = ()
    roles: tuple[str, ...] = ()
    joined_after: date | None = None  # inclusive
    joined_before: date | None = None  # inclusive
    joined_within_days: int | None = None
    # No note written and no profile change for this many days ("silent for 30 days"). Until chat
    # activity is imported, the latest note or profile update stands in for the last activity.
    silent_for_days: int | None = None
    fields: tuple[FieldCondition, ...] = ()
    text: str = ""

    def is_empty(self) -> bool:
        return self == SegmentDefinition()

    def tag_ids(self) -> set[int]:
        return {*self.tags_all, *self.tags_any, *self.tags_none}

    def replace_tag(self, old: int, new: int | None) -> SegmentDefinition:
        """The same definition with tag ``old`` merged into ``new`` (or dropped when None)."""

        def swap(ids: tuple[int, ...]) -> tuple[int, ...]:
            out: list[int] = []
            for tag in ids:
                value = new if tag == old else tag
                if value is not None and value not in out:
                    out.append(value)
            return tuple(out)

        return replace(self, tags_all=swap(self.tags_all), tags_any=swap(self.tags_any),
                       tags_none=swap(self.tags_none))

    def to_json(self) -> str:
        data: dict[str, Any] = {"version": FORMAT_VERSION}
        for item in fields(self):
            value = getattr(self, item.name)
            if value in (None, (), ""):
                continue
            if isinstance(value, date):
                value = value.isoformat()
            elif item.name == "fields":
                value = [_condition_json(c) for c in value]
            elif isinstance(value, tuple):
                value = [str(v) if isinstance(v, StrEnum) else v for v in value]
            data[item.name] = value
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SegmentDefinition:
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise SegmentFormatError(msg("the definition is not JSON ({error})",
                                         error=str(exc))) from None
        if not isinstance(data, dict):
            raise SegmentFormatError(msg("the definition is not a JSON object"))
        version = data.get("version", FORMAT_VERSION)
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise SegmentFormatError(msg("it was saved by a newer Steward (format {version})",
                                         version=version))
        try:
            return cls(
                tags_all=_ids(data.get("tags_all")),
                tags_any=_ids(data.get("tags_any")),
                tags_none=_ids(data.get("tags_none")),
                statuses=tuple(MemberStatus(s) for s in _list(data.get("statuses"))),
                roles=tuple(str(r) for r in _list(data.get("roles"))),
                joined_after=_date(data.get("joined_after")),
                joined_before=_date(data.get("joined_before")),
                joined_within_days=_days(data.get("joined_within_days")),
                silent_for_days=_days(data.get("silent_for_days")),
                fields=tuple(_condition(c) for c in _list(data.get("fields"))),
                text=str(data.get("text") or "")[:MAX_TEXT],
            )
        except (TypeError, ValueError, KeyError) as exc:
            raise SegmentFormatError(msg("a condition is not valid ({error})",
                                         error=str(exc))) from None


@dataclass(frozen=True)
class SavedSegment:
    id: int
    name: str
    definition: SegmentDefinition
    position: int
    # Why the stored definition could not be read (then ``definition`` is empty and must not be
    # used to select members).
    problem: str = ""


@dataclass(frozen=True)
class SegmentCount:
    segment_id: int
    name: str
    count: int


@dataclass(frozen=True)
class SegmentSuggestion:
    """A ready-made segment the sidebar can offer; ``key`` lets the UI translate the name."""

    key: str
    name: str
    definition: SegmentDefinition


class SegmentFormatError(UserError):
    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(msg("Cannot read a saved segment: {reason}. Edit and save it again.",
                             reason=reason))


def _condition_json(c: FieldCondition) -> dict[str, Any]:
    out: dict[str, Any] = {"field_id": c.field_id, "op": str(c.op)}
    if c.value:
        out["value"] = c.value
    if c.values:
        out["values"] = list(c.values)
    return out


def _condition(raw: Any) -> FieldCondition:
    if not isinstance(raw, dict):
        raise ValueError("a field condition is not an object")
    return FieldCondition(field_id=_int(raw["field_id"]), op=FieldOp(raw["op"]),
                          value=str(raw.get("value", "")),
                          values=tuple(str(v) for v in _list(raw.get("values"))))


def _list(raw: Any) -> list[Any]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValueError(f"expected a list, found {type(raw).__name__}")
    return raw


def _int(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValueError(f"expected a whole number, found {raw!r}")
    return raw


def _ids(raw: Any) -> tuple[int, ...]:
    return tuple(dict.fromkeys(_int(v) for v in _list(raw)))


def _date(raw: Any) -> date | None:
    return None if raw in (None, "") else date.fromisoformat(str(raw))


def _days(raw: Any) -> int | None:
    if raw is None:
        return None
    value = _int(raw)
    if not 0 <= value <= MAX_DAYS:
        raise ValueError(f"{value} days is out of range")
    return value
