"""Table rows → member drafts under a column mapping, and the preview built from the same code.

Everything here is a pure function of (headers, mapping, rows): the GUI wizard calls
``build_preview`` on the first rows while the user adjusts the mapping, and the import runs the
very same ``RowConverter`` over the whole file, so what the preview shows is what gets imported.

A row that cannot be used (a value that is not a date, a status nobody knows, a custom field value
that does not fit the field's kind, more values than columns) becomes a ``SkippedRow`` naming its
line, its column and what to do; the file as a whole is still imported, all or nothing, and the
summary lists every skipped row.

Several names in one cell (aliases, tags, handles) are split at line breaks, commas, 、 and
semicolons; aliases are stored one per line, as the profile editor keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.custom_fields import CustomFieldDef
from app.domain.member_io import MemberDraft, NoteDraft, SkippedRow
from app.domain.members import HandleData, MemberStatus, Platform
from app.importers import cells
from app.importers.custom_columns import FieldLookup, as_definition, check_value, parse_column_header
from app.importers.errors import RowSkipped
from app.importers.mapping import Field, Mapping, Target, TargetKind, is_steward_export
from app.importers.table import SourceRow, is_blank
from app.importers.values import (
    parse_bool,
    parse_date,
    parse_status,
    parse_time_zone,
    parse_timestamp,
)
from app.messages import message_of, msg

USER_LIST_SPLIT = re.compile(r"[\n\r,，、;；]+")
ALIAS_JOIN = "\n"
# Excel turns long numbers into 1.23457E+17 when it saves a CSV: the digits are gone for good.
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+\d+$", re.IGNORECASE)



@dataclass
class _Collected:
    name: str = ""
    aliases: list[str] | None = None
    status: MemberStatus | None = None
    role: str = ""
    joined: date | None = None
    location: str = ""
    time_zone: str = ""
    interests: str = ""
    needs: str = ""
    tags: list[str] | None = None
    notes: list[str] | None = None
    note_created: datetime | None = None
    note_updated: datetime | None = None
    note_pinned: bool = False
    has_note_time: bool = False
    created: datetime | None = None
    key: str = ""
    custom: dict[str, str] = field(default_factory=dict)


class RowConverter:
    """``fields`` are the importing data folder's custom fields: a value for one of them is
    checked here so the preview shows the rows that would be skipped (the import service checks
    again against the fields as they are when the import runs)."""

    def __init__(self, source: str, headers: Sequence[str], mapping: Mapping,
                 fields: Sequence[CustomFieldDef] = ()) -> None:
        self.source = source
        self.headers = tuple(headers)
        self.mapping = mapping
        # Steward's own export: undo the formula marker, keep whitespace, read escaped lists.
        self.steward = is_steward_export(headers)
        self.fields = FieldLookup(fields)
        if self.steward:  # a field this folder lacks is checked as the export defines it
            for header in headers:
                spec = parse_column_header(cells.unneutralise(header))
                if spec is not None and self.fields.get(spec.name) is None:
                    self.fields.add(as_definition(spec))
        # (index, target, header, built-in field) of every mapped column, worked out once.
        self._columns = tuple(
            (index, target,
             self.headers[index] if index < len(self.headers)
             else msg("column {number}", number=index + 1),
             Field(target.key) if target.kind is TargetKind.FIELD else None)
            for index, target in enumerate(mapping) if target.kind is not TargetKind.IGNORE)

    def convert(self, row: SourceRow) -> MemberDraft | SkippedRow | None:
        """A draft, a skipped row, or None for a blank row (blank rows are not worth reporting)."""
        if is_blank(row.cells):
            return None
        extra = row.cells[len(self.headers):]
        if any(cell.strip() for cell in extra):
            return SkippedRow(
                self.source, row.line, msg("column {number}", number=len(self.headers) + 1),
                msg("this row has {values} values but the header has {columns} columns; a value "
                    "probably contains an unquoted delimiter. Put that value in double quotes",
                    values=len(row.cells), columns=len(self.headers)))
        try:
            return self._draft(row)
        except RowSkipped as skip:
            return SkippedRow(self.source, row.line, skip.field, skip.reason)

    def _draft(self, row: SourceRow) -> MemberDraft:
        got = _Collected()
        handles: dict[str, list[str]] = {}
        ids: dict[str, list[str]] = {}
        width = len(row.cells)
        for index, target, header, key in self._columns:
            if index >= width:
                continue
            raw = row.cells[index]
            value = cells.unneutralise(raw) if self.steward else raw.strip()
            if not value:
                continue
            try:
                if key is not None:
                    self._take(got, key, value)
                elif target.kind is TargetKind.CUSTOM:
                    self._custom(got, target.key, value, header)
                else:
                    self._handle(handles, ids, target, value)
            except ValueError as exc:
                raise RowSkipped(header, message_of(exc)) from None
        notes = tuple(
            NoteDraft(body=body, created_at=got.note_created, updated_at=got.note_updated,
                      pinned=got.note_pinned)
            for body in (got.notes or ([""] if self.steward and got.has_note_time else [])))
        return MemberDraft(
            source=self.source, line=row.line, display_name=got.name,
            aliases=(got.aliases[0] if self.steward else join_aliases(got.aliases))
            if got.aliases else "",
            status=got.status, role=got.role, joined_on=got.joined, location=got.location,
            time_zone=got.time_zone, interests=got.interests, needs=got.needs,
            handles=_pair_handles(handles, ids), tags=tuple(got.tags or ()), notes=notes,
            created_at=got.created, group_key=got.key, custom=tuple(got.custom.items()))

    def _custom(self, got: _Collected, name: str, value: str, header: str) -> None:
        if name in got.custom:
            return
        definition = self.fields.get(name)
        got.custom[name] = check_value(definition, value, header)[0] if definition else value

    def _split(self, value: str) -> list[str]:
        if self.steward:
            return cells.split_list(value)
        return [part.strip() for part in USER_LIST_SPLIT.split(value) if part.strip()]

    def _handle(self, handles: dict[str, list[str]], ids: dict[str, list[str]], target: Target,
                value: str) -> None:
        items = self._split(value)
        if target.kind is TargetKind.HANDLE:
            if target.key == Platform.PHONE:
                _refuse_scientific(items)
            handles.setdefault(target.key, []).extend(items)
        else:
            _refuse_scientific(items)
            ids.setdefault(target.key, []).extend(items)

    def _take(self, got: _Collected, key: Field, value: str) -> None:
        if key is Field.NAME:
            got.name = got.name or value
        elif key is Field.ALIASES:
            got.aliases = [*(got.aliases or []), *([value] if self.steward else
                                                   self._split(value))]
        elif key is Field.STATUS:
            got.status = parse_status(value)
        elif key is Field.ROLE:
            got.role = value
        elif key is Field.JOINED:
            got.joined = parse_date(value)
        elif key is Field.LOCATION:
            got.location = value
        elif key is Field.TIME_ZONE:
            got.time_zone = value if self.steward else parse_time_zone(value)
        elif key is Field.INTERESTS:
            got.interests = value
        elif key is Field.NEEDS:
            got.needs = value
        elif key is Field.TAGS:
            got.tags = [*(got.tags or []), *self._split(value)]
        elif key is Field.NOTE:
            got.notes = [*(got.notes or []), value]
        elif key is Field.NOTE_CREATED:
            got.note_created, got.has_note_time = parse_timestamp(value), True
        elif key is Field.NOTE_UPDATED:
            got.note_updated = parse_timestamp(value)
        elif key is Field.NOTE_PINNED:
            got.note_pinned = parse_bool(value)
        elif key is Field.CREATED:
            got.created = parse_timestamp(value)
        elif key is Field.MEMBER_KEY:
            got.key = value


def join_aliases(names: Iterable[str]) -> str:
    """One name per line (as the profile editor stores them), each once whatever its case."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return ALIAS_JOIN.join(seen.values())


