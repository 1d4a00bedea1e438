"""Member history rows: written by the services in the same transaction as the change."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlmodel import Session

from app.db.repositories.sql import fetch_all, insert
from app.db.types import from_db_text, to_db_text
from app.domain.history import HistoryEntry, HistoryKind


def add_event(session: Session, member_id: int, kind: HistoryKind, at: datetime,
              detail: Mapping[str, Any] | None = None) -> int:
    return insert(session,
                  "INSERT INTO member_event (member_id, kind, detail, at) "
                  "VALUES (:m, :k, :d, :at)",
                  {"m": member_id, "k": kind.value,
                   "d": json.dumps(dict(detail or {}), ensure_ascii=False), "at": to_db_text(at)})


def events(session: Session, member_id: int, limit: int = 200) -> tuple[HistoryEntry, ...]:
    rows = fetch_all(session, "SELECT id, kind, at, detail FROM member_event "
                              "WHERE member_id = :m ORDER BY at DESC, id DESC LIMIT :n",
                     {"m": member_id, "n": limit})
    return tuple(HistoryEntry(id=int(r[0]), member_id=member_id, kind=r[1],
                              at=from_db_text(r[2]),  # type: ignore[arg-type]
                              detail=_detail(r[3])) for r in rows)


def _detail(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
