"""``backup``: write a verified backup of the database now."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.commands.common import EXIT_OK, open_context, progress_for
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "backup", help="write a verified backup of the database now",
        description="Back up the database with SQLite's online backup API (safe while Steward "
                    "is open), verify it, and keep it in the backups folder (rotated like the "
                    "automatic ones) or write it to --out.")
    parser.add_argument("--out", metavar="PATH", type=Path,
                        help="a file or folder to write to instead of the backups folder "
                             "(not rotated)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    ctx = open_context(args, paths, writes=True)
    try:
        target = args.out.expanduser().resolve() if args.out else None
        result = ctx.backups.backup_now("manual", out=target,
                                        progress=progress_for(args, out, "Backing up (pages)"))
    finally:
        ctx.close()
    assert result.file is not None
    print(f"Backed up to {result.file.path} ({result.file.size / 1_048_576:.1f} MB in "
          f"{result.seconds:.1f} s)", file=out)
    if result.removed:
        print(f"Rotation removed {len(result.removed)} older backup(s).", file=out)
    return EXIT_OK
