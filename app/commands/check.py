"""``check``: verify the database's integrity and schema version."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from app.commands.common import EXIT_OK, EXIT_USER
from app.errors import UserError
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser("check", help="verify the database's integrity and schema version")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.bootstrap import database_driver, open_keys
    from app.services.health import check_database

    # Read-only: unlock an existing key (never create one), then check with the same driver
    # the app uses, so an encrypted database is checked as it really is.
    keys = open_keys(paths, create=False)
    report = check_database(paths.db_file, database_driver(paths, keys))
    if args.json:
        print(json.dumps({"ok": report.ok, "path": report.path,
                          "schema": report.schema_revision, "head": report.head_revision,
                          "integrity": report.integrity, "members": report.members,
                          "problems": list(report.problems)}, ensure_ascii=False), file=out)
    elif report.ok:
        print(f"OK: {report.path} (schema {report.schema_revision}, integrity ok, "
              f"{report.members:,} members)", file=out)
    if not report.ok:
        if not args.json:
            raise UserError("; ".join(report.problems))
        return EXIT_USER
    return EXIT_OK
