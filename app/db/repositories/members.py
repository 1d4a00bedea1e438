"""Member queries: take a Session, return domain objects. Sorting, filtering and paging happen
in SQL so the list stays instant at a hundred thousand members.

A page is read in two steps: first the ids of the page (``ORDER BY … LIMIT … OFFSET``, which
walks an index of the sort column without touching the rows: every list column has one, the
Handles and Tags columns through the ``sort_handle`` and ``sort_tag`` keys that triggers keep on
``member``), then the display columns for just those ids, so the handle and tag summaries are
built for the rows shown only.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from app.db.repositories.search import member_set
from app.db.repositories.segment_sql import compile_segment
from app.db.repositories.sql import fetch_all, in_list, scalar
from app.db.types import from_db_text
from app.domain.custom_fields import CustomFieldDef
from app.domain.members import MemberPage, MemberQuery, MemberRow, MemberSort, MemberStatus
from app.domain.search import search_terms

_ORDER = {
    MemberSort.NAME: "m.display_name",  # the column is COLLATE NOCASE, and so is its index
    MemberSort.HANDLES: "m.sort_handle",  # the first handle, kept by triggers
    MemberSort.TAGS: "m.sort_tag",  # the first tag name, kept by triggers
    MemberSort.STATUS: "m.status",
    MemberSort.ROLE: "m.role",
    MemberSort.JOINED: "m.joined_on",
    MemberSort.LOCATION: "m.location",
    MemberSort.CREATED: "m.created_at",
    MemberSort.UPDATED: "m.updated_at",
}


def member_filter(query: MemberQuery, now: datetime,
                  fields: Mapping[int, CustomFieldDef]) -> tuple[str, dict[str, Any]]:
    """``WHERE`` condition on ``member m`` for the query's text, tag chips and segment."""
    where: list[str] = []
    params: dict[str, Any] = {}
    terms = search_terms(query.text)
    if terms:
        sql, found = member_set(terms, everything=False, key="q")
        where.append(f"m.id IN ({sql})")
        params.update(found)
    for i, tag in enumerate(dict.fromkeys(query.tag_ids)):
        where.append(f"m.id IN (SELECT member_id FROM member_tag WHERE tag_id = :chip{i})")
        params[f"chip{i}"] = tag
    if query.segment is not None and not query.segment.is_empty():
        sql, found = compile_segment(query.segment, now, fields, key="seg")
        where.append(sql)
        params.update(found)
    return (" AND ".join(where) if where else "1"), params


def count_members(session: Session, query: MemberQuery, now: datetime,
                  fields: Mapping[int, CustomFieldDef]) -> int:
    where, params = member_filter(query, now, fields)
    return int(scalar(session, f"SELECT count(*) FROM member m WHERE {where}", params))


def member_ids(session: Session, query: MemberQuery, now: datetime,
               fields: Mapping[int, CustomFieldDef], *, paged: bool = True) -> list[int]:
    """The ids of the query's members in list order (one page, or all of them)."""
    where, params = member_filter(query, now, fields)
    direction = "DESC" if query.descending else "ASC"
    order = f"{_ORDER[query.sort]} {direction}, m.id {direction}"
    page = "LIMIT :limit OFFSET :offset" if paged else ""
    rows = fetch_all(session, f"SELECT m.id FROM member m WHERE {where} ORDER BY {order} {page}",
                     {**params, "limit": query.limit, "offset": query.offset})
    return [int(r[0]) for r in rows]


def member_position(session: Session, query: MemberQuery, now: datetime,
                    fields: Mapping[int, CustomFieldDef], member_id: int) -> int | None:
    """The row of ``member_id`` in the query's order (0-based), or None when it is not listed.

    A window function over the filtered, ordered ids: the same ORDER BY as the pages, so NULLs
    and collations agree with the list. It reads every selected id once, which is fine for the
    one-off "show this member in the list" it serves (a worker, not a scroll).
    """
    where, params = member_filter(query, now, fields)
    direction = "DESC" if query.descending else "ASC"
    order = f"{_ORDER[query.sort]} {direction}, m.id {direction}"
    row = fetch_all(session, f"""
        SELECT position FROM (
          SELECT m.id, row_number() OVER (ORDER BY {order}) - 1 AS position
          FROM member m WHERE {where})
        WHERE id = :target""", {**params, "target": member_id})
    return int(row[0][0]) if row else None


def page_members(session: Session, query: MemberQuery, now: datetime,
                 fields: Mapping[int, CustomFieldDef]) -> MemberPage:
    ids = member_ids(session, query, now, fields)
    return MemberPage(total=count_members(session, query, now, fields), offset=query.offset,
                      rows=rows_for(session, ids))


def rows_for(session: Session, ids: list[int]) -> tuple[MemberRow, ...]:
    """List rows for ``ids``, in the order given."""
    if not ids:
        return ()
    marks, params = in_list("id", ids)
    rows = fetch_all(session, f"""
        SELECT m.id, m.display_name, m.status, m.role, m.joined_on, m.updated_at, m.location,
          m.created_at,
          (SELECT group_concat(h.handle, ' · ') FROM handle h WHERE h.member_id = m.id),
          (SELECT group_concat(name, ', ') FROM (
             SELECT t.name FROM member_tag mt JOIN tag t ON t.id = mt.tag_id
             WHERE mt.member_id = m.id ORDER BY t.name))
        FROM member m WHERE m.id IN {marks}""", params)
    by_id = {int(r[0]): MemberRow(
        id=int(r[0]), display_name=r[1], status=MemberStatus.parse(r[2]), role=r[3],
        joined_on=date.fromisoformat(r[4]) if r[4] else None,
        updated_at=from_db_text(r[5]),  # type: ignore[arg-type]
        location=r[6], created_at=from_db_text(r[7]), handles=r[8] or "",
        tags=r[9] or "") for r in rows}
    return tuple(by_id[i] for i in ids if i in by_id)


# The ORDER BY expression of each sort key, for SQL that must sort exactly as the list does (the
# benchmark's floor).
SORT_COLUMNS = _ORDER
