"""Operator-defined profile fields (text, number, date, choice) and the role list.

``canonical_value`` is the one place that decides what a valid value is, so the profile form, the
importers and the segment editor all accept and store exactly the same things.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from app.errors import UserError
from app.messages import msg

MAX_TEXT_VALUE = 10_000
MAX_OPTIONS = 200


class FieldKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"


@dataclass(frozen=True)
class CustomFieldDef:
    id: int
    name: str
    kind: FieldKind
    options: tuple[str, ...] = ()
    position: int = 0


@dataclass(frozen=True)
class CustomValue:
    """One member's value for one field, in canonical text (ISO date, plain number, option)."""

    field_id: int
    name: str
    kind: FieldKind
    value: str
    number: float | None = None


@dataclass(frozen=True)
class FieldValue:
    """A value as typed or imported; ``None`` or blank text clears the field."""

    field_id: int
    value: str | int | float | date | None


@dataclass(frozen=True)
class RoleData:
    id: int
    name: str
    position: int
    member_count: int = 0


class InvalidFieldValue(UserError):
    """``reason`` is the whole clause about the value ("'lots' is not a number"), a ``msg``:
    importers use it on its own as the reason a row was skipped."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(msg("Field \"{field}\": {reason}.", field=field, reason=reason))


def canonical_value(definition: CustomFieldDef,
                    raw: str | int | float | date | None) -> tuple[str, float | None] | None:
    """Validate ``raw`` for the field; ``None`` means "no value" (clear it)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if definition.kind is FieldKind.NUMBER:
        return _number(definition.name, raw)
    if definition.kind is FieldKind.DATE:
        return _date(definition.name, raw), None
    text = raw.isoformat() if isinstance(raw, date) else str(raw).strip()
    if len(text) > MAX_TEXT_VALUE:
        raise InvalidFieldValue(definition.name, msg(
            "{value} is longer than {limit} characters", value=repr(text[:20] + "…"),
            limit=f"{MAX_TEXT_VALUE:,}"))
    if definition.kind is FieldKind.CHOICE:
        for option in definition.options:
            if option.casefold() == text.casefold():
                return option, None
        if not definition.options:
            raise InvalidFieldValue(definition.name, msg(
                "{value} is not one of the choices (none defined yet)", value=repr(text)))
        raise InvalidFieldValue(definition.name, msg(
            "{value} is not one of the choices ({choices})", value=repr(text),
            choices=", ".join(definition.options)))
    return text, None


def _number(field: str, raw: object) -> tuple[str, float]:
    if isinstance(raw, bool | date):
        raise InvalidFieldValue(field, msg("{value} is not a number", value=repr(raw)))
    text = str(raw).strip().replace(",", "").replace("，", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise InvalidFieldValue(field, msg("{value} is not a number (use digits, e.g. 12.5)",
                                           value=repr(raw))) from None
    if not number.is_finite() or not math.isfinite(float(number)):
        raise InvalidFieldValue(field, msg("{value} is not a finite number", value=repr(raw)))
    normal = format(number.normalize(), "f")
    if "." in normal:
        normal = normal.rstrip("0").rstrip(".")
    return (normal if normal not in ("-0", "") else "0"), float(number)


def _date(field: str, raw: object) -> str:
    if isinstance(raw, date):
        return raw.isoformat()
    text = str(raw).strip().replace("/", "-").replace(".", "-")
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidFieldValue(field, msg("{value} is not a date (use YYYY-MM-DD)",
                                           value=repr(raw))) from None


def clean_options(field: str, options: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trimmed, non-empty, case-insensitively unique options, in the order given."""
    seen: set[str] = set()
    result = []
    for option in options:
        text = str(option).strip()
        if not text or text.casefold() in seen:
            continue
        seen.add(text.casefold())
        result.append(text)
    if len(result) > MAX_OPTIONS:
        raise UserError(msg("Field \"{field}\": at most {limit} choices, not {count}.",
                            field=field, limit=MAX_OPTIONS, count=len(result)))
    return tuple(result)
