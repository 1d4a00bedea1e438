"""What crosses the layers during member import and export: parsed drafts, full records, summaries.

Importers turn files into ``MemberDraft`` (or ``SkippedRow`` for a row they cannot use) without
touching the database; the import service applies drafts in one transaction. The export side reads
``MemberRecord`` batches from a repository and hands them to exporters that never see the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.custom_fields import CustomValue, FieldKind
from app.domain.members import HandleData, MemberStatus
from app.messages import msg


@dataclass(frozen=True)
class NoteDraft:
    body: str
    created_at: datetime | None = None  # aware UTC; None means "now" when applied
    updated_at: datetime | None = None
    pinned: bool = False


@dataclass(frozen=True)
class MemberDraft:
    """One member as a file describes it; empty strings and None mean "the file says nothing".

    ``group_key`` ties several rows to one member (Steward's own CSV writes one row per note);
    ``extras`` are labelled facts that have no column (a vCard BDAY or ORG), kept as a note so
    nothing is lost. ``custom`` holds (custom field name, value as text) pairs; the import service
    checks each against the field's kind in the importing data folder.
    """

    source: str
    line: int
    display_name: str = ""
    aliases: str = ""
    status: MemberStatus | None = None
    role: str = ""
    joined_on: date | None = None
    location: str = ""
    time_zone: str = ""
    interests: str = ""
    handles: tuple[HandleData, ...] = ()
    tags: tuple[str, ...] = ()
    notes: tuple[NoteDraft, ...] = ()
    extras: tuple[tuple[str, str], ...] = ()
    created_at: datetime | None = None
    group_key: str = ""
    needs: str = ""
    custom: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CustomFieldSpec:
    """A custom field as Steward's own exports describe it, so an import into a data folder that
    lacks the field can create it (name, kind and, for a choice field, its options in order)."""

    name: str
    kind: FieldKind
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkippedRow:
    """A row the importer or the service refused; the rest of the file can still be imported."""

    source: str
    line: int
    field: str
    reason: str

    def describe(self) -> str:
        if self.field:
            return msg("{source}, line {line}, {field}: {reason}", source=self.source,
                       line=self.line, field=self.field, reason=self.reason)
        return msg("{source}, line {line}: {reason}", source=self.source, line=self.line,
                   reason=self.reason)


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    notes_added: int
    tags_created: int
    skipped: tuple[SkippedRow, ...]
    dry_run: bool = False
    fields_created: tuple[str, ...] = ()  # custom fields created from a Steward export


@dataclass(frozen=True)
class NoteRecord:
    id: int
    body: str
    pinned: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class MemberRecord:
    """Everything an export writes about one member (notes as they read now; earlier versions of
    an edited note are not exported). ``custom`` is in the fields' display order."""

    id: int
    display_name: str
    aliases: str
    status: MemberStatus
    role: str
    joined_on: date | None
    location: str
    time_zone: str
    interests: str
    created_at: datetime
    updated_at: datetime
    handles: tuple[HandleData, ...]
    tags: tuple[str, ...]
    notes: tuple[NoteRecord, ...]
    needs: str = ""
    custom: tuple[CustomValue, ...] = ()


class ExportFormat(StrEnum):
    MARKDOWN = "md"
    CSV = "csv"
    PDF = "pdf"
    JSON = "json"


class ImportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    VCARD = "vcard"
    MARKDOWN = "md"
    JSON = "json"


@dataclass(frozen=True)
class ExportSelection:
    """Who to export: explicit ids, a tag, a segment, or (all empty) everyone."""

    member_ids: tuple[int, ...] = ()
    tag: str = ""
    segment: str = ""


@dataclass(frozen=True)
class ExportResult:
    path: str
    members: int
    notes: int
    files: int
