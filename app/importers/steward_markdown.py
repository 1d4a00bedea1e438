"""Reads Steward's Markdown export (see ``app.exporters.markdown`` for the format) back into drafts.

A folder is read file by file (a per-member export); a file may hold any number of members (a
combined export). Only the front matter and the note markers are parsed; note bodies are taken by
their recorded length, so a note that contains ``---`` or a fake marker stays a note. The custom
field definitions in a file's first front matter (``fields``) are collected in ``field_specs``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from app.domain.member_io import CustomFieldSpec, MemberDraft, NoteDraft
from app.exporters.markdown import FRONT, MARKER_END, NOTE_MARKER
from app.importers.errors import ImportValidationError
from app.importers.steward_records import ADVICE, DraftBuilder
from app.messages import msg

NOT_OURS = (msg("this is not a Markdown file exported by Steward (it has no Steward front "
                "matter)"),
            msg("Only Steward's own Markdown export can be imported; for other lists use CSV or "
                "XLSX"))


class MarkdownReader:
    def __init__(self, path: Path, source: str | None = None) -> None:
        self.path = path
        self.source = source or path.name
        self.files = sorted(path.glob("*.md")) if path.is_dir() else [path]
        if not self.files:
            raise ImportValidationError(self.source, 1, "folder",
                                        msg("the folder has no .md files"),
                                        msg("Choose the folder a Steward Markdown export wrote"))
        self.estimated_rows = len(self.files)
        self.field_specs: dict[str, CustomFieldSpec] = {}

    def drafts(self) -> Iterator[MemberDraft]:
        for file in self.files:
            source = f"{self.source}/{file.name}" if self.path.is_dir() else self.source
            try:
                with file.open(encoding="utf-8", newline="") as fh:
                    yield from _FileReader(fh, source, self.field_specs).members()
            except UnicodeDecodeError:
                raise ImportValidationError(source, 1, "encoding",
                                            msg("the file is not UTF-8 text"), ADVICE) from None


class _FileReader:
    def __init__(self, fh: TextIO, source: str, field_specs: dict[str, CustomFieldSpec]) -> None:
        self.fh = fh
        self.source = source
        self.builder = DraftBuilder(source, field_specs)
        self.line = 0

    def _readline(self) -> str:
        text = self.fh.readline()
        if text:
            self.line += 1
        return text

    def _fail(self, key: str, problem: str, line: int | None = None) -> ImportValidationError:
        return ImportValidationError(self.source, line or self.line, key, problem, ADVICE)

    def members(self) -> Iterator[MemberDraft]:
        text = self._readline()
        while text and not text.strip():
            text = self._readline()
        if text.rstrip("\r\n") != FRONT:
            raise ImportValidationError(self.source, max(self.line, 1), "front matter", *NOT_OURS)
        while text:
            start = self.line
            profile = self._front_matter()
            notes, text = self._notes()
            yield self.builder.draft(profile, start, notes)

    def _front_matter(self) -> dict[str, Any]:
        start = self.line
        data: dict[str, Any] = {}
        last_key = ""
        while True:
            text = self._readline()
            if not text:
                raise self._fail("front matter",
                                 msg("the front matter never ends (no closing ---)"), start)
            line = text.rstrip("\r\n")
            if line == FRONT:
                break
            if line.startswith("  - ") and isinstance(data.get(last_key), list):
                data[last_key].append(self._value(line[4:], last_key))
                continue
            key, sep, raw = line.partition(": ")
            if not sep and line.endswith(":"):
                key, raw = line[:-1], "[]"
            elif not sep:
                raise self._fail("front matter", msg("{text} is not \"key: value\"",
                                                     text=repr(line[:40])))
            data[key] = self._value(raw, key)
            last_key = key
        if "steward" not in data:
            raise ImportValidationError(self.source, start, "front matter", *NOT_OURS)
        self.builder.check_version(data.get("steward"), start)
        return data

    def _value(self, raw: str, key: str) -> Any:
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            raise self._fail(key, msg("the value is not valid (JSON) text")) from None

    def _notes(self) -> tuple[list[NoteDraft], str]:
        """Notes up to the next member's front matter (returned as the line that starts it)."""
        notes: list[NoteDraft] = []
        while True:
            text = self._readline()
            if not text:
                return notes, ""
            line = text.rstrip("\r\n")
            if line == FRONT:
                return notes, text
            if not (line.startswith(NOTE_MARKER) and line.endswith(MARKER_END)):
                continue
            marker_line = self.line
            meta = self._value(line[len(NOTE_MARKER):-len(MARKER_END)], "note")
            length = meta.get("length") if isinstance(meta, dict) else None
            if not isinstance(length, int) or isinstance(length, bool) or length < 0:
                raise self._fail("note.length", msg("the note marker has no valid length"))
            body = self.fh.read(length)
            self.line += body.count("\n")
            # The writer ends every body with "\n\n"; anything else means the length is wrong.
            end = self._readline() + self._readline()
            if len(body) != length or end != "\n\n":
                raise self._fail("note", msg("the note is not the length its marker says; the "
                                             "file was edited or cut short"), marker_line)
            notes.append(self.builder.note({**meta, "body": body}, marker_line))
