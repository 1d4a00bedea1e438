"""The member list: every column sorts in SQL, filters combine, pages are slices of one order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.bootstrap import AppContext
from app.domain.members import MemberQuery, MemberRow, MemberSort, MemberStatus, Platform
from app.domain.segments import SegmentDefinition
from tests.unit.services.conftest import AddMember

_EARLY = date(1, 1, 1)


def nocase(text: str) -> str:
    """SQLite's NOCASE: only ASCII letters fold."""
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in text)


def _min(text: str, sep: str) -> tuple[int, str]:
    parts = [nocase(p) for p in text.split(sep) if p]
    return (1, min(parts)) if parts else (0, "")  # NULL (no handles or tags) sorts first


KEYS: dict[MemberSort, Callable[[MemberRow], object]] = {
    MemberSort.NAME: lambda r: nocase(r.display_name),
    MemberSort.HANDLES: lambda r: _min(r.handles, " · "),
    MemberSort.TAGS: lambda r: _min(r.tags, ", "),
    MemberSort.STATUS: lambda r: r.status.value,
    MemberSort.ROLE: lambda r: r.role,
    MemberSort.JOINED: lambda r: (r.joined_on is not None, r.joined_on or _EARLY),
    MemberSort.LOCATION: lambda r: r.location,
    MemberSort.UPDATED: lambda r: r.updated_at,
}


def _all(ctx: AppContext, sort: MemberSort, descending: bool, **kw: object) -> list[MemberRow]:
    rows: list[MemberRow] = []
    while True:
        page = ctx.members.page(MemberQuery(sort=sort, descending=descending, offset=len(rows),
                                            limit=70, **kw))  # type: ignore[arg-type]
        rows += page.rows
        if len(rows) >= page.total:
            return rows


