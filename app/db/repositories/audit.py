"""The privacy audit list: actions on members, with ids and counts, never personal data."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from app.db.repositories.sql import fetch_all
from app.db.types import UTCDateTime, to_db_text
from app.domain.privacy import AuditAction, AuditEntry

_TIME = UTCDateTime()


def record(session: Session, at: datetime, action: AuditAction, member_id: int | None,
           detail: str) -> None:
    session.connection().exec_driver_sql(
        "INSERT INTO audit_event (at, action, member_id, detail) VALUES (?, ?, ?, ?)",
        (to_db_text(at), action.value, member_id, detail))


def recent(session: Session, limit: int) -> tuple[AuditEntry, ...]:
    rows = fetch_all(session, "SELECT at, action, member_id, detail FROM audit_event "
                              "ORDER BY at DESC, id DESC LIMIT :limit", {"limit": limit})
    return tuple(AuditEntry(at=_TIME.process_result_value(r[0], None),  # type: ignore[arg-type]
                            action=str(r[1]), member_id=r[2], detail=str(r[3])) for r in rows)
