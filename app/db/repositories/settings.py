"""Settings stored with the data (JSON values under a key)."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from app.db.repositories.sql import fetch_all


def get_setting(session: Session, key: str) -> Any | None:
    rows = fetch_all(session, "SELECT value FROM app_setting WHERE key = :key", {"key": key})
    if not rows:
        return None
    try:
        return json.loads(rows[0][0])
    except ValueError:
        return None  # a value this version cannot read is treated as unset, not as a crash


def set_setting(session: Session, key: str, value: Any) -> None:
    session.connection().exec_driver_sql(
        "INSERT INTO app_setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )
