"""``recover``: what the window offers when the database is damaged, from the command line."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from app.commands.common import EXIT_OK, TerminalProgress
from app.domain.backups import RecoveryAction
from app.errors import DatabaseError, NewerSchemaError, UserError
from app.paths import AppPaths


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "recover", help="set a damaged database aside and restore the newest good backup",
        description="Check the database; if it is damaged, rename it aside (never delete it) "
                    "and restore the newest backup that verifies. A write-ahead log that "
                    "belongs to another database is set aside instead, keeping the database.")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from app.bootstrap import restore_service
    from app.db.migrate import inspect_database
    from app.errors import CorruptDatabaseError

    service = restore_service(paths)
    driver = service.driver
    db = paths.db_file
    problem: DatabaseError
    if not db.exists():
        missing = service.plan_missing()
        if missing is None:
            print(f"{db} does not exist yet and there are no backups; nothing to recover.",
                  file=out)
            return EXIT_OK
        problem = CorruptDatabaseError(db, "the file is missing")
    else:
        try:
            inspect_database(db, driver, full=True)
        except NewerSchemaError:
            raise
        except DatabaseError as exc:
            problem = exc
        else:
            print(f"{db} is healthy; nothing to recover.", file=out)
            return EXIT_OK
    offer = service.plan_recovery(problem)
    if offer.action == RecoveryAction.NONE:
        raise UserError(f"{db}: {problem.reason}, and no backup in {paths.backups_dir} could be "
                        f"verified with this data folder's key ({offer.unusable_backups} tried). "
                        "Nothing was changed.")
    result = service.recover(offer, progress=TerminalProgress("Restoring (pages)"))
    if offer.action == RecoveryAction.SET_ASIDE_LOG:
        print(f"{db}: {problem.reason}. The log was set aside; the database opens without it.",
              file=out)
    else:
        assert offer.backup is not None
        print(f"{db}: {problem.reason}. Restored the backup {offer.backup.name}.", file=out)
    for moved in result.set_aside:
        print(f"Kept as {moved}", file=out)
    return EXIT_OK
