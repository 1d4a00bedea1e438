"""One member's data as a zip: the complete record as JSON, and the same as readable Markdown.

The JSON holds every stored value of every row about the member (the machine-readable copy a data
request asks for); the Markdown presents the parts a person reads (profile, handles, tags, notes)
and lists any other records generically, so records that later features link to a member are
never left out of an export.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Mapping
from pathlib import Path

from app.domain.privacy import MemberDossier

FORMAT = "steward-member-export"
_PROFILE = (("display_name", "Name"), ("aliases", "Other names"), ("status", "Status"),
            ("role", "Role"), ("joined_on", "Joined"), ("location", "Location"),
            ("time_zone", "Time zone"), ("interests", "Interests"), ("created_at", "Added"),
            ("updated_at", "Last changed"))
_READABLE = {"member", "handle", "member_tag", "note"}


def archive_names(member_id: int) -> tuple[str, str]:
    return f"member-{member_id}.json", f"member-{member_id}.md"


def write_member_archive(dossier: MemberDossier, dest: Path) -> int:
    """Write the zip atomically (temporary name, then rename); returns its size in bytes."""
    json_name, md_name = archive_names(dossier.member_id)
    partial = dest.with_name(dest.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(json_name, to_json(dossier))
            archive.writestr(md_name, to_markdown(dossier))
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest.stat().st_size


def to_json(dossier: MemberDossier) -> str:
    return json.dumps({
        "format": FORMAT,
        "version": 1,
        "exported_at": dossier.exported_at.isoformat(),
        "member_id": dossier.member_id,
        "records": {table: [dict(r) for r in rows] for table, rows in dossier.records},
        "linked": {table: [dict(r) for r in rows] for table, rows in dossier.linked},
        "referenced_by": dict(dossier.referenced_by),
    }, ensure_ascii=False, indent=2, default=_jsonable)


def to_markdown(dossier: MemberDossier) -> str:
    profile = dossier.profile
    name = str(profile.get("display_name", "")) or f"Member {dossier.member_id}"
    out = [f"# {_line(name)}", "",
           f"Everything Steward stores about this member, exported on "
           f"{dossier.exported_at:%Y-%m-%d %H:%M} UTC. The complete data is in "
           f"{archive_names(dossier.member_id)[0]}; this file is the readable version.", "",
           "## Profile", ""]
    for key, title in _PROFILE:
        value = profile.get(key)
        if value not in (None, ""):
            out.append(f"- **{title}:** {_line(str(value))}")
    handles = dossier.rows("handle")
    if handles:
        out += ["", f"## Handles ({len(handles)})", "", "| Platform | Handle | Platform ID |",
                "|---|---|---|"]
        out += [f"| {_cell(h.get('platform'))} | {_cell(h.get('handle'))} | "
                f"{_cell(h.get('platform_id'))} |" for h in handles]
    tag_names = {t.get("id"): t.get("name") for t in dossier.linked_rows("tag")}
    tags = [str(tag_names.get(mt.get("tag_id"), mt.get("tag_id")))
            for mt in dossier.rows("member_tag")]
    if tags:
        out += ["", "## Tags", "", ", ".join(_line(t) for t in sorted(tags))]
    notes = sorted(dossier.rows("note"), key=lambda n: str(n.get("created_at", "")))
    if notes:
        out += ["", f"## Notes ({len(notes)})"]
        for note in notes:
            pinned = " (pinned)" if note.get("pinned") else ""
            out += ["", f"### {str(note.get('created_at', ''))[:16]} UTC{pinned}", "",
                    str(note.get("body", ""))]
    others = [(t, rows) for t, rows in dossier.records if t not in _READABLE and rows]
    if others:
        out += ["", "## Other records"]
        for table, rows in others:
            out += ["", f"### {table} ({len(rows)})", ""]
            out += ["- " + "; ".join(f"{k}: {_line(str(v))}" for k, v in row.items()
                                     if v not in (None, ""))
                    for row in rows]
    if dossier.referenced_by:
        out += ["", "## Mentioned in other records", ""]
        out += [f"- {table}: {count}" for table, count in dossier.referenced_by]
    return "\n".join(out) + "\n"


def _line(text: str) -> str:
    return " ".join(text.split())


def _cell(value: object) -> str:
    return _line("" if value is None else str(value)).replace("|", "\\|")


def _jsonable(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, Mapping):
        return dict(value)
    return str(value)
