"""Markdown export: the lossless, canonical form of members and their notes.

One member is one block; a per-member file holds one block, a combined file several in a row::

    ---
    steward: 1
    name: "Alice 王"
    tags: ["VIP", "新人"]
    custom: {"生日": "1990-04-01", "Level": 3}
    ...
    handles:
      - {"platform": "telegram", "handle": "@alice", "id": "5012345678"}
    fields:
      - {"name": "生日", "kind": "date", "options": []}
    ---

    # Alice 王

    ## Notes

    ### 2024-05-01 09:30 UTC · pinned
    <!-- steward:note {"created": "…Z", "updated": "…Z", "pinned": true, "length": 42} -->
    the note's Markdown, exactly as written

The front matter is YAML whose every value is JSON (a JSON string is a valid YAML scalar), so YAML
tools read it and any text, including newlines and quotes, survives. A note body is written
verbatim and its length (in Unicode code points) is in the marker comment, which renderers hide;
the reader takes exactly that many characters, so no note text can ever be mistaken for structure.
The heading lines are for people and are ignored when the file is imported. ``fields`` (the custom
field definitions, see ``app.exporters.canonical``) is in the first member's front matter of each
file only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from app.domain.custom_fields import CustomFieldDef
from app.domain.member_io import MemberRecord
from app.exporters.canonical import SCHEMA_VERSION, field_dict, note_dict, profile_dict

FRONT = "---"
NOTE_MARKER = "<!-- steward:note "
MARKER_END = " -->"
_UNSAFE_HEADING = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps builds one per call


def _json(value: Any) -> str:
    return _ENCODER.encode(value)


def write_member(out: TextIO, record: MemberRecord,
                 fields: Sequence[CustomFieldDef] = ()) -> None:
    """One member block; ``fields`` (the custom field definitions) go in its front matter."""
    profile = profile_dict(record)
    handles = profile.pop("handles")
    lines = [FRONT, f"steward: {SCHEMA_VERSION}"]
    lines += [f"{key}: {_json(value)}" for key, value in profile.items()]
    _list(lines, "handles", handles)
    if fields:
        _list(lines, "fields", [field_dict(f) for f in fields])
    lines += [FRONT, "", f"# {heading_text(record.display_name)}", ""]
    out.write("\n".join(lines) + "\n")
    if not record.notes:
        return
    out.write("## Notes\n\n")
    for note in record.notes:
        meta = note_dict(note)
        body = meta.pop("body")
        meta["length"] = len(body)
        created = meta["created"]  # "2024-05-01T09:30:00.000000Z"
        stamp = f"{created[:10]} {created[11:16]} UTC"
        out.write(f"### {stamp}{' · pinned' if note.pinned else ''}\n"
                  f"{NOTE_MARKER}{_json(meta)}{MARKER_END}\n{body}\n\n")


def _list(lines: list[str], key: str, items: list[Any]) -> None:
    if items:
        lines.append(f"{key}:")
        lines += [f"  - {_json(item)}" for item in items]
    else:
        lines.append(f"{key}: []")


def write_members(out: TextIO, records: Iterable[MemberRecord],
                  fields: Sequence[CustomFieldDef] = ()) -> None:
    for index, record in enumerate(records):
        write_member(out, record, () if index else fields)


def heading_text(name: str) -> str:
    """A name made safe for a one-line heading (the real name is in the front matter)."""
    return _UNSAFE_HEADING.sub(" ", name).strip() or "(no name)"
