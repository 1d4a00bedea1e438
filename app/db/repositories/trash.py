"""Trash items: snapshots of deleted records, kept as JSON until restored or expired."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlmodel import Session

from app.db.repositories.sql import fetch_all
from app.db.snapshot import Snapshot
from app.db.types import UTCDateTime, to_db_text
from app.domain.trash import TrashEntry, TrashKind

_TIME = UTCDateTime()


def add_item(session: Session, kind: TrashKind, label: str, member_id: int | None,
             snap: Snapshot, deleted_at: datetime) -> int:
    contents = {t: n for t, n in snap.counts().items() if t != snap.root_table}
    result = session.connection().exec_driver_sql(
        "INSERT INTO trash_item (kind, label, member_id, payload, contents, deleted_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (kind.value, label, member_id, snap.to_json(), json.dumps(contents),
         to_db_text(deleted_at)),
    )
    return int(result.lastrowid or 0)


def list_items(session: Session, retention: timedelta) -> tuple[TrashEntry, ...]:
    rows = fetch_all(session, "SELECT id, kind, label, member_id, contents, deleted_at "
                              "FROM trash_item ORDER BY deleted_at DESC, id DESC")
    return tuple(_entry(r, retention) for r in rows)


def payloads(session: Session, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """``(id, label, payload)`` for the given items, oldest first (restore order)."""
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    return [(int(r[0]), str(r[1]), str(r[2])) for r in session.connection().exec_driver_sql(
        f"SELECT id, label, payload FROM trash_item WHERE id IN ({marks}) "
        "ORDER BY deleted_at, id", tuple(ids)).fetchall()]


def remove(session: Session, ids: Sequence[int]) -> int:
    if not ids:
        return 0
    marks = ",".join("?" for _ in ids)
    result = session.connection().exec_driver_sql(
        f"DELETE FROM trash_item WHERE id IN ({marks})", tuple(ids))
    return int(result.rowcount or 0)


def remove_older_than(session: Session, cutoff: datetime) -> int:
    result = session.connection().exec_driver_sql(
        "DELETE FROM trash_item WHERE deleted_at < ?", (to_db_text(cutoff),))
    return int(result.rowcount or 0)


def remove_for_member(session: Session, member_id: int) -> int:
    result = session.connection().exec_driver_sql(
        "DELETE FROM trash_item WHERE member_id = ?", (member_id,))
    return int(result.rowcount or 0)


def count_for_member(session: Session, member_id: int) -> int:
    return int(session.connection().exec_driver_sql(
        "SELECT count(*) FROM trash_item WHERE member_id = ?", (member_id,)).scalar_one())


def _entry(row: Sequence[object], retention: timedelta) -> TrashEntry:
    deleted = _TIME.process_result_value(row[5], None)  # type: ignore[arg-type]
    assert deleted is not None
    try:
        contents = json.loads(str(row[4]))
    except ValueError:
        contents = {}
    return TrashEntry(
        id=int(row[0]),  # type: ignore[call-overload]
        kind=str(row[1]),
        label=str(row[2]),
        member_id=int(row[3]) if row[3] is not None else None,  # type: ignore[call-overload]
        contents=tuple(sorted((str(k), int(v)) for k, v in contents.items())),
        deleted_at=deleted,
        expires_at=deleted + retention,
    )
