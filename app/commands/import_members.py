"""``import members FILE``: add or update members from CSV, XLSX, vCard or a Steward export."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.commands.common import EXIT_OK, TerminalProgress, command_group
from app.domain.member_io import ImportFormat, ImportSummary, MemberDraft
from app.importers.mapping import parse_map_option
from app.paths import AppPaths

FORMATS = {"csv": ImportFormat.CSV, "xlsx": ImportFormat.XLSX, "vcard": ImportFormat.VCARD,
           "md": ImportFormat.MARKDOWN, "json": ImportFormat.JSON}


def _map_option(text: str) -> tuple[str, str]:
    try:
        return parse_map_option(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: Any) -> None:
    group = command_group(sub, "import", "import data from files", "import_what")
    parser = group.add_parser(
        "members", help="add or update members from CSV, XLSX, vCard, or a Steward export",
        description="Rows whose handle matches an existing member update that member. The whole "
                    "file is imported or nothing is. A column whose header is the name of one of "
                    "your custom fields goes to that field; its values must fit the field's kind "
                    "(text, number, date, choice) or the row is skipped. Custom fields that a "
                    "Steward export describes are created when this data folder lacks them; "
                    "for other files, create the field in the profile editor first.")
    parser.add_argument("file", metavar="FILE", help="the file (or a folder of Steward .md files)")
    parser.add_argument("--format", choices=sorted(FORMATS), help="default: from the file name")
    parser.add_argument("--map", dest="mapping", action="append", type=_map_option, default=[],
                        metavar="COLUMN=FIELD",
                        help="send a column to a field: name, aliases, status, role, joined, "
                             "location, time_zone, interests, needs, tags, note, a platform "
                             "(wechat, telegram, ...), <platform>_id, custom:<custom field name> "
                             "or ignore (e.g. --map 微信号=wechat, --map Birthday=custom:生日, "
                             "--map Notes=ignore); repeatable")
    parser.add_argument("--dry-run", action="store_true",
                        help="check everything and report, but save nothing")
    parser.add_argument("--preview", action="store_true",
                        help="show how the columns are mapped and the first rows, then stop")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.bootstrap import build_context
    from app.importers.plan import open_import

    # The file is checked before the data folder is opened; then its custom fields decide how
    # the columns named like them are mapped.
    plan = open_import(Path(args.file), FORMATS[args.format] if args.format else None,
                       args.mapping)
    ctx = build_context(paths)
    try:
        plan = plan.with_custom_fields(ctx.member_import.custom_fields(), args.mapping)
        if args.preview:
            _print_preview(plan, out)
            return EXIT_OK
        summary = ctx.member_import.run(plan, dry_run=args.dry_run,
                                        progress=TerminalProgress("Importing members"))
    finally:
        ctx.close()
    print(describe(plan.source, summary), file=out)
    for row in summary.skipped:
        print(f"  skipped {row.describe()}", file=out)
    return EXIT_OK


def describe(source: str, summary: ImportSummary) -> str:
    head = f"Dry run of {source} (nothing was saved)" if summary.dry_run else f"Imported {source}"
    text = (f"{head}: {summary.added:,} added, {summary.updated:,} updated, "
            f"{summary.unchanged:,} unchanged, {summary.notes_added:,} notes, "
            f"{summary.tags_created:,} new tags")
    if summary.fields_created:
        count = len(summary.fields_created)
        names = ", ".join(summary.fields_created)
        text += f", {count:,} new custom {'field' if count == 1 else 'fields'} ({names})"
    if summary.skipped:
        count = len(summary.skipped)
        text += f"; {count:,} {'row' if count == 1 else 'rows'} skipped:"
    return text


def _print_preview(plan: Any, out: TextIO) -> None:
    preview = plan.preview()
    if preview is None:
        print(f"{plan.source}: a {plan.format.value} file; its fields are read as they are "
              "named (no columns to map).", file=out)
        return
    kind = " (a Steward export)" if preview.steward_export else ""
    print(f"Columns of {plan.source}{kind}:", file=out)
    for column in preview.columns:
        print(f"  {column.header!r} -> {column.target}", file=out)
    print("First rows:", file=out)
    for row in preview.rows:
        if isinstance(row, MemberDraft):
            handles = ", ".join(f"{h.platform.value}:{h.handle}" for h in row.handles)
            custom = "".join(f" {name}={value!r}" for name, value in row.custom)
            print(f"  line {row.line}: {row.display_name!r} [{handles}] tags={list(row.tags)}"
                  f"{custom}", file=out)
        else:
            print(f"  skipped {row.describe()}", file=out)
