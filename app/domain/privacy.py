"""Per-member privacy actions: what an export holds, what an erase will remove, the audit list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

Rows = tuple[Mapping[str, object], ...]

ERASE_WORD = "ERASE"


class AuditAction(StrEnum):
    EXPORT = "member.export"
    ANONYMISE = "member.anonymise"
    ERASE = "member.erase"
    BACKUPS_REMOVED = "backups.removed"


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    action: str  # an AuditAction value
    member_id: int | None
    detail: str  # counts only, never personal data


@dataclass(frozen=True)
class MemberDossier:
    """Everything stored about one member, as raw values per table."""

    member_id: int
    exported_at: datetime
    records: tuple[tuple[str, Rows], ...]  # the member row first, then what hangs off it
    linked: tuple[tuple[str, Rows], ...]  # rows those point at (the tags behind member_tag)
    referenced_by: tuple[tuple[str, int], ...]  # other records that mention the member

    def rows(self, table: str) -> Rows:
        return dict(self.records).get(table, ())

    def linked_rows(self, table: str) -> Rows:
        return dict(self.linked).get(table, ())

    @property
    def profile(self) -> Mapping[str, object]:
        rows = self.rows("member")
        return rows[0] if rows else {}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    size: int


@dataclass(frozen=True)
class AnonymiseResult:
    member_id: int
    rows_removed: int  # handles, notes and what hangs off them
    trash_items_removed: int


@dataclass(frozen=True)
class ErasePlan:
    """What erasing a member will remove, shown before the user types the confirmation."""

    member_id: int
    display_name: str
    rows: tuple[tuple[str, int], ...]  # table → rows that will be deleted (member included)
    trash_items: int
    backups: int  # backups in the backups folder, which still contain the member
    oldest_backup: datetime | None

    def accepts(self, typed: str) -> bool:
        text = typed.strip()
        return bool(text) and text in (self.display_name.strip(), ERASE_WORD)


@dataclass(frozen=True)
class EraseResult:
    member_id: int
    rows_removed: int
    trash_items_removed: int
    backups_removed: int
