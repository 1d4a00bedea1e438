"""Tags and the member ↔ tag links."""

from __future__ import annotations

from collections.abc import Sequence
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
from app.domain.members import TagData, TagSummary


def summaries(session: Session) -> tuple[TagSummary, ...]:
    rows = fetch_all(session, "SELECT t.id, t.name, t.color, "
                              "(SELECT count(*) FROM member_tag mt WHERE mt.tag_id = t.id) "
                              "FROM tag t ORDER BY t.name")
    return tuple(TagSummary(int(r[0]), r[1], r[2], int(r[3])) for r in rows)


def get(session: Session, tag_id: int) -> TagData | None:
    row = fetch_optional(session, "SELECT id, name, color FROM tag WHERE id = :i", {"i": tag_id})
    return TagData(int(row[0]), row[1], row[2]) if row else None


def by_name(session: Session, name: str) -> TagData | None:
    row = fetch_optional(session, "SELECT id, name, color FROM tag WHERE name = :n", {"n": name})
    return TagData(int(row[0]), row[1], row[2]) if row else None


def create(session: Session, name: str, color: str) -> int:
    return insert(session, "INSERT INTO tag (name, color) VALUES (:n, :c)",
                  {"n": name, "c": color})


def update(session: Session, tag_id: int, name: str, color: str) -> None:
    execute(session, "UPDATE tag SET name = :n, color = :c WHERE id = :i",
            {"n": name, "c": color, "i": tag_id})


def delete(session: Session, tag_id: int) -> tuple[int, ...]:
    """Remove the tag and its links; returns the members that carried it."""
    members = tuple(int(r[0]) for r in fetch_all(
        session, "SELECT member_id FROM member_tag WHERE tag_id = :i ORDER BY member_id",
        {"i": tag_id}))
    execute(session, "DELETE FROM member_tag WHERE tag_id = :i", {"i": tag_id})
    execute(session, "DELETE FROM tag WHERE id = :i", {"i": tag_id})
    return members


def merge(session: Session, source: int, target: int) -> int:
    """Move every link of ``source`` to ``target`` (no duplicates), then drop ``source``."""
    moved = execute(session, "INSERT OR IGNORE INTO member_tag (member_id, tag_id) "
                             "SELECT member_id, :t FROM member_tag WHERE tag_id = :s",
                    {"s": source, "t": target}).rowcount
    execute(session, "DELETE FROM member_tag WHERE tag_id = :s", {"s": source})
    execute(session, "DELETE FROM tag WHERE id = :s", {"s": source})
    return moved


def link(session: Session, tag_id: int, member_ids: Sequence[int]) -> list[int]:
    """Tag the members (those that exist and lack it); returns who was newly tagged."""
    added: list[int] = []
    for part in chunks(list(dict.fromkeys(member_ids))):
        marks, params = in_list("m", part)
        new = [int(r[0]) for r in fetch_all(
            session, f"SELECT m.id FROM member m WHERE m.id IN {marks} AND NOT EXISTS "
                     f"(SELECT 1 FROM member_tag mt WHERE mt.member_id = m.id "
                     f"AND mt.tag_id = :t)", {**params, "t": tag_id})]
        execute_many(session, "INSERT INTO member_tag (member_id, tag_id) VALUES (:m, :t)",
                     [{"m": m, "t": tag_id} for m in new])
        added += new
    return added


def unlink(session: Session, tag_id: int, member_ids: Sequence[int]) -> list[int]:
    removed: list[int] = []
    for part in chunks(list(dict.fromkeys(member_ids))):
        marks, params = in_list("m", part)
        had = [int(r[0]) for r in fetch_all(
            session, f"SELECT member_id FROM member_tag WHERE tag_id = :t "
                     f"AND member_id IN {marks}", {**params, "t": tag_id})]
        if had:
            marks, params = in_list("m", had)
            execute(session, f"DELETE FROM member_tag WHERE tag_id = :t AND member_id IN {marks}",
                    {**params, "t": tag_id})
        removed += had
    return removed


def ids_without(session: Session, tag_id: int, where: str, params: dict[str, Any]) -> list[int]:
    """Members matching ``where`` (on ``member m``) that do not carry the tag yet."""
    return [int(r[0]) for r in fetch_all(
        session, f"SELECT m.id FROM member m WHERE ({where}) AND NOT EXISTS "
                 f"(SELECT 1 FROM member_tag mt WHERE mt.member_id = m.id AND mt.tag_id = :tag)",
        {**params, "tag": tag_id})]


def ids_with(session: Session, tag_id: int, where: str, params: dict[str, Any]) -> list[int]:
    return [int(r[0]) for r in fetch_all(
        session, f"SELECT m.id FROM member m WHERE ({where}) AND m.id IN "
                 f"(SELECT member_id FROM member_tag WHERE tag_id = :tag)",
        {**params, "tag": tag_id})]


def member_tag_ids(session: Session, member_id: int) -> set[int]:
    return {int(r[0]) for r in fetch_all(
        session, "SELECT tag_id FROM member_tag WHERE member_id = :m", {"m": member_id})}
