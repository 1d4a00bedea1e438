"""Member list pages: every member exactly once, in SQL order, with their handles and tags."""

from __future__ import annotations

import sqlite3

import pytest

from app.bootstrap import AppContext
from app.domain.members import MemberQuery, MemberSort

ORDER_SQL = {
    MemberSort.NAME: "display_name COLLATE NOCASE",
    MemberSort.STATUS: "status",
    MemberSort.ROLE: "role",
    MemberSort.JOINED: "joined_on",
    MemberSort.UPDATED: "updated_at",
}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(MemberSort))
def test_pages_cover_the_list_in_order(demo_ctx: AppContext, sort: MemberSort,
                                       descending: bool) -> None:
    direction = "DESC" if descending else "ASC"
    with sqlite3.connect(demo_ctx.paths.db_file) as conn:
        expected = [r[0] for r in conn.execute(
            f"SELECT id FROM member ORDER BY {ORDER_SQL[sort]} {direction}, id {direction}")]
    seen: list[int] = []
    offset = 0
    while True:
        page = demo_ctx.members.page(MemberQuery(sort=sort, descending=descending,
                                                 offset=offset, limit=37))
        assert page.total == len(expected)
        if not page.rows:
            break
        seen.extend(row.id for row in page.rows)
        offset += 37
    assert seen == expected


def test_a_deep_page_carries_handles_and_tags(demo_ctx: AppContext) -> None:
    page = demo_ctx.members.page(MemberQuery(offset=250, limit=50))
    with sqlite3.connect(demo_ctx.paths.db_file) as conn:
        for row in page.rows:
            handles = [r[0] for r in conn.execute(
                "SELECT handle FROM handle WHERE member_id = ?", (row.id,))]
            tags = [r[0] for r in conn.execute(
                "SELECT t.name FROM member_tag mt JOIN tag t ON t.id = mt.tag_id "
                "WHERE mt.member_id = ?", (row.id,))]
            assert sorted(row.handles.split(" · ")) == sorted(handles)
            assert sorted(filter(None, row.tags.split(", "))) == sorted(tags)
