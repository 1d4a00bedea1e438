"""The writes of a member import, on the DB-API cursor of the caller's transaction.

A hundred thousand rows must import in seconds, so these are plain parameterised statements on the
session's own connection (inside the session's transaction, so commit and rollback stay with the
service), not ORM objects. Every value is a bound parameter: a name like ``'); DROP TABLE member;--``
is stored as text like any other.

The service runs the whole import inside ``app.db.bulk.bulk_insert``, which suspends the search
index's per-row triggers and indexes the new rows once at the end. That covers inserts only; the
few rows that existed before the import and are changed by it (a member's profile, a handle's
platform ID, a custom value) are taken out of the index before their first change here and put
back from their final text by ``reindex_changed``, which must run before the bulk block ends.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from app.db.fts import TOKENS_FUNCTION
from app.db.models import Tag
from app.db.repositories.profile_schema import custom_fields
from app.db.search_index import IndexedTable, indexed_tables
from app.db.types import to_db_text
from app.domain.custom_fields import CustomFieldDef
from app.domain.history import HistoryKind
from app.domain.member_io import CustomFieldSpec
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
    needs: str = ""


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
        self._session = session
        connection = session.connection()
        self._cur: Any = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        self._tags: dict[str, int] = {}
        self._roles: set[str] | None = None
        self.tags_created: list[str] = []
        self._indexed = {t.table: t for t in indexed_tables(connection)}
        self._existing = {name: self._last_id(name) for name in self._indexed}
        self._changed: dict[str, set[int]] = {name: set() for name in self._indexed}
        self.last_member_before = self._last_id("member")
        self._stamp: tuple[datetime | None, str] = (None, "")

    def _time(self, value: datetime) -> str:
        """``to_db_text``, remembering the last one: most rows of a file share one time (now)."""
        if value != self._stamp[0]:
            self._stamp = (value, to_db_text(value))
        return self._stamp[1]

    def _last_id(self, table: str) -> int:
        return int(self._one(f"SELECT coalesce(max(id), 0) FROM {table}", ()))

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

    # -- the search index around changes to rows that existed before -------------------------
    def _unindex(self, table: str, row_id: int) -> None:
        """Take an existing row out of the index before its first change (the index needs the
        text it was given to remove it)."""
        index = self._indexed.get(table)
        if index is None or row_id > self._existing[table] or row_id in self._changed[table]:
            return
        cols = ", ".join(index.columns)
        tokens = ", ".join(f"{TOKENS_FUNCTION}({c})" for c in index.columns)
        self._cur.execute(f"INSERT INTO {index.trigram} ({index.trigram}, rowid, {cols}) "
                          f"SELECT 'delete', id, {cols} FROM {table} WHERE id = ?", (row_id,))
        self._cur.execute(f"INSERT INTO {index.short} ({index.short}, rowid, {cols}) "
                          f"SELECT 'delete', id, {tokens} FROM {table} WHERE id = ?", (row_id,))
        self._changed[table].add(row_id)

    def reindex_changed(self) -> None:
        """Index the changed existing rows from their final text (inside the bulk block)."""
        for table, ids in self._changed.items():
            index: IndexedTable = self._indexed[table]
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                chunk = ordered[start:start + 500]
                for sql in index.fill_sql(f"WHERE id IN ({','.join('?' * len(chunk))})"):
                    self._cur.execute(sql, tuple(chunk))
            ids.clear()

    # -- members -----------------------------------------------------------------------------
    def insert_member(self, values: StoredProfile, created: datetime, now: datetime) -> int:
        self._cur.execute(
            "INSERT INTO member (display_name, aliases, status, role, joined_on, location, "
            "time_zone, interests, needs, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (values.display_name, values.aliases, values.status, values.role, values.joined_on,
             values.location, values.time_zone, values.interests, values.needs,
             self._time(created), self._time(now)))
        return int(self._cur.lastrowid)

    def profile(self, member_id: int) -> StoredProfile:
        row = self._cur.execute(
            "SELECT display_name, aliases, status, role, joined_on, location, time_zone, "
            "interests, needs FROM member WHERE id = ?", (member_id,)).fetchone()
        return StoredProfile(*row)

    def update_member(self, member_id: int, values: StoredProfile, now: datetime) -> None:
        self._unindex("member", member_id)
        self._cur.execute(
            "UPDATE member SET display_name=?, aliases=?, status=?, role=?, joined_on=?, "
            "location=?, time_zone=?, interests=?, needs=?, updated_at=? WHERE id=?",
            (values.display_name, values.aliases, values.status, values.role, values.joined_on,
             values.location, values.time_zone, values.interests, values.needs,
             self._time(now), member_id))

    def touch(self, member_id: int, now: datetime) -> None:
        self._cur.execute("UPDATE member SET updated_at=? WHERE id=?", (self._time(now), member_id))

    def handles(self, member_id: int) -> dict[tuple[str, str], str]:
        return {(p, h): i for p, h, i in self._cur.execute(
            "SELECT platform, handle, platform_id FROM handle WHERE member_id = ?", (member_id,))}

    def add_handle(self, member_id: int, handle: HandleData) -> None:
        self._cur.execute(
            "INSERT INTO handle (member_id, platform, handle, platform_id) VALUES (?,?,?,?)",
            (member_id, handle.platform.value, handle.handle, handle.platform_id))

    def set_platform_id(self, member_id: int, handle: HandleData) -> None:
        key = (member_id, handle.platform.value, handle.handle)
        for (row_id,) in self._cur.execute(
                "SELECT id FROM handle WHERE member_id=? AND platform=? AND handle=?",
                key).fetchall():
            self._unindex("handle", row_id)
        self._cur.execute(
            "UPDATE handle SET platform_id=? WHERE member_id=? AND platform=? AND handle=?",
            (handle.platform_id, *key))

    # -- roles and custom fields -------------------------------------------------------------
    def ensure_role(self, name: str) -> None:
        """Put a role the file uses on the role list (which ignores letter case), at its end."""
        if self._roles is None:
            self._roles = {r[0].casefold() for r in self._cur.execute("SELECT name FROM role")}
        if name.casefold() in self._roles:
            return
        self._cur.execute("INSERT OR IGNORE INTO role (name, position) SELECT ?, "
                          "coalesce(max(position), -1) + 1 FROM role", (name,))
        self._roles.add(name.casefold())

    def custom_fields(self) -> tuple[CustomFieldDef, ...]:
        return custom_fields(self._session)

    def add_custom_field(self, spec: CustomFieldSpec, now: datetime) -> CustomFieldDef:
        self._cur.execute(
            "INSERT INTO custom_field (name, kind, options, position, created_at) SELECT ?, ?, "
            "?, coalesce(max(position), -1) + 1, ? FROM custom_field",
            (spec.name, spec.kind.value, json.dumps(list(spec.options), ensure_ascii=False),
             self._time(now)))
        return CustomFieldDef(int(self._cur.lastrowid), spec.name, spec.kind, spec.options)

    def custom_values(self, member_id: int) -> dict[int, tuple[int, str]]:
        """field id → (row id, value) for one member."""
        return {f: (i, v) for i, f, v in self._cur.execute(
            "SELECT id, field_id, value FROM custom_value WHERE member_id = ?", (member_id,))}

    def add_custom_value(self, member_id: int, field_id: int, value: str,
                         number: float | None) -> None:
        self._cur.execute("INSERT INTO custom_value (member_id, field_id, value, number) "
                          "VALUES (?,?,?,?)", (member_id, field_id, value, number))

    def set_custom_value(self, row_id: int, value: str, number: float | None) -> None:
        self._unindex("custom_value", row_id)
        self._cur.execute("UPDATE custom_value SET value=?, number=? WHERE id=?",
                          (value, number, row_id))

    # -- history -----------------------------------------------------------------------------
    def record_added(self, detail: dict[str, Any], at: datetime) -> None:
        """An "imported" entry for every member this import added (ids past the old maximum)."""
        self._cur.execute(
            "INSERT INTO member_event (member_id, kind, detail, at) SELECT id, ?, ?, ? "
            "FROM member WHERE id > ?",
            (HistoryKind.IMPORTED.value, json.dumps(detail, ensure_ascii=False), self._time(at),
             self.last_member_before))

    def record_updated(self, member_id: int, detail: dict[str, Any], at: datetime) -> None:
        self._cur.execute(
            "INSERT INTO member_event (member_id, kind, detail, at) VALUES (?,?,?,?)",
            (member_id, HistoryKind.IMPORTED.value, json.dumps(detail, ensure_ascii=False),
             self._time(at)))

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
            (member_id, up_to_id, self._time(created), body)) is not None

    def add_note(self, member_id: int, body: str, pinned: bool, created: datetime,
                 updated: datetime) -> None:
        self._cur.execute(
            "INSERT INTO note (member_id, body, pinned, created_at, updated_at) VALUES (?,?,?,?,?)",
            (member_id, body, int(pinned), self._time(created), self._time(updated)))


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None
