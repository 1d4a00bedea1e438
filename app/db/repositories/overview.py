"""Dashboard figures, each one aggregate query."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from app.db.repositories.sql import fetch_all, fetch_one
from app.db.types import to_db_text
from app.domain.overview import Overview


def overview(session: Session, now: datetime) -> Overview:
    week_ago = to_db_text(now - timedelta(days=7))
    members, active, new_week = fetch_one(
        session,
        "SELECT count(*), sum(status = 'active'), sum(created_at >= :week) FROM member",
        {"week": week_ago},
    )
    notes = fetch_one(session, "SELECT count(*) FROM note")[0]
    tags = fetch_one(session, "SELECT count(*) FROM tag")[0]
    platforms = fetch_all(
        session, "SELECT platform, count(*) FROM handle GROUP BY platform ORDER BY count(*) DESC"
    )
    return Overview(
        members=int(members or 0),
        active=int(active or 0),
        new_this_week=int(new_week or 0),
        notes=int(notes or 0),
        tags=int(tags or 0),
        handles_by_platform=tuple((str(p), int(n)) for p, n in platforms),
    )
