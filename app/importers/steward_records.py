"""Canonical member dicts (Steward's JSON and Markdown exports) → drafts, checking every field.

The shape is documented in ``app.exporters.canonical``; anything that does not fit it is refused
with the file, the line where the member starts and the key, since these files are meant to be
read back exactly and a silent repair would hide damage. (A custom value that the importing data
folder's field does not accept, say a choice it does not offer, is a skipped row instead: the
file is fine, the folders differ.)

Custom field definitions (``fields``) are collected into ``field_specs`` as they are met.
"""

from __future__ import annotations

import math
from typing import Any

from app.domain.custom_fields import MAX_OPTIONS, FieldKind, clean_options
from app.domain.member_io import CustomFieldSpec, MemberDraft, NoteDraft
from app.domain.members import HandleData, Platform
from app.errors import UserError
from app.importers.errors import ImportValidationError
from app.importers.values import parse_date, parse_status, parse_timestamp
from app.messages import message_of, msg

SUPPORTED_VERSION = 1
_TEXT_KEYS = ("name", "aliases", "role", "location", "time_zone", "interests", "needs")
MAX_FIELD_NAME = 100  # as the profile editor allows
ADVICE = msg("Export the members again from Steward, or fix this value in the file")


class DraftBuilder:
    def __init__(self, source: str, field_specs: dict[str, CustomFieldSpec] | None = None) -> None:
        self.source = source
        self.field_specs = field_specs if field_specs is not None else {}

    def fail(self, line: int, key: str, problem: str) -> ImportValidationError:
        return ImportValidationError(self.source, line, key, problem, ADVICE)

    def check_version(self, version: Any, line: int) -> None:
        if not isinstance(version, int) or isinstance(version, bool):
            raise self.fail(line, "version", msg("the schema version is missing or not a number"))
        if version > SUPPORTED_VERSION:
            raise ImportValidationError(
                self.source, line, "version",
                msg("this file uses schema version {version}, newer than this Steward reads "
                    "({supported})", version=version, supported=SUPPORTED_VERSION),
                msg("Install the newer Steward to import it"))

    def draft(self, data: Any, line: int, notes: list[NoteDraft] | None = None) -> MemberDraft:
        if not isinstance(data, dict):
            raise self.fail(line, "member", msg("a member must be an object"))
        text = {key: self._text(data, key, line) for key in _TEXT_KEYS}
        if "fields" in data:
            self.fields(data["fields"], line)
        if notes is None:
            notes = [self.note(n, line) for n in self._list(data, "notes", line)]
        return MemberDraft(
            source=self.source, line=line, display_name=text["name"], aliases=text["aliases"],
            status=self._parse(data, "status", line, parse_status),
            role=text["role"], location=text["location"], time_zone=text["time_zone"],
            interests=text["interests"], needs=text["needs"], custom=self._custom(data, line),
            joined_on=self._parse(data, "joined", line, parse_date),
            created_at=self._parse(data, "created", line, parse_timestamp),
            tags=tuple(self._string(t, "tags", line) for t in self._list(data, "tags", line)),
            handles=tuple(self._handle(h, line) for h in self._list(data, "handles", line)),
            notes=tuple(notes), group_key=self._key(data, line))

    def _key(self, data: dict[str, Any], line: int) -> str:
        """The exported id keeps members apart even when the exporting database let two of them
        share a handle; it never matches a member of the importing database."""
        value = data.get("id")
        if value is None:
            return ""
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(line, "id", msg("the member id must be a whole number"))
        return f"id:{value}"

    def note(self, data: Any, line: int) -> NoteDraft:
        if not isinstance(data, dict) or not isinstance(data.get("body"), str):
            raise self.fail(line, "notes", msg("a note must be an object with a text \"body\""))
        pinned = data.get("pinned", False)
        if not isinstance(pinned, bool):
            raise self.fail(line, "notes.pinned", msg("\"pinned\" must be true or false"))
        return NoteDraft(body=data["body"], pinned=pinned,
                         created_at=self._parse(data, "created", line, parse_timestamp),
                         updated_at=self._parse(data, "updated", line, parse_timestamp))

    def fields(self, value: Any, line: int) -> None:
        """A list of ``{"name", "kind", "options"}``: custom fields the exporting folder had."""
        if not isinstance(value, list):
            raise self.fail(line, "fields", msg("the custom field list must be a list"))
        for item in value:
            spec = self._spec(item, line)
            self.field_specs.setdefault(spec.name, spec)

    def _spec(self, data: Any, line: int) -> CustomFieldSpec:
        if not isinstance(data, dict):
            raise self.fail(line, "fields", msg("a custom field must be an object"))
        name = " ".join(self._text(data, "name", line).split())
        if not name or len(name) > MAX_FIELD_NAME:
            raise self.fail(line, "fields.name", msg("a custom field needs a name of 1 to "
                                                     "{limit} characters", limit=MAX_FIELD_NAME))
        try:
            kind = FieldKind(self._text(data, "kind", line))
        except ValueError:
            kinds = ", ".join(k.value for k in FieldKind)
            raise self.fail(line, "fields.kind", msg("the kind of {name} is not one of {kinds}",
                                                     name=repr(name), kinds=kinds)) from None
        options: tuple[str, ...] = ()
        if kind is FieldKind.CHOICE:
            raw = [self._string(o, "fields.options", line)
                   for o in self._list(data, "options", line)]
            try:
                options = clean_options(name, raw)
            except UserError:
                raise self.fail(line, "fields.options",
                                msg("{name} has more than {limit} choices", name=repr(name),
                                    limit=MAX_OPTIONS)) from None
            if not options:
                raise self.fail(line, "fields.options",
                                msg("the choice field {name} has no choices", name=repr(name)))
        return CustomFieldSpec(name, kind, options)

    def _custom(self, data: dict[str, Any], line: int) -> tuple[tuple[str, str], ...]:
        """``{"field name": value}``: numbers may be JSON numbers, every other value is text."""
        value = data.get("custom", {})
        if not isinstance(value, dict):
            raise self.fail(line, "custom", msg("the custom field values must be an object"))
        pairs = []
        for name, item in value.items():
            if isinstance(item, str):
                text = item
            elif isinstance(item, int) and not isinstance(item, bool):
                text = str(item)
            elif isinstance(item, float) and math.isfinite(item):
                text = repr(item)
            elif item is None:
                continue
            else:
                raise self.fail(line, f"custom.{name}",
                                msg("a custom field value must be text or a number"))
            if text.strip():
                pairs.append((name, text))
        return tuple(pairs)

    def _handle(self, data: Any, line: int) -> HandleData:
        if not isinstance(data, dict):
            raise self.fail(line, "handles", msg("a handle must be an object"))
        platform = self._text(data, "platform", line)
        try:
            chosen = Platform(platform)
        except ValueError:
            raise self.fail(line, "handles.platform",
                            msg("{platform} is not a platform Steward knows",
                                platform=repr(platform))) from None
        return HandleData(chosen, self._text(data, "handle", line), self._text(data, "id", line))

    def _text(self, data: dict[str, Any], key: str, line: int) -> str:
        value = data.get(key, "")
        return self._string(value, key, line)

    def _string(self, value: Any, key: str, line: int) -> str:
        if not isinstance(value, str):
            raise self.fail(line, key, msg("the value must be text (in double quotes)"))
        return value

    def _list(self, data: dict[str, Any], key: str, line: int) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(line, key, msg("the value must be a list"))
        return value

    def _parse(self, data: dict[str, Any], key: str, line: int, parse: Any) -> Any:
        value = data.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise self.fail(line, key, msg("the value must be text (in double quotes)"))
        try:
            return parse(value)
        except ValueError as exc:
            raise self.fail(line, key, message_of(exc)) from None
