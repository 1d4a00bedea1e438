"""The role list and custom field definitions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from app.db.repositories.sql import execute, fetch_all, fetch_optional, insert, scalar
from app.db.types import to_db_text
from app.domain.custom_fields import CustomFieldDef, FieldKind, RoleData


def roles(session: Session) -> tuple[RoleData, ...]:
    rows = fetch_all(session, """
        SELECT r.id, r.name, r.position,
               (SELECT count(*) FROM member m WHERE m.role = r.name COLLATE NOCASE)
        FROM role r ORDER BY r.position, r.name""")
    return tuple(RoleData(int(r[0]), r[1], int(r[2]), int(r[3])) for r in rows)


def role_by_name(session: Session, name: str) -> RoleData | None:
    row = fetch_optional(session, "SELECT id, name, position FROM role WHERE name = :n",
                         {"n": name})
    return RoleData(int(row[0]), row[1], int(row[2])) if row else None


def role(session: Session, role_id: int) -> RoleData | None:
    row = fetch_optional(session, "SELECT id, name, position FROM role WHERE id = :i",
                         {"i": role_id})
    return RoleData(int(row[0]), row[1], int(row[2])) if row else None


def add_role(session: Session, name: str) -> int:
    position = int(scalar(session, "SELECT coalesce(max(position), -1) + 1 FROM role"))
    return insert(session, "INSERT INTO role (name, position) VALUES (:n, :p)",
                  {"n": name, "p": position})


def rename_role(session: Session, role_id: int, old: str, new: str) -> int:
    execute(session, "UPDATE role SET name = :n WHERE id = :i", {"n": new, "i": role_id})
    return execute(session, "UPDATE member SET role = :new WHERE role = :old COLLATE NOCASE",
                   {"new": new, "old": old}).rowcount


def delete_role(session: Session, role_id: int, name: str, replacement: str,
                now: datetime) -> int:
    moved = execute(session, "UPDATE member SET role = :new, updated_at = :now "
                             "WHERE role = :old COLLATE NOCASE",
                    {"new": replacement, "old": name, "now": to_db_text(now)}).rowcount
    execute(session, "DELETE FROM role WHERE id = :i", {"i": role_id})
    return moved


def custom_fields(session: Session) -> tuple[CustomFieldDef, ...]:
    rows = fetch_all(session, "SELECT id, name, kind, options, position FROM custom_field "
                              "ORDER BY position, name")
    return tuple(_field(r) for r in rows)


def custom_field(session: Session, field_id: int) -> CustomFieldDef | None:
    row = fetch_optional(session, "SELECT id, name, kind, options, position FROM custom_field "
                                  "WHERE id = :i", {"i": field_id})
    return _field(row) if row else None


def custom_field_by_name(session: Session, name: str) -> CustomFieldDef | None:
    row = fetch_optional(session, "SELECT id, name, kind, options, position FROM custom_field "
                                  "WHERE name = :n", {"n": name})
    return _field(row) if row else None


def add_custom_field(session: Session, name: str, kind: FieldKind, options: Sequence[str],
                     now: datetime) -> int:
    position = int(scalar(session, "SELECT coalesce(max(position), -1) + 1 FROM custom_field"))
    return insert(session, "INSERT INTO custom_field (name, kind, options, position, created_at) "
                           "VALUES (:n, :k, :o, :p, :c)",
                  {"n": name, "k": kind.value, "o": json.dumps(list(options), ensure_ascii=False),
                   "p": position, "c": to_db_text(now)})


def update_custom_field(session: Session, field_id: int, name: str,
                        options: Sequence[str]) -> None:
    execute(session, "UPDATE custom_field SET name = :n, options = :o WHERE id = :i",
            {"n": name, "o": json.dumps(list(options), ensure_ascii=False), "i": field_id})


def delete_custom_field(session: Session, field_id: int) -> int:
    values = execute(session, "DELETE FROM custom_value WHERE field_id = :i",
                     {"i": field_id}).rowcount
    execute(session, "DELETE FROM custom_field WHERE id = :i", {"i": field_id})
    return values


def values_outside(session: Session, field_id: int, options: Sequence[str]) -> int:
    """How many stored values of a choice field are not among ``options``."""
    allowed = {o.casefold() for o in options}
    rows = fetch_all(session, "SELECT value, count(*) FROM custom_value WHERE field_id = :i "
                              "GROUP BY value", {"i": field_id})
    return sum(int(n) for value, n in rows if str(value).casefold() not in allowed)


def _field(row: Sequence[object]) -> CustomFieldDef:
    try:
        options = tuple(str(o) for o in json.loads(str(row[3])))
    except (ValueError, TypeError):
        options = ()
    return CustomFieldDef(id=int(row[0]), name=str(row[1]),  # type: ignore[call-overload]
                          kind=FieldKind(row[2]), options=options,
                          position=int(row[4]))  # type: ignore[call-overload]
