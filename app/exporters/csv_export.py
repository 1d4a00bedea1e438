"""CSV for Excel: UTF-8 with a byte-order mark (so Excel shows Chinese), one row per note.

A member without notes still gets one row. Every cell is neutralised against formula injection and
list cells are escaped as ``app.importers.cells`` documents; the first header is
``cells.MARKER``, which is how Steward's importer knows to undo both and read the file back
exactly. The one character a CSV cannot carry is NUL (spreadsheets and Steward's importer take it
for binary data); it is written as U+FFFD. Markdown and JSON keep it.

Each custom field has a column of its own after the fixed ones, headed ``NAME [custom KIND]``
(``app.importers.custom_columns``), holding the value's canonical text (a plain number, an ISO
date, the option's text).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TextIO

from app.domain.custom_fields import CustomFieldDef
from app.domain.member_io import MemberRecord
from app.domain.members import Platform
from app.importers import cells
from app.importers.custom_columns import column_header
from app.importers.values import format_timestamp

_PLATFORM_TITLES = {
    Platform.WECHAT: "WeChat", Platform.TELEGRAM: "Telegram", Platform.DISCORD: "Discord",
    Platform.SLACK: "Slack", Platform.WHATSAPP: "WhatsApp", Platform.EMAIL: "Email",
    Platform.PHONE: "Phone", Platform.OTHER: "Other",
}
HEADERS = (
    cells.MARKER, "Name", "Aliases", "Status", "Role", "Joined", "Location", "Time zone",
    "Interests", "Needs", "Tags", "Created (UTC)",
    *(_PLATFORM_TITLES[p] for p in Platform),
    "Note created (UTC)", "Note updated (UTC)", "Pinned", "Note",
    *(f"{_PLATFORM_TITLES[p]} platform ID" for p in Platform),
)
BOM = "\ufeff"


def _cell(value: str) -> str:
    return cells.neutralise(value.replace("\0", "\ufffd") if "\0" in value else value)


def write_csv(out: TextIO, records: Iterable[MemberRecord],
              fields: Sequence[CustomFieldDef] = ()) -> None:
    """``fields`` are the custom field columns (values of other fields are not written)."""
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*HEADERS, *(_cell(column_header(f.name, f.kind, f.options))
                                 for f in fields)])
    names = [f.name for f in fields]
    for record in records:
        by_platform: dict[Platform, list[tuple[str, str]]] = {p: [] for p in Platform}
        for h in record.handles:
            by_platform[h.platform].append((h.handle, h.platform_id))
        # The profile repeats on every note row: neutralise it once per member.
        profile = [_cell(v) for v in (
            str(record.id), record.display_name, record.aliases, record.status.value,
            record.role, record.joined_on.isoformat() if record.joined_on else "",
            record.location, record.time_zone, record.interests, record.needs,
            cells.join_list(record.tags),
            format_timestamp(record.created_at),
            *(cells.join_list([h for h, _ in by_platform[p]]) for p in Platform))]
        tail = [_cell(cells.join_list([i for _, i in by_platform[p]]))
                if any(i for _, i in by_platform[p]) else "" for p in Platform]
        if names:
            values = {v.name: v.value for v in record.custom}
            tail += [_cell(values.get(name, "")) for name in names]
        if not record.notes:
            writer.writerow([*profile, "", "", "", "", *tail])
        for n in record.notes:
            writer.writerow([*profile, format_timestamp(n.created_at),
                             format_timestamp(n.updated_at), "yes" if n.pinned else "",
                             _cell(n.body), *tail])
