"""Exporting every member's notes to Markdown (issue 3: all notes at 100,000 members under 30 s).

Steward's figures are ``MemberExportService.export`` of everyone, as ``export notes --format md``
runs it: one combined file, and one file per member in a new folder. Each writes through a
temporary name and renames when complete. The floor reads the same rows with the bare driver
(every member's profile columns and every note, one query) and writes them to one file as plain
lines, with no front matter, no Markdown, no escaping and no file per member.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from app.bench.env import BenchEnv
from app.bench.figures import FloorMismatch, Reading, runs_at_most
from app.bench.timing import timed
from app.domain.member_io import ExportFormat, ExportSelection

FLOOR = ("every member and note read with the bare driver (SQLCipher) and written to one file "
         "as plain lines")


@runs_at_most(3)
def export_all_notes(env: BenchEnv) -> list[Reading]:
    folder = env.populated()
    out = env.folder("export")
    with env.context(folder) as ctx:
        one, combined = timed(lambda: ctx.member_export.export(
            ExportSelection(), ExportFormat.MARKDOWN, out / "all.md"))
        per, folder_result = timed(lambda: ctx.member_export.export(
            ExportSelection(), ExportFormat.MARKDOWN, out / "per-member", per_member=True))
    with env.floor_connection(folder) as conn:
        floor, (members, notes) = timed(lambda: _floor_export(conn, out / "floor.txt"))
    if (combined.members, combined.notes) != (members, notes) or \
            folder_result.files != combined.members:
        raise FloorMismatch(f"export wrote {combined.members} members / {combined.notes} notes "
                            f"({folder_result.files} files), the floor read {members} / {notes}")
    shutil.rmtree(out)
    return [
        Reading("export.markdown_one_file", "ms", one, floor, FLOOR),
        Reading("export.markdown_file_per_member", "ms", per, floor, FLOOR),
        Reading("export.markdown_notes_per_s", "notes/s", notes / one * 1000,
                notes / floor * 1000, FLOOR, higher_is_better=True),
    ]


def _floor_export(conn: Any, target: Path) -> tuple[int, int]:
    members: set[int] = set()
    notes = 0
    with target.open("w", encoding="utf-8") as fh:
        for row in conn.execute(
                "SELECT m.id, m.display_name, m.aliases, m.status, m.role, m.joined_on, "
                "m.location, m.created_at, m.updated_at, n.id, n.created_at, n.pinned, n.body "
                "FROM member m LEFT JOIN note n ON n.member_id = m.id ORDER BY m.id, n.id"):
            members.add(row[0])
            notes += row[9] is not None
            fh.write("\t".join("" if v is None else str(v) for v in row))
            fh.write("\n")
    return len(members), notes
