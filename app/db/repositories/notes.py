"""Notes, their earlier versions, and note templates.

List queries select ``substr(body, 1, PREVIEW_CHARS)`` and ``length(body)``, never ``body``: a
timeline of notes that each hold megabytes of pasted chat still moves only a few kilobytes into
Python. The full text is read by id, one note at a time.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from app.db.repositories.sql import execute, fetch_all, fetch_optional, insert, scalar
from app.db.types import from_db_text, to_db_text
from app.domain.notes import PREVIEW_CHARS, NoteSummary, NoteTemplateData, NoteVersionData

_SUMMARY = f"""
    SELECT n.id, n.member_id, substr(n.body, 1, {PREVIEW_CHARS}), length(n.body), n.pinned,
           n.created_at, n.updated_at,
           (SELECT count(*) FROM note_version v WHERE v.note_id = n.id)
    FROM note n
"""


def _summary(r: tuple[object, ...] | object) -> NoteSummary:
    row = tuple(r)  # type: ignore[arg-type]
    return NoteSummary(id=int(row[0]), member_id=int(row[1]), preview=str(row[2]),
                       length=int(row[3]), pinned=bool(row[4]),
                       created_at=from_db_text(row[5]),  # type: ignore[arg-type]
                       updated_at=from_db_text(row[6]),  # type: ignore[arg-type]
                       versions=int(row[7]))


def timeline(session: Session, member_id: int, offset: int = 0,
             limit: int = 200) -> tuple[NoteSummary, ...]:
    """Pinned notes first, then newest first."""
    rows = fetch_all(session, _SUMMARY + " WHERE n.member_id = :m "
                     "ORDER BY n.pinned DESC, n.created_at DESC, n.id DESC "
                     "LIMIT :n OFFSET :o", {"m": member_id, "n": limit, "o": offset})
    return tuple(_summary(r) for r in rows)


def count(session: Session, member_id: int) -> int:
    return int(scalar(session, "SELECT count(*) FROM note WHERE member_id = :m",
                      {"m": member_id}))


def summary(session: Session, note_id: int) -> NoteSummary | None:
    row = fetch_optional(session, _SUMMARY + " WHERE n.id = :i", {"i": note_id})
    return _summary(row) if row else None


def body(session: Session, note_id: int) -> str | None:
    return scalar(session, "SELECT body FROM note WHERE id = :i", {"i": note_id})


def add(session: Session, member_id: int, text: str, pinned: bool, at: datetime) -> int:
    stamp = to_db_text(at)
    return insert(session, "INSERT INTO note (member_id, body, pinned, created_at, updated_at) "
                           "VALUES (:m, :b, :p, :t, :t)",
                  {"m": member_id, "b": text, "p": int(pinned), "t": stamp})


def edit(session: Session, note_id: int, text: str, at: datetime) -> bool:
    """Keep the current wording as a version, then replace it; False if nothing changed."""
    row = fetch_optional(session, "SELECT body = :b, updated_at FROM note WHERE id = :i",
                         {"b": text, "i": note_id})
    if row is None or row[0]:
        return False
    execute(session, "INSERT INTO note_version (note_id, body, written_at, replaced_at) "
                     "SELECT id, body, updated_at, :t FROM note WHERE id = :i",
            {"i": note_id, "t": to_db_text(at)})
    execute(session, "UPDATE note SET body = :b, updated_at = :t WHERE id = :i",
            {"b": text, "t": to_db_text(at), "i": note_id})
    return True


def set_pinned(session: Session, note_id: int, pinned: bool) -> int:
    return execute(session, "UPDATE note SET pinned = :p WHERE id = :i",
                   {"p": int(pinned), "i": note_id}).rowcount


def owner(session: Session, note_id: int) -> int | None:
    value = scalar(session, "SELECT member_id FROM note WHERE id = :i", {"i": note_id})
    return None if value is None else int(value)


def versions(session: Session, note_id: int) -> tuple[NoteVersionData, ...]:
    rows = fetch_all(session, f"SELECT id, note_id, substr(body, 1, {PREVIEW_CHARS}), "
                              f"length(body), written_at, replaced_at FROM note_version "
                              f"WHERE note_id = :i ORDER BY id DESC", {"i": note_id})
    return tuple(NoteVersionData(id=int(r[0]), note_id=int(r[1]), preview=r[2],
                                 length=int(r[3]),
                                 written_at=from_db_text(r[4]),  # type: ignore[arg-type]
                                 replaced_at=from_db_text(r[5]))  # type: ignore[arg-type]
                 for r in rows)


def version_body(session: Session, version_id: int) -> str | None:
    return scalar(session, "SELECT body FROM note_version WHERE id = :i", {"i": version_id})


def templates(session: Session) -> tuple[NoteTemplateData, ...]:
    rows = fetch_all(session, "SELECT id, name, body, position FROM note_template "
                              "ORDER BY position, id")
    return tuple(NoteTemplateData(int(r[0]), r[1], r[2], int(r[3])) for r in rows)


def template(session: Session, template_id: int) -> NoteTemplateData | None:
    row = fetch_optional(session, "SELECT id, name, body, position FROM note_template "
                                  "WHERE id = :i", {"i": template_id})
    return NoteTemplateData(int(row[0]), row[1], row[2], int(row[3])) if row else None


def add_template(session: Session, name: str, text: str, at: datetime) -> int:
    position = int(scalar(session, "SELECT coalesce(max(position), -1) + 1 FROM note_template"))
    return insert(session, "INSERT INTO note_template (name, body, position, created_at, "
                           "updated_at) VALUES (:n, :b, :p, :t, :t)",
                  {"n": name, "b": text, "p": position, "t": to_db_text(at)})


def update_template(session: Session, template_id: int, name: str, text: str,
                    at: datetime) -> int:
    return execute(session, "UPDATE note_template SET name = :n, body = :b, updated_at = :t "
                            "WHERE id = :i",
                   {"n": name, "b": text, "t": to_db_text(at), "i": template_id}).rowcount


def delete_template(session: Session, template_id: int) -> int:
    return execute(session, "DELETE FROM note_template WHERE id = :i",
                   {"i": template_id}).rowcount
