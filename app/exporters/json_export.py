"""JSON export: everything, for other tools, in a stable documented schema.

The document is ``{"format": "steward.members", "version": 1, "exported_at": …, "tags": [...],
"fields": [...], "members": [...]}`` with one member per line inside the ``members`` array (see
``app.exporters.canonical`` for a member's keys). ``tags`` is the tag catalogue with colours,
``fields`` the custom field definitions.
Members are written one at a time, so exporting a hundred thousand never holds them all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TextIO

from app.domain.custom_fields import CustomFieldDef
from app.domain.member_io import MemberRecord
from app.domain.members import TagData
from app.exporters.canonical import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    field_dict,
    note_dict,
    profile_dict,
)
from app.importers.values import format_timestamp


def write_json(out: TextIO, records: Iterable[MemberRecord], tags: Sequence[TagData],
               exported_at: datetime, fields: Sequence[CustomFieldDef] = ()) -> None:
    head = {"format": FORMAT_NAME, "version": SCHEMA_VERSION,
            "exported_at": format_timestamp(exported_at),
            "tags": [{"name": t.name, "color": t.color} for t in tags],
            "fields": [field_dict(f) for f in fields]}
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "members": [')
    first = True
    encoder = json.JSONEncoder(ensure_ascii=False)
    for record in records:
        member = profile_dict(record)
        member["notes"] = [note_dict(n) for n in record.notes]
        out.write(("\n" if first else ",\n") + encoder.encode(member))
        first = False
    out.write("\n]}\n")
