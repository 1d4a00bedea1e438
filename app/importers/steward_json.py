"""Reads Steward's JSON export back, one member at a time.

``json.load`` would hold a 500 MB export in memory several times over; instead the top-level
object is walked key by key and each element of ``members`` is decoded on its own from a buffer
that is refilled as needed. Keys may come in any order; ``tags`` (the colour catalogue) is kept
in ``tag_colors`` for the import service to apply once every member is in, and ``fields`` (the
custom field definitions, written before ``members``) in ``field_specs``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from app.domain.member_io import CustomFieldSpec, MemberDraft
from app.exporters.canonical import FORMAT_NAME
from app.importers.errors import ImportValidationError
from app.importers.steward_records import ADVICE, DraftBuilder
from app.messages import msg

CHUNK = 1 << 16
_WS = " \t\r\n"


class JsonReader:
    def __init__(self, path: Path, source: str | None = None) -> None:
        self.path = path
        self.source = source or path.name
        self.tag_colors: dict[str, str] = {}
        self.field_specs: dict[str, CustomFieldSpec] = {}
        self.estimated_rows = max(1, path.stat().st_size // 400)

    def drafts(self) -> Iterator[MemberDraft]:
        builder = DraftBuilder(self.source, self.field_specs)
        try:
            with self.path.open(encoding="utf-8-sig") as fh:
                stream = _Stream(fh, self.source)
                stream.expect("{")
                seen_format = False
                while True:
                    if stream.peek() == "}":
                        break
                    key = stream.value()
                    if not isinstance(key, str):
                        raise stream.error("key", msg("expected a key in double quotes"))
                    stream.expect(":")
                    if key == "members":
                        if not seen_format:
                            raise stream.error("format", msg("\"format\" and \"version\" must "
                                                             "come before \"members\""))
                        stream.expect("[")
                        while stream.peek() != "]":
                            line = stream.line_at_value()
                            yield builder.draft(stream.value(), line)
                            if stream.peek() == ",":
                                stream.expect(",")
                        stream.expect("]")
                    else:
                        line = stream.line_at_value()
                        value = stream.value()
                        if key == "format":
                            if value != FORMAT_NAME:
                                raise stream.error("format", msg(
                                    "this is not a Steward members export (\"format\" is not "
                                    "{format})", format=repr(FORMAT_NAME)))
                            seen_format = True
                        elif key == "version":
                            builder.check_version(value, line)
                        elif key == "tags":
                            self._tags(value, stream)
                        elif key == "fields":
                            builder.fields(value, line)
                    if stream.peek() == ",":
                        stream.expect(",")
                stream.expect("}")
        except UnicodeDecodeError:
            raise ImportValidationError(self.source, 1, "encoding",
                                        msg("the file is not UTF-8 text"), ADVICE) from None

    def _tags(self, value: Any, stream: _Stream) -> None:
        if not isinstance(value, list):
            raise stream.error("tags", msg("the tag catalogue must be a list"))
        for tag in value:
            if isinstance(tag, dict) and isinstance(tag.get("name"), str) \
                    and isinstance(tag.get("color"), str):
                self.tag_colors[tag["name"]] = tag["color"]


class _Stream:
    """A window on the file: decodes one JSON value at a time, counting lines as it goes."""

    def __init__(self, fh: TextIO, source: str) -> None:
        self.fh = fh
        self.source = source
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self.decoder = json.JSONDecoder()

    def error(self, key: str, problem: str) -> ImportValidationError:
        return ImportValidationError(self.source, self.line, key, problem, ADVICE)

    def _fill(self, want: int = CHUNK) -> bool:
        if self.eof:
            return False
        chunk = self.fh.read(max(want, CHUNK))
        if not chunk:
            self.eof = True
            return False
        self.buf = self.buf[self.pos:] + chunk
        self.pos = 0
        return True

    def _advance(self, to: int) -> None:
        self.line += self.buf.count("\n", self.pos, to)
        self.pos = to

    def _skip_ws(self) -> None:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                if self.buf[self.pos] == "\n":
                    self.line += 1
                self.pos += 1
            if self.pos < len(self.buf) or not self._fill():
                return

    def peek(self) -> str:
        self._skip_ws()
        if self.pos >= len(self.buf):
            raise self.error("json", msg("the file ends too early (is it cut short?)"))
        return self.buf[self.pos]

    def line_at_value(self) -> int:
        self._skip_ws()
        return self.line

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.error("json", msg("expected {expected} but found {found}",
                                         expected=repr(char), found=repr(self.buf[self.pos])))
        self._advance(self.pos + 1)

    def value(self) -> Any:
        self._skip_ws()
        want = CHUNK
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._fill(want):
                    want *= 2
                    continue
                self.line += self.buf.count("\n", self.pos, exc.pos)
                raise self.error("json", msg("the JSON is broken here ({detail})",
                                             detail=exc.msg)) from None
            if end == len(self.buf) and self._fill(want):
                want *= 2
                continue  # a number may go on in the next chunk
            self._advance(end)
            return value
