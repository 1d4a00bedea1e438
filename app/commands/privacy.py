"""``privacy``: export, anonymise or erase one member; show the audit list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.commands.common import EXIT_OK, open_context, positive_int
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser("privacy", help="export, anonymise or erase one member's data")
    actions = parser.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="everything about a member, as a zip of JSON "
                                               "and Markdown (not encrypted)")
    export.add_argument("member_id", type=positive_int, metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    anonymise = actions.add_parser(
        "anonymise", help="remove names, handles and notes; keep statistics and cases")
    anonymise.add_argument("member_id", type=positive_int, metavar="ID")
    erase = actions.add_parser("erase", help="delete every record of a member for good")
    erase.add_argument("member_id", type=positive_int, metavar="ID")
    erase.add_argument("--confirm", required=True, metavar="TEXT",
                       help="the member's display name exactly, or ERASE")
    erase.add_argument("--remove-backups", action="store_true",
                       help="also delete every older backup (they still contain the member) "
                            "after writing a fresh one")
    actions.add_parser("audit", help="list recent privacy actions (ids and counts only)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    ctx = open_context(args, paths, writes=True)
    try:
        privacy = ctx.privacy
        if args.privacy_action == "export":
            result = privacy.export_member(args.member_id, args.out.expanduser().resolve())
            print(f"Exported {result.rows} records of member {args.member_id} to {result.path} "
                  "(not encrypted: keep it safe).", file=out)
        elif args.privacy_action == "anonymise":
            done = privacy.anonymise_member(args.member_id)
            print(f"Anonymised member {args.member_id}: removed {done.rows_removed} handles, "
                  f"notes and related records, and {done.trash_items_removed} trash items.",
                  file=out)
        elif args.privacy_action == "erase":
            plan = privacy.erase_plan(args.member_id)
            erased = privacy.erase_member(args.member_id, args.confirm, args.remove_backups)
            print(f"Erased member {args.member_id}: {erased.rows_removed} records and "
                  f"{erased.trash_items_removed} trash items.", file=out)
            if args.remove_backups:
                print(f"Removed {erased.backups_removed} older backups.", file=out)
            elif plan.backups:
                print(f"{plan.backups} older backups in {paths.backups_dir} still contain this "
                      "member until they rotate out (use --remove-backups to delete them).",
                      file=out)
        else:
            for entry in privacy.audit():
                member = f"member {entry.member_id}" if entry.member_id is not None else "-"
                print(f"{entry.at:%Y-%m-%d %H:%M:%S}Z  {entry.action:<18} {member:<16} "
                      f"{entry.detail}", file=out)
    finally:
        ctx.close()
    return EXIT_OK
