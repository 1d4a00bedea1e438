"""Saved segments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from app.db.repositories.sql import execute, fetch_all, fetch_optional, insert, scalar
from app.db.types import to_db_text
from app.domain.segments import SavedSegment, SegmentDefinition, SegmentFormatError
from app.messages import message_of


def _segment(row: Row[Any]) -> SavedSegment:
    try:
        definition, problem = SegmentDefinition.from_json(row[2]), ""
    except SegmentFormatError as exc:
        definition, problem = SegmentDefinition(), message_of(exc)
    return SavedSegment(int(row[0]), row[1], definition, int(row[3]), problem)


def all_segments(session: Session) -> tuple[SavedSegment, ...]:
    rows = fetch_all(session, "SELECT id, name, definition, position FROM segment "
                              "ORDER BY position, id")
    return tuple(_segment(r) for r in rows)


def get(session: Session, segment_id: int) -> SavedSegment | None:
    row = fetch_optional(session, "SELECT id, name, definition, position FROM segment "
                                  "WHERE id = :i", {"i": segment_id})
    return _segment(row) if row is not None else None


def by_name(session: Session, name: str) -> SavedSegment | None:
    row = fetch_optional(session, "SELECT id FROM segment WHERE name = :n", {"n": name})
    return get(session, int(row[0])) if row else None


def add(session: Session, name: str, definition: SegmentDefinition, at: datetime) -> int:
    position = int(scalar(session, "SELECT coalesce(max(position), -1) + 1 FROM segment"))
    return insert(session, "INSERT INTO segment (name, definition, position, created_at, "
                           "updated_at) VALUES (:n, :d, :p, :t, :t)",
                  {"n": name, "d": definition.to_json(), "p": position, "t": to_db_text(at)})


def update(session: Session, segment_id: int, name: str, definition: SegmentDefinition,
           at: datetime) -> int:
    return execute(session, "UPDATE segment SET name = :n, definition = :d, updated_at = :t "
                            "WHERE id = :i",
                   {"n": name, "d": definition.to_json(), "t": to_db_text(at),
                    "i": segment_id}).rowcount


def delete(session: Session, segment_id: int) -> int:
    return execute(session, "DELETE FROM segment WHERE id = :i", {"i": segment_id}).rowcount


def replace_tag(session: Session, old: int, new: int | None, at: datetime) -> int:
    """Rewrite every saved definition that mentions tag ``old``; returns how many changed."""
    changed = 0
    for segment in all_segments(session):
        if not segment.problem and old in segment.definition.tag_ids():
            update(session, segment.id, segment.name, segment.definition.replace_tag(old, new),
                   at)
            changed += 1
    return changed
