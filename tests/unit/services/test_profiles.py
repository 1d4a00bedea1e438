"""Profiles: what is stored comes back exactly, bad input is refused with the field named."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import date

import pytest

from app.bootstrap import AppContext
from app.domain.custom_fields import FieldKind, FieldValue, InvalidFieldValue
from app.domain.history import HistoryKind
from app.domain.members import HandleData, MemberQuery, MemberStatus, Platform
from app.domain.profiles import InvalidProfile, MemberDraft
from app.errors import NotFoundError
from app.services.profiles import ProfileService
from tests.helpers.raw_db import raw_connection
from tests.unit.services.conftest import AddMember, Clock

BIG_ID = str(2**63 - 1)


def test_a_full_profile_round_trips(ctx: AppContext) -> None:
    points = ctx.fields.add_field("积分 Points", FieldKind.NUMBER)
    birthday = ctx.fields.add_field("Birthday", FieldKind.DATE)
    plan = ctx.fields.add_field("Plan", FieldKind.CHOICE, ["Free", "Pro"])
    draft = MemberDraft(
        display_name="  王 小明 ", aliases=("小明", "Xiaoming\nXM"),
        handles=(HandleData(Platform.TELEGRAM, "@xiaoming", BIG_ID),
                 HandleData(Platform.DISCORD, "xm#0001", "-" + BIG_ID),
                 HandleData(Platform.WECHAT, "wxid_xm")),
        status=MemberStatus.MUTED, role="moderator", joined_on=date(2024, 5, 1),
        location="上海", time_zone="Asia/Shanghai", interests="摄影、Python",
        needs="想找工作机会",
        custom_values=(FieldValue(points, "1,200"), FieldValue(birthday, "1990/02/03"),
                       FieldValue(plan, "pro")),
    )
    member_id = ctx.profiles.create(draft)
    profile = ctx.profiles.get(member_id)
    assert profile.display_name == "王 小明"
    assert profile.aliases == ("小明", "Xiaoming", "XM")
    assert [h.platform_id for h in profile.handles] == [BIG_ID, "-" + BIG_ID, ""]
    assert int(profile.handles[0].platform_id) == 2**63 - 1  # exact, no float or int32 on the way
    assert (profile.status, profile.role, profile.joined_on) == (MemberStatus.MUTED, "moderator",
                                                                 date(2024, 5, 1))
    assert (profile.location, profile.time_zone) == ("上海", "Asia/Shanghai")
    assert (profile.interests, profile.needs) == ("摄影、Python", "想找工作机会")
    assert {v.name: v.value for v in profile.custom_values} == {
        "积分 Points": "1200", "Birthday": "1990-02-03", "Plan": "Pro"}
    assert [e.kind for e in profile.history] == [HistoryKind.CREATED]
    assert profile.notes == () and profile.note_count == 0


def test_platform_ids_are_text_in_the_database(ctx: AppContext, add_member: AddMember) -> None:
    add_member("Big", (Platform.DISCORD, "big", BIG_ID))
    with closing(raw_connection(ctx)) as raw:
        stored = raw.execute("SELECT platform_id, typeof(platform_id) FROM handle").fetchone()
    assert stored == (BIG_ID, "text")


@pytest.mark.parametrize(("draft", "field"), [
    (MemberDraft(display_name="   "), "Display name"),
    (MemberDraft(display_name="x" * 501), "Display name"),
    (MemberDraft(display_name="A", time_zone="Mars/Olympus"), "Time zone"),
    (MemberDraft(display_name="A", time_zone="../../etc/passwd"), "Time zone"),
    (MemberDraft(display_name="A", role=" "), "Role"),
    (MemberDraft(display_name="A", handles=(HandleData(Platform.TELEGRAM, "a", "12ab"),)),
     "telegram ID"),
    (MemberDraft(display_name="A", handles=(HandleData(Platform.DISCORD, "a",
                                                       2**63 - 1),)),  # type: ignore[arg-type]
     "discord ID"),
])
def test_bad_drafts_are_refused_naming_the_field(ctx: AppContext, draft: MemberDraft,
                                                 field: str) -> None:
    with pytest.raises(InvalidProfile) as err:
        ctx.profiles.create(draft)
    assert err.value.field == field
    assert str(err.value).startswith(field)
    assert ctx.members.count(MemberQuery()) == 0  # nothing half-written


def test_custom_values_are_validated_by_kind(ctx: AppContext) -> None:
    points = ctx.fields.add_field("Points", FieldKind.NUMBER)
    plan = ctx.fields.add_field("Plan", FieldKind.CHOICE, ["Free", "Pro"])
    day = ctx.fields.add_field("Day", FieldKind.DATE)
    for field_id, value, name in ((points, "lots", "Points"), (plan, "Gold", "Plan"),
                                  (day, "31/02/2024", "Day"), (points, "nan", "Points")):
        with pytest.raises(InvalidFieldValue) as err:
            ctx.profiles.create(MemberDraft("A", custom_values=(FieldValue(field_id, value),)))
        assert err.value.field == name


def test_editing_records_history_and_touches_updated_at(ctx: AppContext, clock: Clock) -> None:
    profiles = ProfileService(ctx.sessions, clock)
    member_id = profiles.create(MemberDraft("Alex", location="Berlin"))
    created = profiles.get(member_id).updated_at
    clock.advance(hours=2)
    draft = replace(profiles.get(member_id).draft(), status=MemberStatus.BANNED,
                    role="VIP", location="London", handles=(HandleData(Platform.EMAIL, "a@x"),))
    assert profiles.update(member_id, draft) is True
    profile = profiles.get(member_id)
    assert profile.updated_at == clock.now > created
    kinds = {e.kind: e.detail for e in profile.history}
    assert kinds[HistoryKind.STATUS_CHANGED] == {"from": "active", "to": "banned"}
    assert kinds[HistoryKind.ROLE_CHANGED] == {"from": "member", "to": "VIP"}
    assert sorted(kinds[HistoryKind.UPDATED]["fields"]) == ["handles", "location"]
    clock.advance(hours=1)
    assert profiles.update(member_id, profile.draft()) is False  # nothing changed
    assert profiles.get(member_id).updated_at == profile.updated_at


def test_unknown_roles_join_the_list_and_keep_its_spelling(ctx: AppContext) -> None:
    first = ctx.profiles.create(MemberDraft("A", role="vip"))
    second = ctx.profiles.create(MemberDraft("B", role="Mentor"))
    assert ctx.profiles.get(first).role == "VIP"  # the seeded role, as the list spells it
    assert ctx.profiles.get(second).role == "Mentor"
    assert "Mentor" in [r.name for r in ctx.fields.roles()]


def test_handles_are_found_case_insensitively(ctx: AppContext, add_member: AddMember) -> None:
    member_id = add_member("Tg", (Platform.TELEGRAM, "@SunnyDay", "777"))
    assert ctx.profiles.find_by_handle(Platform.TELEGRAM, "@sunnyday") == member_id
    assert ctx.profiles.find_by_handle(Platform.DISCORD, "@sunnyday") is None
    assert ctx.profiles.find_by_platform_id(Platform.TELEGRAM, "777") == member_id


def test_bulk_status_change_is_one_transaction_with_history(ctx: AppContext,
                                                            add_member: AddMember) -> None:
    ids = [add_member(f"M{i}") for i in range(3)]
    assert ctx.profiles.set_status([*ids, ids[0]], MemberStatus.LEFT) == 3
    assert ctx.profiles.set_status(ids, MemberStatus.LEFT) == 0
    assert all(ctx.profiles.get(i).status is MemberStatus.LEFT for i in ids)


def test_a_missing_member_is_a_clear_error(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError, match="Member #42 no longer exists"):
        ctx.profiles.get(42)
    with pytest.raises(NotFoundError):
        ctx.profiles.update(42, MemberDraft("x"))


def test_roles_and_fields_can_be_renamed_reordered_and_removed(ctx: AppContext,
                                                               add_member: AddMember) -> None:
    member_id = add_member("A", role="moderator")
    moderator = next(r for r in ctx.fields.roles() if r.name == "moderator")
    assert moderator.member_count == 1
    assert ctx.fields.rename_role(moderator.id, "Mod") == 1
    assert ctx.profiles.get(member_id).role == "Mod"
    assert ctx.fields.delete_role(moderator.id) == 1
    assert ctx.profiles.get(member_id).role == "member"
    plan = ctx.fields.add_field("Plan", FieldKind.CHOICE, ["Free", "Pro", "free"])
    assert ctx.fields.fields()[0].options == ("Free", "Pro")
    ctx.profiles.update(member_id, replace(ctx.profiles.get(member_id).draft(),
                                           custom_values=(FieldValue(plan, "Pro"),)))
    with pytest.raises(Exception, match="not among the new choices"):
        ctx.fields.update_field(plan, "Plan", ["Free"])
    ctx.fields.update_field(plan, "Tier", ["Free", "Pro", "Team"])
    other = ctx.fields.add_field("Company", FieldKind.TEXT)
    ctx.fields.reorder_fields([other, plan])
    assert [f.name for f in ctx.fields.fields()] == ["Company", "Tier"]
    assert ctx.fields.delete_field(plan) == 1
    assert ctx.profiles.get(member_id).custom_values == ()
