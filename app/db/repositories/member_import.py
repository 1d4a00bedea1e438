"""The writes of a member import, on the DB-API cursor of the caller's transaction.

A hundred thousand rows must import in seconds, so these are plain parameterised statements on the
session's own connection (inside the session's transaction, so commit and rollback stay with the
service), not ORM objects. Every value is a bound parameter: a name like ``'); DROP TABLE member;--``
is stored as text like any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from app.db.models import Tag
from app.db.types import to_db_text
from app.domain.members import HandleData, Platform

DEFAULT_TAG_COLOR: str = Tag.model_fields["color"].default  # the colour a new tag gets anywhere


@dataclass(frozen=True)
class StoredProfile:
    display_name: str
    aliases: str
    status: str
    role: str
    joined_on: str | None
    location: str
    time_zone: str
    interests: str


def handle_variants(handle: HandleData) -> tuple[str, ...]:
    """Spellings of one handle that name the same account (how people type them differs)."""
    text = handle.handle
    variants = [text]
    if handle.platform is Platform.TELEGRAM:
        variants.append(text[1:] if text.startswith("@") else "@" + text)
    elif handle.platform is Platform.EMAIL and text.lower() != text:
        variants.append(text.lower())
    return tuple(variants)


class MemberWriter:
    def __init__(self, session: Session) -> None:
        self._cur: Any = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        self._tags: dict[str, int] = {}
        self.tags_created: list[str] = []

    def _one(self, sql: str, params: tuple[Any, ...]) -> Any:
        row = self._cur.execute(sql, params).fetchone()
        return row[0] if row else None

    def max_note_id(self) -> int:
        return int(self._one("SELECT coalesce(max(id), 0) FROM note", ()))

    def find_by_handles(self, handles: Iterable[HandleData]) -> set[int]:
        found: set[int] = set()
        for handle in handles:
            variants = handle_variants(handle)
            marks = ",".join("?" * len(variants))
            found.update(r[0] for r in self._cur.execute(
                f"SELECT member_id FROM handle WHERE platform = ? AND handle IN ({marks})",
                (handle.platform.value, *variants)))
        return found

    def insert_member(self, values: StoredProfile, created: datetime, now: datetime) -> int:
        self._cur.execute(
            "INSERT INTO member (display_name, aliases, status, role, joined_on, location, "
            "time_zone, interests, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (values.display_name, values.aliases, values.status, values.role, values.joined_on,
             values.location, values.time_zone, values.interests, to_db_text(created),
             to_db_text(now)))
        return int(self._cur.lastrowid)

    def profile(self, member_id: int) -> StoredProfile:
        row = self._cur.execute(
            "SELECT display_name, aliases, status, role, joined_on, location, time_zone, "
            "interests FROM member WHERE id = ?", (member_id,)).fetchone()
        return StoredProfile(*row)

    def update_member(self, member_id: int, values: StoredProfile, now: datetime) -> None:
        self._cur.execute(
            "UPDATE member SET display_name=?, aliases=?, status=?, role=?, joined_on=?, "
            "location=?, time_zone=?, interests=?, updated_at=? WHERE id=?",
            (values.display_name, values.aliases, values.status, values.role, values.joined_on,
             values.location, values.time_zone, values.interests, to_db_text(now), member_id))

    def touch(self, member_id: int, now: datetime) -> None:
        self._cur.execute("UPDATE member SET updated_at=? WHERE id=?", (to_db_text(now), member_id))

    def handles(self, member_id: int) -> dict[tuple[str, str], str]:
        return {(p, h): i for p, h, i in self._cur.execute(
            "SELECT platform, handle, platform_id FROM handle WHERE member_id = ?", (member_id,))}

    def add_handle(self, member_id: int, handle: HandleData) -> None:
        self._cur.execute(
            "INSERT INTO handle (member_id, platform, handle, platform_id) VALUES (?,?,?,?)",
            (member_id, handle.platform.value, handle.handle, handle.platform_id))

    def set_platform_id(self, member_id: int, handle: HandleData) -> None:
        self._cur.execute(
            "UPDATE handle SET platform_id=? WHERE member_id=? AND platform=? AND handle=?",
            (handle.platform_id, member_id, handle.platform.value, handle.handle))

    def tag_id(self, name: str) -> int:
        cached = self._tags.get(name)
        if cached is not None:
            return cached
        found = self._one("SELECT id FROM tag WHERE name = ?", (name,))
        if found is None:
            self._cur.execute("INSERT INTO tag (name, color) VALUES (?, ?)",
                              (name, DEFAULT_TAG_COLOR))
            found = self._cur.lastrowid
            self.tags_created.append(name)
        self._tags[name] = int(found)
        return int(found)

    def add_tag(self, member_id: int, tag_id: int) -> bool:
        self._cur.execute("INSERT OR IGNORE INTO member_tag (member_id, tag_id) VALUES (?, ?)",
                          (member_id, tag_id))
        return bool(self._cur.rowcount)

    def set_tag_color(self, name: str, color: str) -> None:
        self._cur.execute("UPDATE tag SET color = ? WHERE name = ?", (color, name))

    def has_note(self, member_id: int, body: str, created: datetime | None,
                 up_to_id: int) -> bool:
        if created is None:
            return self._one("SELECT 1 FROM note WHERE member_id=? AND id<=? AND body=? LIMIT 1",
                             (member_id, up_to_id, body)) is not None
        return self._one(
            "SELECT 1 FROM note WHERE member_id=? AND id<=? AND created_at=? AND body=? LIMIT 1",
            (member_id, up_to_id, to_db_text(created), body)) is not None

    def add_note(self, member_id: int, body: str, pinned: bool, created: datetime,
                 updated: datetime) -> None:
        self._cur.execute(
            "INSERT INTO note (member_id, body, pinned, created_at, updated_at) VALUES (?,?,?,?,?)",
            (member_id, body, int(pinned), to_db_text(created), to_db_text(updated)))


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None
