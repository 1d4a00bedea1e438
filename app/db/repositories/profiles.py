"""Reading and writing one member's profile."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from app.db.repositories.sql import (
    chunks,
    execute,
    execute_many,
    fetch_all,
    fetch_optional,
    in_list,
    insert,
)
from app.db.types import from_db_text, to_db_text
from app.domain.custom_fields import CustomValue, FieldKind
from app.domain.members import HandleData, Platform, TagData

PROFILE_COLUMNS = ("display_name", "aliases", "status", "role", "joined_on", "location",
                   "time_zone", "interests", "needs")


@dataclass(frozen=True)
class MemberFields:
    """The member row's own columns, as stored (aliases one per line)."""

    display_name: str
    aliases: str
    status: str
    role: str
    joined_on: date | None
    location: str
    time_zone: str
    interests: str
    needs: str
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def values(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in PROFILE_COLUMNS}


def member_fields(session: Session, member_id: int) -> MemberFields | None:
    row = fetch_optional(session, f"SELECT {', '.join(PROFILE_COLUMNS)}, created_at, updated_at "
                                  f"FROM member WHERE id = :i", {"i": member_id})
    if row is None:
        return None
    joined = date.fromisoformat(row[4]) if row[4] else None
    return MemberFields(row[0], row[1], row[2], row[3], joined, row[5], row[6], row[7], row[8],
                        from_db_text(row[9]), from_db_text(row[10]))


def insert_member(session: Session, fields: MemberFields, at: datetime) -> int:
    values = _bind(fields.values())
    cols = ", ".join(PROFILE_COLUMNS)
    marks = ", ".join(f":{c}" for c in PROFILE_COLUMNS)
    return insert(session, f"INSERT INTO member ({cols}, created_at, updated_at) "
                           f"VALUES ({marks}, :at, :at)", {**values, "at": to_db_text(at)})


def update_member(session: Session, member_id: int, changes: Mapping[str, Any],
                  at: datetime) -> None:
    sets = "".join(f"{c} = :{c}, " for c in changes)
    execute(session, f"UPDATE member SET {sets}updated_at = :at WHERE id = :id",
            {**_bind(changes), "at": to_db_text(at), "id": member_id})


def touch(session: Session, member_ids: Sequence[int], at: datetime) -> None:
    for part in chunks(list(member_ids)):
        marks, params = in_list("m", part)
        execute(session, f"UPDATE member SET updated_at = :at WHERE id IN {marks}",
                {**params, "at": to_db_text(at)})


def existing_ids(session: Session, member_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for part in chunks(list(member_ids)):
        marks, params = in_list("m", part)
        found.update(int(r[0]) for r in fetch_all(
            session, f"SELECT id FROM member WHERE id IN {marks}", params))
    return found


def _bind(values: Mapping[str, Any]) -> dict[str, Any]:
    def one(value: Any) -> Any:
        if isinstance(value, datetime):
            return to_db_text(value)
        return value.isoformat() if isinstance(value, date) else value

    return {k: one(v) for k, v in values.items()}


def handles(session: Session, member_id: int) -> tuple[HandleData, ...]:
    rows = fetch_all(session, "SELECT platform, handle, platform_id FROM handle "
                              "WHERE member_id = :m ORDER BY id", {"m": member_id})
    return tuple(HandleData(Platform.parse(r[0]), r[1], r[2]) for r in rows)


def replace_handles(session: Session, member_id: int, items: Sequence[HandleData]) -> None:
    """Keep rows that are unchanged (their ids, and so their index entries, stay put)."""
    current = fetch_all(session, "SELECT id, platform, handle, platform_id FROM handle "
                                 "WHERE member_id = :m", {"m": member_id})
    wanted = {(h.platform.value, h.handle, h.platform_id) for h in items}
    keep = {(r[1], r[2], r[3]) for r in current if (r[1], r[2], r[3]) in wanted}
    for row in current:
        if (row[1], row[2], row[3]) not in wanted:
            execute(session, "DELETE FROM handle WHERE id = :i", {"i": row[0]})
    execute_many(session, "INSERT INTO handle (member_id, platform, handle, platform_id) "
                          "VALUES (:m, :p, :h, :pid)",
                 [{"m": member_id, "p": h.platform.value, "h": h.handle, "pid": h.platform_id}
                  for h in items if (h.platform.value, h.handle, h.platform_id) not in keep])


def member_by_handle(session: Session, platform: str, handle: str) -> int | None:
    row = fetch_optional(session, "SELECT member_id FROM handle WHERE handle = :h "
                                  "AND platform = :p ORDER BY member_id LIMIT 1",
                         {"h": handle, "p": platform})
    return int(row[0]) if row else None


def member_by_platform_id(session: Session, platform: str, platform_id: str) -> int | None:
    row = fetch_optional(session, "SELECT member_id FROM handle WHERE platform_id = :i "
                                  "AND platform = :p ORDER BY member_id LIMIT 1",
                         {"i": platform_id, "p": platform})
    return int(row[0]) if row else None


def tags(session: Session, member_id: int) -> tuple[TagData, ...]:
    rows = fetch_all(session, "SELECT t.id, t.name, t.color FROM member_tag mt "
                              "JOIN tag t ON t.id = mt.tag_id WHERE mt.member_id = :m "
                              "ORDER BY t.name", {"m": member_id})
    return tuple(TagData(int(r[0]), r[1], r[2]) for r in rows)


def custom_values(session: Session, member_id: int) -> tuple[CustomValue, ...]:
    rows = fetch_all(session, "SELECT f.id, f.name, f.kind, v.value, v.number "
                              "FROM custom_value v JOIN custom_field f ON f.id = v.field_id "
                              "WHERE v.member_id = :m ORDER BY f.position, f.name",
                     {"m": member_id})
    return tuple(CustomValue(int(r[0]), r[1], FieldKind(r[2]), r[3], r[4]) for r in rows)


def set_custom_value(session: Session, member_id: int, field_id: int,
                     value: tuple[str, float | None] | None) -> bool:
    """Store (or with None, clear) one value; True if anything changed."""
    current = fetch_optional(session, "SELECT id, value FROM custom_value "
                                      "WHERE member_id = :m AND field_id = :f",
                             {"m": member_id, "f": field_id})
    if value is None:
        if current is None:
            return False
        execute(session, "DELETE FROM custom_value WHERE id = :i", {"i": current[0]})
        return True
    if current is None:
        execute(session, "INSERT INTO custom_value (member_id, field_id, value, number) "
                         "VALUES (:m, :f, :v, :n)",
                {"m": member_id, "f": field_id, "v": value[0], "n": value[1]})
        return True
    if current[1] == value[0]:
        return False
    execute(session, "UPDATE custom_value SET value = :v, number = :n WHERE id = :i",
            {"v": value[0], "n": value[1], "i": current[0]})
    return True
