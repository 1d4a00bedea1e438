"""The canonical, lossless shape of one member, shared by the JSON and Markdown exports.

Keys and meaning (schema version ``SCHEMA_VERSION``; a reader refuses a newer one):

- ``id`` (int, the member's id in the exporting data folder; informational),
- ``name``, ``aliases`` (one per line), ``status``, ``role``, ``location``, ``time_zone``,
  ``interests``, ``needs`` (text),
- ``joined`` (``YYYY-MM-DD`` or null), ``created`` and ``updated`` (UTC ISO 8601 with "Z"),
- ``tags`` (list of tag names), ``handles`` (list of ``{"platform", "handle", "id"}``; ``id`` is
  the platform's own ID as text, never a number, since Telegram and Discord IDs are 64-bit),
- ``custom`` (object: custom field name → value; a number field's value is a JSON number when
  that is exact, otherwise its digits as text; a date is ``YYYY-MM-DD``; a choice is the option's
  text; fields without a value are left out),
- ``notes`` (JSON only; Markdown writes notes as the document body): list of
  ``{"body", "pinned", "created", "updated"}``; the current wording only (earlier versions of an
  edited note are not exported).

The custom field definitions are written once per file as ``fields``: a list of
``{"name", "kind", "options"}`` (``kind`` is text, number, date or choice; ``options`` lists a
choice field's options in order, and is empty for other kinds). JSON has it at the top level,
Markdown in the front matter of the first member of each file. Readers that predate ``needs``,
``custom`` and ``fields`` ignore them, so the schema version stays 1.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.custom_fields import (
    CustomFieldDef,
    CustomValue,
    FieldKind,
    InvalidFieldValue,
    canonical_value,
)
from app.domain.member_io import MemberRecord, NoteRecord
from app.importers.values import format_timestamp

_INTEGER = re.compile(r"-?\d{1,300}")
_NUMBER = CustomFieldDef(id=0, name="number", kind=FieldKind.NUMBER)

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
        "needs": record.needs,
        "tags": list(record.tags),
        "custom": {v.name: typed_value(v) for v in record.custom},
        "handles": [{"platform": h.platform.value, "handle": h.handle, "id": h.platform_id}
                    for h in record.handles],
        "created": format_timestamp(record.created_at),
        "updated": format_timestamp(record.updated_at),
    }


def note_dict(note: NoteRecord) -> dict[str, Any]:
    return {"body": note.body, "pinned": note.pinned, "created": format_timestamp(note.created_at),
            "updated": format_timestamp(note.updated_at)}


def typed_value(value: CustomValue) -> str | int | float:
    """A number field's canonical text as a JSON number when that reads back the same."""
    text = value.value
    if value.kind is not FieldKind.NUMBER:
        return text
    if _INTEGER.fullmatch(text):
        return int(text)
    try:
        number = float(text)
        same = canonical_value(_NUMBER, repr(number))
    except (ValueError, InvalidFieldValue):  # stored text is canonical; never lose it anyway
        return text
    return number if same is not None and same[0] == text else text


def field_dict(definition: CustomFieldDef) -> dict[str, Any]:
    return {"name": definition.name, "kind": definition.kind.value,
            "options": list(definition.options)}
