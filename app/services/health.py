"""``check``: is the database whole, and at the schema this Steward expects?"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from app.db.engine import Driver, connect_raw
from app.db.migrate import head_revision, inspect_database, known_revisions
from app.domain.overview import HealthReport
from app.errors import DatabaseError
from app.messages import message_of, msg


def check_database(db: Path, driver: Driver) -> HealthReport:
    head = head_revision()
    if not db.exists():
        return HealthReport(str(db), None, head, "missing", 0,
                            (msg("{path} does not exist yet", path=db),))
    try:
        found = inspect_database(db, driver, full=True)
    except DatabaseError as exc:
        return HealthReport(str(db), None, head, exc.reason, 0, (message_of(exc),))
    problems: list[str] = []
    if found.revision is None:
        problems.append(msg("the database has no schema version (it was never migrated)"))
    elif found.revision not in known_revisions():
        problems.append(msg("schema {found} is newer than this Steward ({head})",
                            found=found.revision, head=head))
    elif found.revision != head:
        problems.append(msg("schema {found} is older than {head}; open Steward to upgrade",
                            found=found.revision, head=head))
    members = 0
    with closing(connect_raw(db, driver, read_only=True)) as conn:
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(msg("{count} rows point at records that no longer exist",
                                count=len(fk)))
        if found.revision is not None:
            has_members = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='member'"
            ).fetchone()
            if has_members:
                members = int(conn.execute("SELECT count(*) FROM member").fetchone()[0])
    return HealthReport(str(db), found.revision, head, found.integrity, members, tuple(problems))

