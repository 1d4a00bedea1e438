"""``export notes``: members and their notes as Markdown, CSV, PDF or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.commands.common import (
    EXIT_OK,
    TerminalProgress,
    command_group,
    open_context,
    positive_int,
)
from app.domain.member_io import ExportFormat, ExportSelection
from app.paths import AppPaths


def register(sub: Any) -> None:
    group = command_group(sub, "export", "export data to files", "export_what")
    parser = group.add_parser(
        "notes", help="export members and their notes",
        description="Markdown is the lossless form (and can be imported again); CSV opens in "
                    "Excel; PDF is for reading and printing; JSON is for other tools.")
    parser.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="the file to write (a new folder with --per-member)")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--member", action="append", type=positive_int, default=[], metavar="ID",
                     help="only this member (repeatable)")
    who.add_argument("--tag", metavar="NAME", help="only members with this tag")
    who.add_argument("--segment", metavar="NAME", help="only members of this saved segment")
    parser.add_argument("--per-member", action="store_true",
                        help="one file per member in the folder PATH (md and pdf)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    selection = ExportSelection(member_ids=tuple(args.member), tag=args.tag or "",
                                segment=args.segment or "")
    ctx = open_context(args, paths, writes=False)
    try:
        result = ctx.member_export.export(
            selection, ExportFormat(args.format), Path(args.out).expanduser(),
            per_member=args.per_member, progress=TerminalProgress("Exporting members"))
    finally:
        ctx.close()
    files = f" in {result.files:,} files" if result.files > 1 else ""
    print(f"Exported {result.members:,} members and {result.notes:,} notes to "
          f"{result.path}{files}", file=out)
    return EXIT_OK
