"""Canonical member dicts (Steward's JSON and Markdown exports) → drafts, checking every field.

The shape is documented in ``app.exporters.canonical``; anything that does not fit it is refused
with the file, the line where the member starts and the key, since these files are meant to be
read back exactly and a silent repair would hide damage.
"""

from __future__ import annotations

from typing import Any

from app.domain.member_io import MemberDraft, NoteDraft
from app.domain.members import HandleData, Platform
from app.importers.errors import ImportValidationError
from app.importers.values import parse_date, parse_status, parse_timestamp

SUPPORTED_VERSION = 1
_TEXT_KEYS = ("name", "aliases", "role", "location", "time_zone", "interests")
ADVICE = "Export the members again from Steward, or fix this value in the file"


class DraftBuilder:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, line: int, key: str, problem: str) -> ImportValidationError:
        return ImportValidationError(self.source, line, key, problem, ADVICE)

    def check_version(self, version: Any, line: int) -> None:
        if not isinstance(version, int) or isinstance(version, bool):
            raise self.fail(line, "version", "the schema version is missing or not a number")
        if version > SUPPORTED_VERSION:
            raise ImportValidationError(
                self.source, line, "version",
                f"this file uses schema version {version}, newer than this Steward reads "
                f"({SUPPORTED_VERSION})", "Install the newer Steward to import it")

    def draft(self, data: Any, line: int, notes: list[NoteDraft] | None = None) -> MemberDraft:
        if not isinstance(data, dict):
            raise self.fail(line, "member", "a member must be an object")
        text = {key: self._text(data, key, line) for key in _TEXT_KEYS}
        if notes is None:
            notes = [self.note(n, line) for n in self._list(data, "notes", line)]
        return MemberDraft(
            source=self.source, line=line, display_name=text["name"], aliases=text["aliases"],
            status=self._parse(data, "status", line, parse_status),
            role=text["role"], location=text["location"], time_zone=text["time_zone"],
            interests=text["interests"],
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
            raise self.fail(line, "id", "the member id must be a whole number")
        return f"id:{value}"

    def note(self, data: Any, line: int) -> NoteDraft:
        if not isinstance(data, dict) or not isinstance(data.get("body"), str):
            raise self.fail(line, "notes", "a note must be an object with a text \"body\"")
        pinned = data.get("pinned", False)
        if not isinstance(pinned, bool):
            raise self.fail(line, "notes.pinned", "\"pinned\" must be true or false")
        return NoteDraft(body=data["body"], pinned=pinned,
                         created_at=self._parse(data, "created", line, parse_timestamp),
                         updated_at=self._parse(data, "updated", line, parse_timestamp))

    def _handle(self, data: Any, line: int) -> HandleData:
        if not isinstance(data, dict):
            raise self.fail(line, "handles", "a handle must be an object")
        platform = self._text(data, "platform", line)
        try:
            chosen = Platform(platform)
        except ValueError:
            raise self.fail(line, "handles.platform",
                            f"{platform!r} is not a platform Steward knows") from None
        return HandleData(chosen, self._text(data, "handle", line), self._text(data, "id", line))

    def _text(self, data: dict[str, Any], key: str, line: int) -> str:
        value = data.get(key, "")
        return self._string(value, key, line)

    def _string(self, value: Any, key: str, line: int) -> str:
        if not isinstance(value, str):
            raise self.fail(line, key, "the value must be text (in double quotes)")
        return value

    def _list(self, data: dict[str, Any], key: str, line: int) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(line, key, "the value must be a list")
        return value

    def _parse(self, data: dict[str, Any], key: str, line: int, parse: Any) -> Any:
        value = data.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise self.fail(line, key, "the value must be text (in double quotes)")
        try:
            return parse(value)
        except ValueError as exc:
            raise self.fail(line, key, str(exc)) from None
