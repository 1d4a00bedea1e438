"""Custom fields in files: finding a field by the name a file gives, checking a value against its
kind, and the header that carries a field's definition in Steward's own CSV export.

A file names a field the way a person typed it, so names are compared after NFKC folding (full-
width letters), case folding and collapsing whitespace: "Ｌｅｖｅｌ", "level" and " LEVEL " name
the field "Level".

Steward's CSV export heads a custom field's column ``NAME [custom KIND]`` (for example
``生日 [custom date]``), or for a choice field ``NAME [custom choice: A | B | C]`` with every ``|``
and backslash inside an option escaped by a backslash; so a data folder that lacks the field can
create it with the same kind and options when the file is imported.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import suppress
from datetime import date

from app.domain.custom_fields import CustomFieldDef, FieldKind, InvalidFieldValue, canonical_value
from app.domain.member_io import CustomFieldSpec
from app.importers.values import parse_date
from app.messages import msg

_OPEN = " [custom "
_CHOICE = "choice: "
_SEPARATOR = " | "


def field_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


class FieldLookup:
    """Custom field definitions by name, as a file may spell it (first in display order wins)."""

    def __init__(self, fields: Iterable[CustomFieldDef] = ()) -> None:
        self._by_key: dict[str, CustomFieldDef] = {}
        for item in fields:
            self.add(item)

    def add(self, definition: CustomFieldDef) -> None:
        self._by_key.setdefault(field_key(definition.name), definition)

    def get(self, name: str) -> CustomFieldDef | None:
        return self._by_key.get(field_key(name))

    def __iter__(self) -> Iterator[CustomFieldDef]:
        return iter(self._by_key.values())


def spec_lookup(specs: Mapping[str, CustomFieldSpec], name: str) -> CustomFieldSpec | None:
    found = specs.get(name)
    if found is not None:
        return found
    key = field_key(name)
    return next((s for n, s in specs.items() if field_key(n) == key), None)


def as_definition(spec: CustomFieldSpec) -> CustomFieldDef:
    return CustomFieldDef(id=0, name=spec.name, kind=spec.kind, options=spec.options)


def check_value(definition: CustomFieldDef, text: str, column: str = "") -> tuple[str, float | None]:
    """The canonical value, or ValueError with a reason fit for a skipped row: "'31/12' is not a
    date (use YYYY-MM-DD)", naming the field too when the column has another name. Dates are read
    as the Joined column reads them (2024/5/1, 2024年5月1日 and 20240501 too)."""
    raw: str | date = text
    if definition.kind is FieldKind.DATE:
        with suppress(ValueError):
            raw = parse_date(text)
    try:
        value = canonical_value(definition, raw)
    except InvalidFieldValue as exc:
        reason = exc.reason  # the clause about the value; the skipped row names the column
        if column and field_key(column) != field_key(definition.name):
            reason = msg("{reason} (custom field {name})", reason=reason,
                         name=repr(definition.name))
        raise ValueError(reason) from None
    if value is None:
        raise ValueError(msg("the value is empty"))
    return value


def column_header(name: str, kind: FieldKind, options: Iterable[str] = ()) -> str:
    if kind is FieldKind.CHOICE:
        listed = _SEPARATOR.join(_escape(o) for o in options)
        return f"{name}{_OPEN}{_CHOICE}{listed}]"
    return f"{name}{_OPEN}{kind.value}]"


def parse_column_header(header: str) -> CustomFieldSpec | None:
    """The field a Steward CSV column header defines, or None for any other header."""
    if not header.endswith("]"):
        return None
    start = header.find(_OPEN)
    while start > 0:
        name = header[:start].strip()
        rest = header[start + len(_OPEN):-1]
        if name:
            if rest in (FieldKind.TEXT, FieldKind.NUMBER, FieldKind.DATE):
                return CustomFieldSpec(name, FieldKind(rest))
            if rest.startswith(_CHOICE):
                options = _split_options(rest[len(_CHOICE):])
                if options:
                    return CustomFieldSpec(name, FieldKind.CHOICE, options)
        start = header.find(_OPEN, start + 1)
    return None


def _escape(option: str) -> str:
    return (option.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n")
            .replace("\r", "\\r"))


def _split_options(text: str) -> tuple[str, ...]:
    options: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            current.append({"n": "\n", "r": "\r"}.get(nxt, nxt))
        elif ch == "|":
            options.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    options.append("".join(current).strip())
    return tuple(o for o in options if o)
