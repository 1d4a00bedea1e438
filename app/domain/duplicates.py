"""Likely duplicate members and the result of merging two of them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class DuplicateReason(StrEnum):
    """Strongest first: a shared handle or platform ID is near-certain, a similar name is a hint."""

    SAME_HANDLE = "same_handle"
    SAME_PLATFORM_ID = "same_platform_id"
    SAME_NAME = "same_name"
    SIMILAR_NAME = "similar_name"


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    display_name: str
    handles: str
    created_at: datetime


@dataclass(frozen=True)
class DuplicateGroup:
    reason: DuplicateReason
    key: str  # the shared handle, ID or normalised name
    size: int  # members in the group (``members`` holds at most the first 50)
    members: tuple[DuplicateCandidate, ...]  # oldest first: the usual survivor


@dataclass(frozen=True)
class DuplicateReport:
    total: int  # groups found
    offset: int
    groups: tuple[DuplicateGroup, ...]


@dataclass(frozen=True)
class MergeResult:
    survivor_id: int
    merged_id: int
    moved: tuple[tuple[str, int], ...]  # (table, rows moved to the survivor)


def name_key(name: str) -> str:
    """A name as compared for duplicates: width, case, spaces and punctuation ignored
    ("ＡＬＥＸ  Smith" and "alex-smith" are the same key)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def deletion_variants(key: str) -> set[str]:
    """The key and the key with any one character removed: two keys that are one insertion,
    deletion or substitution apart (or one swap) always share one of these."""
    return {key, *(key[:i] + key[i + 1:] for i in range(len(key)))}
