"""Deleting goes to the trash; the trash gives it back, or forgets it after a while.

A delete moves a snapshot of the record and everything hanging off it (``app.db.snapshot``) into
``trash_item`` and removes the live rows, in one transaction: the rest of the app never sees
deleted rows and never needs a ``deleted_at`` filter. A restore puts the rows back with their ids,
parents first, in one transaction. Items expire after ``retention_days`` and are purged at start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, MetaData
from sqlmodel import Session, SQLModel

import app.db.models  # noqa: F401  (registers every table on SQLModel.metadata)
from app.db import snapshot
from app.db.repositories import trash as trash_repo
from app.db.repositories.settings import get_setting, set_setting
from app.domain.progress import NullProgress, Progress, check_cancel
from app.domain.trash import TrashEntry, TrashKind, TrashRestoreResult, TrashResult
from app.errors import UserError
from app.messages import msg
from app.services.sessions import SessionFactory

RETENTION_KEY = "trash_retention_days"
DEFAULT_RETENTION_DAYS = 30
NOTE_LABEL_CHARS = 60


class TrashService:
    def __init__(self, sessions: SessionFactory, metadata: MetaData = SQLModel.metadata,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._sessions = sessions
        self._metadata = metadata
        self._clock = clock

    # -- settings ----------------------------------------------------------------------------
    def retention_days(self) -> int:
        with self._sessions() as session:
            value = get_setting(session, RETENTION_KEY)
        return value if isinstance(value, int) and 1 <= value <= 3650 else DEFAULT_RETENTION_DAYS

    def set_retention_days(self, days: int) -> int:
        if not 1 <= days <= 3650:
            raise UserError(msg("Trash retention must be between 1 and 3650 days."))
        with self._sessions() as session:
            set_setting(session, RETENTION_KEY, days)
            session.commit()
        return days

    # -- deleting ----------------------------------------------------------------------------
    def delete_members(self, ids: Sequence[int], progress: Progress | None = None) -> TrashResult:
        with self._sessions() as session:
            labels = _labels(session, "SELECT id, display_name, id FROM member WHERE id IN", ids)
            return self._delete(session, TrashKind.MEMBER, "member", ids, labels, progress)

    def delete_notes(self, ids: Sequence[int], progress: Progress | None = None) -> TrashResult:
        with self._sessions() as session:
            labels = _labels(
                session,
                "SELECT n.id, m.display_name || ': ' || substr(replace(n.body, char(10), ' '), "
                f"1, {NOTE_LABEL_CHARS}), n.member_id FROM note n "
                "JOIN member m ON m.id = n.member_id WHERE n.id IN", ids)
            return self._delete(session, TrashKind.NOTE, "note", ids, labels, progress)

    def _delete(self, session: Session, kind: TrashKind, table: str, ids: Sequence[int],
                labels: dict[int, tuple[str, int | None]],
                progress: Progress | None) -> TrashResult:
        report = progress or NullProgress()
        conn = session.connection()
        now = self._clock()
        item_ids: list[int] = []
        rows = 0
        wanted = [i for i in dict.fromkeys(ids) if i in labels]
        for done, record_id in enumerate(wanted, start=1):
            check_cancel(report)  # nothing is committed until the end: cancel leaves no trace
            snap = snapshot.collect(conn, self._metadata, table, {"id": record_id})
            if snap is None:
                continue
            label, member_id = labels[record_id]
            item_ids.append(trash_repo.add_item(session, kind, label, member_id, snap, now))
            rows += snapshot.delete(conn, self._metadata, snap)
            report.report(done, len(wanted))
        session.commit()
        return TrashResult(item_ids=tuple(item_ids), records=len(item_ids), rows=rows)

    # -- restoring ---------------------------------------------------------------------------
    def restore(self, item_ids: Sequence[int],
                progress: Progress | None = None) -> TrashRestoreResult:
        report = progress or NullProgress()
        restored: list[int] = []
        kept: list[str] = []
        renumbered = dropped = 0
        with self._sessions() as session:
            conn = session.connection()
            items = trash_repo.payloads(session, item_ids)
            for done, (item_id, label, payload) in enumerate(items, start=1):
                check_cancel(report)
                snap = snapshot.Snapshot.from_json(payload)
                try:
                    with conn.begin_nested():
                        outcome = snapshot.restore(conn, self._metadata, snap)
                except snapshot.MissingParentError:
                    kept.append(label)
                    continue
                restored.append(item_id)
                renumbered += len(outcome.new_ids.get(snap.root_table, {}))
                dropped += sum(outcome.skipped.values())
                report.report(done, len(items))
            trash_repo.remove(session, restored)
            session.commit()
        return TrashRestoreResult(restored=len(restored), kept=tuple(kept),
                                  renumbered=renumbered, dropped_rows=dropped)

    # -- forgetting ----------------------------------------------------------------------------
    def delete_forever(self, item_ids: Sequence[int]) -> int:
        with self._sessions() as session:
            with secure_delete(session.connection()):
                removed = trash_repo.remove(session, item_ids)
            session.commit()
        return removed

    def purge_expired(self, now: datetime | None = None) -> int:
        cutoff = (now or self._clock()) - timedelta(days=self.retention_days())
        with self._sessions() as session:
            with secure_delete(session.connection()):
                removed = trash_repo.remove_older_than(session, cutoff)
            session.commit()
        return removed

    def list(self) -> tuple[TrashEntry, ...]:
        retention = timedelta(days=self.retention_days())
        with self._sessions() as session:
            return trash_repo.list_items(session, retention)


@contextmanager
def secure_delete(conn: Connection) -> Iterator[Connection]:
    """``PRAGMA secure_delete`` on for a block: deleted content is overwritten with zeros."""
    before = int(conn.exec_driver_sql("PRAGMA secure_delete").scalar_one())
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        yield conn
    finally:
        conn.exec_driver_sql(f"PRAGMA secure_delete = {before}")


def _labels(session: Session, select_in: str,
            ids: Sequence[int]) -> dict[int, tuple[str, int | None]]:
    found: dict[int, tuple[str, int | None]] = {}
    unique = list(dict.fromkeys(int(i) for i in ids))
    for start in range(0, len(unique), snapshot.CHUNK):
        chunk = unique[start:start + snapshot.CHUNK]
        marks = ",".join("?" for _ in chunk)
        for row in session.connection().exec_driver_sql(f"{select_in} ({marks})", tuple(chunk)):
            found[int(row[0])] = (str(row[1]), int(row[2]) if row[2] is not None else None)
    return found
