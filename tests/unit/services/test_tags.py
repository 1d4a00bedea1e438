"""Tags: rename, recolour, merge and delete keep members intact; bulk tagging is one step."""

from __future__ import annotations

import pytest

from app.bootstrap import AppContext
from app.domain.members import MemberQuery, MemberStatus
from app.domain.segments import SegmentDefinition
from app.errors import NotFoundError, UserError
from tests.unit.services.conftest import AddMember


def _tags(ctx: AppContext, member_id: int) -> list[str]:
    return [t.name for t in ctx.profiles.get(member_id).tags]


def test_create_rename_and_recolour(ctx: AppContext, add_member: AddMember) -> None:
    vip = ctx.tags.create(" VIP ", "#D4A017")
    member_id = add_member("A")
    ctx.tags.tag_members(vip, [member_id])
    ctx.tags.rename(vip, "贵宾 VIP")
    ctx.tags.recolor(vip, "#112233")
    (summary,) = ctx.tags.list()
    assert (summary.name, summary.color, summary.member_count) == ("贵宾 VIP", "#112233", 1)
    assert _tags(ctx, member_id) == ["贵宾 VIP"]
    with pytest.raises(UserError, match="already exists"):
        ctx.tags.create("贵宾 vip")  # tag names are case-insensitive
    with pytest.raises(UserError, match="colour"):
        ctx.tags.recolor(vip, "red; DROP TABLE tag")
    with pytest.raises(UserError, match="commas"):
        ctx.tags.create("a, b")
    other = ctx.tags.create("Other")
    with pytest.raises(UserError, match="merge the two tags"):
        ctx.tags.rename(other, "贵宾 VIP")


def test_merging_two_tags_keeps_every_member_once(ctx: AppContext, add_member: AddMember) -> None:
    ids = [add_member(f"M{i}") for i in range(4)]
    old, new = ctx.tags.create("beta"), ctx.tags.create("Beta tester")
    ctx.tags.tag_members(old, ids[:3])
    ctx.tags.tag_members(new, ids[2:])
    saved = ctx.segments.save("Testers", SegmentDefinition(tags_any=(old,), tags_none=(new,)))
    assert ctx.tags.merge(old, new) == 2
    assert [(t.name, t.member_count) for t in ctx.tags.list()] == [("Beta tester", 4)]
    assert all(_tags(ctx, i) == ["Beta tester"] for i in ids)
    assert ctx.segments.get(saved).definition == SegmentDefinition(tags_any=(new,),
                                                                   tags_none=(new,))
    with pytest.raises(NotFoundError):
        ctx.tags.merge(old, new)


def test_deleting_a_tag_keeps_members_and_can_be_undone(ctx: AppContext,
                                                        add_member: AddMember) -> None:
    ids = [add_member(f"M{i}") for i in range(3)]
    tag = ctx.tags.create("潜水", "#828282")
    ctx.tags.tag_members(tag, ids)
    deleted = ctx.tags.delete(tag)
    assert ctx.tags.list() == ()
    assert ctx.members.count(MemberQuery()) == 3
    assert deleted.member_ids == tuple(ids)
    restored = ctx.tags.restore(deleted)
    assert [(t.id, t.name, t.color, t.member_count) for t in ctx.tags.list()] == [
        (restored, "潜水", "#828282", 3)]


def test_bulk_tagging_a_selection_and_a_segment(ctx: AppContext, add_member: AddMember) -> None:
    ids = [add_member(f"M{i}", status=MemberStatus.ACTIVE if i % 2 else MemberStatus.LEFT)
           for i in range(10)]
    tag = ctx.tags.create("Cohort")
    assert ctx.tags.tag_members(tag, [*ids[:4], ids[0], 99_999]) == 4  # unknown id ignored
    assert ctx.tags.tag_members(tag, ids[:4]) == 0  # already tagged: no duplicate links
    assert ctx.tags.untag_members(tag, ids[:2]) == 2
    left = SegmentDefinition(statuses=(MemberStatus.LEFT,))
    assert ctx.tags.tag_segment(tag, left) == 4  # ids 0, 2, 4, 6, 8 are left; 2 had it
    assert sorted(ctx.members.ids(MemberQuery(tag_ids=(tag,)))) == sorted(
        [ids[i] for i in (0, 2, 3, 4, 6, 8)])
    assert ctx.tags.untag_segment(tag, left) == 5
    assert ctx.members.ids(MemberQuery(tag_ids=(tag,))) == (ids[3],)


def test_a_large_selection_is_tagged_in_one_go(ctx: AppContext) -> None:
    ctx.demo.seed(1200, seed=5, notes_per_member=0)
    every = ctx.members.ids(MemberQuery())
    tag = ctx.tags.create("Everyone")
    assert ctx.tags.tag_members(tag, every) == 1200
    assert next(t for t in ctx.tags.list() if t.id == tag).member_count == 1200


def test_profile_tag_chips_set_exactly(ctx: AppContext, add_member: AddMember) -> None:
    member_id = add_member("A")
    a, b, c = (ctx.tags.create(n) for n in "abc")
    ctx.tags.set_member_tags(member_id, [a, b])
    ctx.tags.set_member_tags(member_id, [b, c])
    assert _tags(ctx, member_id) == ["b", "c"]
    assert ctx.tags.ensure("B") == b and ctx.tags.ensure("new tag") not in (a, b, c)


def test_bulk_tagging_reports_exactly_who_changed(ctx: AppContext, add_member: AddMember) -> None:
    a, b, c = (add_member(n) for n in "ABC")
    vip = ctx.tags.create("VIP")
    ctx.tags.tag_members(vip, [a])
    assert ctx.tags.add_to(vip, [a, b, c, 9999]) == (b, c)
    assert ctx.tags.remove_from(vip, [b, c]) == (b, c)  # what an Undo does
    assert (_tags(ctx, a), _tags(ctx, b)) == (["VIP"], [])
    left = SegmentDefinition(statuses=(MemberStatus.LEFT,))
    ctx.profiles.set_status([b], MemberStatus.LEFT)
    assert ctx.tags.add_to_segment(vip, left) == (b,)
    assert ctx.tags.remove_from_segment(vip, left) == (b,)
    assert ctx.tags.remove_from_segment(vip, left) == ()
