"""Queries behind duplicate detection: shared handles and IDs are found by SQL on indexes,
names are read once and compared in Python (see ``app.services.duplicates``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from app.db.repositories.sql import fetch_all, in_list
from app.db.types import from_db_text
from app.domain.duplicates import DuplicateCandidate


def shared_handles(session: Session) -> list[tuple[str, str, list[int]]]:
    """(platform, handle, member ids) for handles that more than one member has.

    ``handle`` is COLLATE NOCASE, so the grouping is case-insensitive and walks the
    (handle, platform) index instead of sorting."""
    rows = fetch_all(session, """
        SELECT platform, min(handle), group_concat(DISTINCT member_id)
        FROM handle WHERE handle != ''
        GROUP BY handle, platform HAVING count(DISTINCT member_id) > 1""")
    return [(r[0], r[1], _ids(r[2])) for r in rows]


def shared_platform_ids(session: Session) -> list[tuple[str, str, list[int]]]:
    rows = fetch_all(session, """
        SELECT platform, platform_id, group_concat(DISTINCT member_id)
        FROM handle WHERE platform_id != ''
        GROUP BY platform_id, platform HAVING count(DISTINCT member_id) > 1""")
    return [(r[0], r[1], _ids(r[2])) for r in rows]


def names(session: Session) -> list[tuple[int, str]]:
    return [(int(r[0]), r[1]) for r in fetch_all(session, "SELECT id, display_name FROM member")]


def candidates(session: Session, ids: Sequence[int]) -> dict[int, DuplicateCandidate]:
    marks, params = in_list("m", ids)
    rows = fetch_all(session, f"""
        SELECT m.id, m.display_name, m.created_at,
          (SELECT group_concat(h.platform || ': ' || h.handle, ' · ')
           FROM handle h WHERE h.member_id = m.id)
        FROM member m WHERE m.id IN {marks}""", params)
    return {int(r[0]): DuplicateCandidate(int(r[0]), r[1], r[3] or "",
                                          from_db_text(r[2]))  # type: ignore[arg-type]
            for r in rows}


def _ids(text: str) -> list[int]:
    return sorted(int(v) for v in str(text).split(","))
