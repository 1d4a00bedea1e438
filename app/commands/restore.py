"""``restore``: replace the database with a backup (the current state is backed up first)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.commands.common import EXIT_OK, TerminalProgress
from app.errors import UserError
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "restore", help="replace the database with a backup",
        description="Verify the backup (it must open with this data folder's key), back up the "
                    "current database, then swap the backup in atomically. Close Steward's "
                    "window first.")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", type=Path, help="the backup file to restore")
    which.add_argument("--latest", action="store_true",
                       help="the newest backup in the backups folder that verifies")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.bootstrap import restore_service

    service = restore_service(paths)
    if args.latest:
        newest, failed = service.newest_restorable()
        if newest is None:
            raise UserError(f"No backup in {paths.backups_dir} could be verified with this data "
                            f"folder's key ({failed} tried); nothing was changed.")
        source = newest.path
    else:
        source = args.file.expanduser()
    result = service.restore(source, progress=TerminalProgress("Restoring (pages)"))
    print(f"Restored {result.restored_from} into {paths.db_file}.", file=out)
    if result.safety_backup is not None:
        print(f"The previous state was backed up to {result.safety_backup}.", file=out)
    for moved in result.set_aside:
        print(f"The damaged file was kept as {moved}.", file=out)
    return EXIT_OK