@pytest.mark.parametrize("sort", list(KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_in_sql(demo_ctx: AppContext, sort: MemberSort,
                                   descending: bool) -> None:
    rows = _all(demo_ctx, sort, descending)
    assert len(rows) == 300 and len({r.id for r in rows}) == 300
    expected = sorted(rows, key=lambda r: (KEYS[sort](r), r.id), reverse=descending)
    assert [r.id for r in rows] == [r.id for r in expected]


def test_sorting_by_creation_time(demo_ctx: AppContext) -> None:
    ids = demo_ctx.members.ids(MemberQuery(sort=MemberSort.CREATED))
    created = {i: demo_ctx.profiles.get(i).created_at for i in ids[:40]}
    assert list(created.values()) == sorted(created.values())


def test_a_deep_page_is_a_slice_of_the_whole_order(demo_ctx: AppContext) -> None:
    whole = demo_ctx.members.ids(MemberQuery(sort=MemberSort.TAGS, descending=True))
    page = demo_ctx.members.page(MemberQuery(sort=MemberSort.TAGS, descending=True,
                                             offset=250, limit=30))
    assert page.total == 300 and page.offset == 250
    assert [r.id for r in page.rows] == list(whole[250:280])


def test_text_tag_chips_and_segment_filters_combine(ctx: AppContext,
                                                    add_member: AddMember) -> None:
    a = add_member("王小明", (Platform.WECHAT, "wxid_a"), status=MemberStatus.ACTIVE)
    b = add_member("小明 Li", (Platform.TELEGRAM, "@xm_b"), status=MemberStatus.LEFT)
    c = add_member("Carol", (Platform.TELEGRAM, "@xiaoming_c"), aliases=("小明",))
    add_member("Dan")
    ctx.notes.add(add_member("Eve"), "小明 introduced her")  # notes are not a list filter
    vip = ctx.tags.create("VIP")
    ctx.tags.tag_members(vip, [a, b])
    assert set(ctx.members.ids(MemberQuery(text="小明"))) == {a, b, c}
    assert set(ctx.members.ids(MemberQuery(text="xm_"))) == {b}
    assert set(ctx.members.ids(MemberQuery(text="小明", tag_ids=(vip,)))) == {a, b}
    left = SegmentDefinition(statuses=(MemberStatus.LEFT,))
    page = ctx.members.page(MemberQuery(text="小明", tag_ids=(vip,), segment=left))
    assert (page.total, [r.id for r in page.rows]) == (1, [b])
    assert page.rows[0].handles == "@xm_b" and page.rows[0].tags == "VIP"
    assert ctx.members.count(MemberQuery(text="@@@")) == 0


def test_rows_show_tags_in_name_order_and_the_location(ctx: AppContext,
                                                       add_member: AddMember) -> None:
    member_id = add_member("A", location="杭州", joined_on=date(2024, 2, 29))
    for name in ("zeta", "Alpha", "中文"):
        ctx.tags.tag_members(ctx.tags.create(name), [member_id])
    (row,) = ctx.members.page(MemberQuery()).rows
    assert (row.tags, row.location, row.joined_on) == ("Alpha, zeta, 中文", "杭州",
                                                       date(2024, 2, 29))
    assert isinstance(row.updated_at, datetime) and row.updated_at.tzinfo is not None


def test_sort_keys_follow_handles_tags_and_renames(ctx: AppContext,
                                                   add_member: AddMember) -> None:
    a = add_member("A", (Platform.EMAIL, "zed@x"))
    b = add_member("B", (Platform.EMAIL, "Yak@x"), (Platform.WECHAT, "wx_b"))
    c = add_member("C")
    by_handle = MemberQuery(sort=MemberSort.HANDLES)
    assert ctx.members.ids(by_handle) == (c, b, a)
    profile = ctx.profiles.get(b)
    ctx.profiles.update(b, replace(profile.draft(), handles=profile.handles[1:]))
    assert ctx.members.ids(by_handle) == (c, b, a)  # wx_b < zed@x
    first, last = ctx.tags.create("alpha"), ctx.tags.create("omega")
    ctx.tags.tag_members(last, [a, b])
    ctx.tags.tag_members(first, [c])
    by_tag = MemberQuery(sort=MemberSort.TAGS)
    assert ctx.members.ids(by_tag) == (c, a, b)
    ctx.tags.rename(first, "zulu")
    assert ctx.members.ids(by_tag) == (a, b, c)
    ctx.tags.delete(last)
    assert ctx.members.ids(by_tag) == (a, b, c)  # a and b have no tag now: first
    ctx.duplicates.merge(c, a)
    assert ctx.members.ids(by_handle) == (b, c)  # c took a's zed@x


@pytest.mark.parametrize("sort", [MemberSort.NAME, MemberSort.JOINED, MemberSort.TAGS])
@pytest.mark.parametrize("descending", [False, True])
def test_a_members_position_is_its_row_in_the_list(demo_ctx: AppContext, sort: MemberSort,
                                                   descending: bool) -> None:
    query = MemberQuery(sort=sort, descending=descending)
    whole = demo_ctx.members.ids(query)
    for row in (0, 1, 137, len(whole) - 1):
        assert demo_ctx.members.position(query, whole[row]) == row


def test_a_member_filtered_out_has_no_position(ctx: AppContext, add_member: AddMember) -> None:
    a, b = add_member("Ann"), add_member("Bob")
    vip = ctx.tags.create("VIP")
    ctx.tags.tag_members(vip, [b])
    chips = MemberQuery(tag_ids=(vip,))
    assert ctx.members.position(chips, b) == 0
    assert ctx.members.position(chips, a) is None
    assert ctx.members.position(MemberQuery(), 10_000) is None


def test_rows_carry_the_creation_time(ctx: AppContext, add_member: AddMember) -> None:
    member_id = add_member("Ann")
    (row,) = ctx.members.page(MemberQuery()).rows
    assert row.created_at == ctx.profiles.get(member_id).created_at
