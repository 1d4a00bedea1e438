"""What happened to a member record, newest first on the profile."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class HistoryKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"            # detail: {"fields": [names of the changed fields]}
    STATUS_CHANGED = "status"      # detail: {"from": "active", "to": "banned"}
    ROLE_CHANGED = "role"          # detail: {"from": "member", "to": "moderator"}
    MERGED = "merged"              # detail: {"from_id": 123, "from_name": "…"}
    IMPORTED = "imported"          # detail: {"source": "csv"}


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    member_id: int
    kind: str  # a HistoryKind value; kept as text so entries written by newer features still load
    at: datetime
    detail: Mapping[str, Any]
