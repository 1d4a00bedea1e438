"""The canonical, lossless shape of one member, shared by the JSON and Markdown exports.

Keys and meaning (schema version ``SCHEMA_VERSION``; a reader refuses a newer one):

- ``id`` (int, the member's id in the exporting data folder; informational),
- ``name``, ``aliases``, ``status``, ``role``, ``location``, ``time_zone``, ``interests`` (text),
- ``joined`` (``YYYY-MM-DD`` or null), ``created`` and ``updated`` (UTC ISO 8601 with "Z"),
- ``tags`` (list of tag names), ``handles`` (list of ``{"platform", "handle", "id"}``; ``id`` is
  the platform's own ID as text, never a number, since Telegram and Discord IDs are 64-bit),
- ``notes`` (JSON only; Markdown writes notes as the document body): list of
  ``{"body", "pinned", "created", "updated"}``.
"""

from __future__ import annotations

from typing import Any

from app.domain.member_io import MemberRecord, NoteRecord
from app.importers.values import format_timestamp

SCHEMA_VERSION = 1
FORMAT_NAME = "steward.members"


def profile_dict(record: MemberRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.display_name,
        "aliases": record.aliases,
        "status": record.status.value,
        "role": record.role,
        "joined": record.joined_on.isoformat() if record.joined_on else None,
        "location": record.location,
        "time_zone": record.time_zone,
        "interests": record.interests,
        "tags": list(record.tags),
        "handles": [{"platform": h.platform.value, "handle": h.handle, "id": h.platform_id}
                    for h in record.handles],
        "created": format_timestamp(record.created_at),
        "updated": format_timestamp(record.updated_at),
    }


def note_dict(note: NoteRecord) -> dict[str, Any]:
    return {"body": note.body, "pinned": note.pinned, "created": format_timestamp(note.created_at),
            "updated": format_timestamp(note.updated_at)}