def _refuse_scientific(items: Iterable[str]) -> None:
    for item in items:
        if _SCIENTIFIC.match(item):
            raise ValueError(msg("{value} was shortened by a spreadsheet to scientific notation "
                                 "and its digits are lost; format the column as Text and export "
                                 "again", value=repr(item)))


_PLATFORMS = tuple((p, p.value) for p in Platform)


def _pair_handles(handles: dict[str, list[str]],
                  ids: dict[str, list[str]]) -> tuple[HandleData, ...]:
    if not handles and not ids:
        return ()
    result: list[HandleData] = []
    for platform, key in _PLATFORMS:
        names = handles.get(key, ())
        numbers = ids.get(key, ())
        if not names and not numbers:
            continue
        for index in range(max(len(names), len(numbers))):
            name = names[index] if index < len(names) else ""
            number = numbers[index] if index < len(numbers) else ""
            # A file with only a numeric ID still identifies the member: show the ID as handle.
            result.append(HandleData(platform, name or number, number))
    return tuple(result)


def convert_rows(converter: RowConverter,
                 rows: Iterable[SourceRow]) -> Iterator[MemberDraft | SkippedRow]:
    for row in rows:
        result = converter.convert(row)
        if result is not None:
            yield result


@dataclass(frozen=True)
class PreviewColumn:
    header: str
    target: Target
    samples: tuple[str, ...]


@dataclass(frozen=True)
class ImportPreview:
    source: str
    steward_export: bool
    columns: tuple[PreviewColumn, ...]
    rows: tuple[MemberDraft | SkippedRow, ...]


def build_preview(source: str, headers: Sequence[str], mapping: Mapping,
                  sample: Sequence[SourceRow],
                  fields: Sequence[CustomFieldDef] = ()) -> ImportPreview:
    """What the mapping step shows: each column's target and first values, and the drafts the
    first rows become (or why they would be skipped). Pure: call it again after every change."""
    converter = RowConverter(source, headers, mapping, fields)
    columns = tuple(
        PreviewColumn(header, target,
                      tuple(row.cells[i] if i < len(row.cells) else "" for row in sample))
        for i, (header, target) in enumerate(zip(headers, mapping, strict=True)))
    return ImportPreview(source, converter.steward, columns,
                         tuple(convert_rows(converter, sample)))
