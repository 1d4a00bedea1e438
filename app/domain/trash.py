"""The trash as the rest of the app sees it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TrashKind(StrEnum):
    MEMBER = "member"
    NOTE = "note"


@dataclass(frozen=True)
class TrashEntry:
    id: int
    kind: str  # a TrashKind value; later features add their own kinds
    label: str
    member_id: int | None
    contents: tuple[tuple[str, int], ...]  # (table, rows) besides the item itself
    deleted_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class TrashResult:
    """What a delete moved to the trash."""

    item_ids: tuple[int, ...]
    records: int  # members or notes moved
    rows: int  # every row, including handles, notes, tags…


@dataclass(frozen=True)
class TrashRestoreResult:
    restored: int  # items put back
    kept: tuple[str, ...]  # labels of items that could not come back (they stay in the trash)
    renumbered: int  # records that came back under a new id (their old one was taken)
    dropped_rows: int  # rows left out because what they pointed at is gone (a deleted tag)
