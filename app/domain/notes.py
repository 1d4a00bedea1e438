"""Notes as lists show them: a preview and the full length, never the whole body.

A note can be several megabytes of pasted chat. Timelines and version lists carry only
``PREVIEW_CHARS`` characters; the full text is fetched on demand, one note at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

PREVIEW_CHARS = 400


@dataclass(frozen=True)
class NoteSummary:
    id: int
    member_id: int
    preview: str
    length: int
    pinned: bool
    created_at: datetime
    updated_at: datetime
    versions: int = 0

    @property
    def truncated(self) -> bool:
        return self.length > len(self.preview)

    @property
    def edited(self) -> bool:
        return self.versions > 0


@dataclass(frozen=True)
class NoteVersionData:
    """An earlier wording of a note: written at ``written_at``, replaced at ``replaced_at``."""

    id: int
    note_id: int
    preview: str
    length: int
    written_at: datetime
    replaced_at: datetime


@dataclass(frozen=True)
class NoteTemplateData:
    id: int
    name: str
    body: str
    position: int
