"""Duplicates are found by handle, ID and name; a merge moves everything in one transaction."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import date

import pytest

from app.bootstrap import AppContext
from app.db.repositories import merge as merge_repo
from app.domain.custom_fields import FieldKind, FieldValue
from app.domain.duplicates import DuplicateReason, name_key
from app.domain.history import HistoryKind
from app.domain.members import MemberQuery, Platform
from app.domain.profiles import MemberDraft
from app.domain.search import MatchField
from app.domain.segments import SegmentDefinition
from app.errors import NotFoundError, UserError
from tests.helpers.raw_db import raw_connection
from tests.unit.services.conftest import AddMember

BIG_ID = str(2**63 - 1)


def test_name_keys_ignore_width_case_spaces_and_punctuation() -> None:
    assert name_key("ＡＬＥＸ  Smith") == name_key("alex-smith") == "alexsmith"
    assert name_key("王 小明") == name_key("王小明")
    assert name_key("王小明") != name_key("王小敏")


def test_likely_duplicates_strongest_first(ctx: AppContext, add_member: AddMember) -> None:
    a = add_member("Sunny", (Platform.TELEGRAM, "@SunnyDay"))
    b = add_member("S. Day", (Platform.TELEGRAM, "@sunnyday"))
    c = add_member("Big", (Platform.DISCORD, "big1", BIG_ID))
    d = add_member("Big Two", (Platform.DISCORD, "big2", BIG_ID))
    e = add_member("ＡＬＥＸ  Smith")
    f = add_member("alex-smith")
    g = add_member("Jonathan Miller")
    h = add_member("Jonathon Miller")
    add_member("王伟")
    add_member("王芳")  # one character apart, but short names: different people
    report = ctx.duplicates.find()
    found = [(grp.reason, sorted(m.id for m in grp.members)) for grp in report.groups]
    assert found == [
        (DuplicateReason.SAME_HANDLE, [a, b]),
        (DuplicateReason.SAME_PLATFORM_ID, [c, d]),
        (DuplicateReason.SAME_NAME, [e, f]),
        (DuplicateReason.SIMILAR_NAME, [g, h]),
    ]
    assert report.total == 4
    assert report.groups[0].key == "telegram: @SunnyDay"
    assert ctx.duplicates.find(offset=3, limit=5).groups[0].reason is DuplicateReason.SIMILAR_NAME


def test_a_merge_moves_everything_to_the_survivor(ctx: AppContext, add_member: AddMember) -> None:
    points = ctx.fields.add_field("Points", FieldKind.NUMBER)
    plan = ctx.fields.add_field("Plan", FieldKind.CHOICE, ["Free", "Pro"])
    keep = add_member("Alex Smith", (Platform.TELEGRAM, "@alex", "42"),
                      custom_values=(FieldValue(points, 5),), interests="photography")
    other = add_member("Alexander S.", (Platform.TELEGRAM, "@ALEX", "42"),
                       (Platform.WECHAT, "wx_alex"), aliases=("Sandy",), location="上海",
                       joined_on=date(2021, 1, 1), interests="hiking",
                       custom_values=(FieldValue(points, 9), FieldValue(plan, "Pro")))
    x, y = ctx.tags.create("x"), ctx.tags.create("y")
    ctx.tags.tag_members(x, [keep, other])
    ctx.tags.tag_members(y, [other])
    ctx.notes.add(keep, "survivor's note")
    moved_note = ctx.notes.add(other, "other's note")
    ctx.notes.edit(moved_note.id, "other's note, edited")
    segment = ctx.segments.save("Has y", SegmentDefinition(tags_any=(y,)))

    result = ctx.duplicates.merge(keep, other)

    assert (result.survivor_id, result.merged_id) == (keep, other)
    assert dict(result.moved)["note"] == 1 and dict(result.moved)["handle"] == 2
    profile = ctx.profiles.get(keep)
    assert [(h.platform, h.handle) for h in profile.handles] == [
        (Platform.TELEGRAM, "@alex"), (Platform.WECHAT, "wx_alex")]
    assert [t.name for t in profile.tags] == ["x", "y"]
    assert sorted(n.preview for n in profile.notes) == ["other's note, edited", "survivor's note"]
    assert ctx.notes.versions(moved_note.id)[0].preview == "other's note"
    assert {v.name: v.value for v in profile.custom_values} == {"Points": "5", "Plan": "Pro"}
    assert profile.aliases == ("Alexander S.", "Sandy")
    assert (profile.location, profile.joined_on) == ("上海", date(2021, 1, 1))
    assert profile.interests == "photography\nhiking"
    merged = next(e for e in profile.history if e.kind == HistoryKind.MERGED)
    assert merged.detail == {"from_id": other, "from_name": "Alexander S."}
    with pytest.raises(NotFoundError):
        ctx.profiles.get(other)
    assert ctx.members.count(MemberQuery()) == 1
    assert ctx.segments.count(ctx.segments.resolve(segment)) == 1
    assert [(h.member_id, h.field) for h in ctx.search.search("Sandy").hits] == [
        (keep, MatchField.ALIAS)]
    assert ctx.search.search("wx_alex").hits[0].member_id == keep


def test_every_table_that_references_a_member_is_moved(ctx: AppContext) -> None:
    """The walk over the metadata finds exactly the foreign keys the database has."""
    with closing(raw_connection(ctx)) as raw:
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'")]
        in_db = {(t, fk[3]) for t in tables
                 for fk in raw.execute(f"PRAGMA foreign_key_list('{t}')")
                 if fk[2] == "member" and fk[4] == "id"}
    assert set(merge_repo.member_references()) == in_db
    assert {"handle", "member_tag", "note", "custom_value", "member_event"} <= {t for t, _ in in_db}


def test_a_failed_merge_changes_nothing(ctx: AppContext, add_member: AddMember,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    keep = add_member("A", (Platform.EMAIL, "a@x"))
    other = add_member("B", (Platform.EMAIL, "b@x"))
    ctx.notes.add(other, "note of B")

    def boom(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(merge_repo, "delete_member", boom)
    with pytest.raises(RuntimeError):
        ctx.duplicates.merge(keep, other)
    assert [h.handle for h in ctx.profiles.get(other).handles] == ["b@x"]
    assert ctx.profiles.get(other).note_count == 1
    assert ctx.profiles.get(keep).note_count == 0
    assert ctx.profiles.get(keep).history[0].kind == HistoryKind.CREATED


def test_merging_a_member_with_itself_or_a_missing_one_is_refused(ctx: AppContext,
                                                                   add_member: AddMember) -> None:
    keep = add_member("A")
    with pytest.raises(UserError, match="two different"):
        ctx.duplicates.merge(keep, keep)
    with pytest.raises(NotFoundError):
        ctx.duplicates.merge(keep, keep + 100)
    assert ctx.profiles.get(keep).draft() == replace(MemberDraft("A"), role="member")
