"""The member list's sort keys for its Handles and Tags columns.

``member.sort_handle`` is the member's first handle and ``member.sort_tag`` their first tag name
(both NOCASE), so sorting by those columns walks an index like every other column. Triggers
created by migration 0002 keep them current on every write; bulk inserts suspend those triggers
and call ``refresh`` once for the members they touched (these expressions are the triggers').
"""

from __future__ import annotations

from sqlalchemy import Connection

HANDLE_KEY = "(SELECT min(h.handle) FROM handle h WHERE h.member_id = member.id)"
TAG_KEY = ("(SELECT min(t.name) FROM member_tag mt JOIN tag t ON t.id = mt.tag_id "
           "WHERE mt.member_id = member.id)")
TRIGGER_MARKER = "_sort_"  # in the name of every trigger that keeps these keys


def refresh(conn: Connection, where: str = "", params: dict[str, object] | None = None) -> None:
    """Recompute the keys of the members ``where`` selects (all members when empty)."""
    clause = f"WHERE {where}" if where else ""
    conn.exec_driver_sql(f"UPDATE member SET sort_handle = {HANDLE_KEY}, sort_tag = {TAG_KEY} "
                         f"{clause}", params or {})
